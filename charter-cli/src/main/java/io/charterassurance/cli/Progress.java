package io.charterassurance.cli;

import java.io.PrintWriter;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * A one-line progress bar on stderr for batch runs at a terminal. It is off when stderr is not
 * a terminal or the {@code CI} environment variable is set, so CI logs stay clean.
 */
final class Progress {
  private static final int WIDTH = 30;
  private final PrintWriter err;
  private final int total;
  private final boolean on;
  private int done;
  private boolean shown;

  private Progress(PrintWriter err, int total, boolean on) {
    this.err = err;
    this.total = total;
    this.on = on;
  }

  /** Whether the command runs at a terminal (Java 17 can tell only for stdin and stdout together), outside CI. */
  static boolean atTerminal() {
    return System.console() != null && System.getenv("CI") == null;
  }

  /**
   * Runs a slow start, building the assessor (which loads the rule base), with one line on stderr
   * saying so, erased when it is done: only at a terminal, never when {@code CI} is set, never
   * with {@code --no-progress}.
   *
   * @param wanted the user's {@code --progress} choice, or null
   */
  static <T> T whileLoading(PrintWriter err, @Nullable Boolean wanted, Supplier<T> start) {
    if (Boolean.FALSE.equals(wanted) || !atTerminal()) {
      return start.get();
    }
    String line = "charter: loading the rule base...";
    err.print(line);
    err.flush();
    try {
      return start.get();
    } finally {
      err.print("\r" + " ".repeat(line.length()) + "\r");
      err.flush();
    }
  }

  /** A bar for {@code total} items; {@code wanted} is the user's choice, or null for automatic. */
  static Progress of(PrintWriter err, int total, @Nullable Boolean wanted) {
    boolean automatic = atTerminal() && total > 1;
    return new Progress(err, total, wanted == null ? automatic : wanted && total > 0);
  }

  void step(String item) {
    done++;
    if (!on) {
      return;
    }
    int filled = total == 0 ? WIDTH : done * WIDTH / total;
    String safe = Terminal.safe(item);
    String name = safe.length() > 40 ? "..." + safe.substring(safe.length() - 37) : safe;
    err.print("\r[" + "#".repeat(filled) + " ".repeat(WIDTH - filled) + "] " + done + "/" + total + " " + name
        + " ".repeat(Math.max(0, 40 - name.length())));
    err.flush();
    shown = true;
  }

  /**
   * Erases the bar if it is shown, so that a report streamed to the same terminal starts on a
   * clean line; the next step draws it again.
   */
  void clear() {
    if (shown) {
      finish();
    }
  }

  void finish() {
    if (on) {
      err.print("\r" + " ".repeat(WIDTH + 60) + "\r");
      err.flush();
      shown = false;
    }
  }
}
