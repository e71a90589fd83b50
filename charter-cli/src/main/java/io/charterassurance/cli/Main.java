package io.charterassurance.cli;

import io.charterassurance.model.text.Spelling;
import io.charterassurance.rules.catalogue.RuleSetException;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine;

/** The {@code charter} command's entry point. */
public final class Main {
  private Main() {}

  /** Runs the command and exits with its exit code (see {@link ExitCodes}). */
  public static void main(String[] args) {
    // Hibernate Validator logs through jboss-logging; route it to SLF4J so it obeys the CLI's levels.
    if (System.getProperty("org.jboss.logging.provider") == null) {
      System.setProperty("org.jboss.logging.provider", "slf4j");
    }
    Utf8Output out = Utf8Output.stdout();
    Utf8Output err = Utf8Output.stderr();
    // Whatever else prints (the logger, a library) prints UTF-8 too, not the locale's charset.
    System.setOut(out.printStream());
    System.setErr(err.printStream());
    CommandLine cl = commandLine();
    cl.setOut(out);
    cl.setErr(err);
    int code = cl.execute(args);
    System.exit(code);
  }

  /**
   * The configured command line, for tests and embedding: {@code commandLine().execute(args)}.
   * It writes UTF-8 to the process's stdout and stderr unless given other writers, and a command
   * whose output could not be written to stdout exits 2 with the reason on stderr.
   */
  public static CommandLine commandLine() {
    CommandLine cl = new CommandLine(new CharterCommand());
    cl.setOut(Utf8Output.stdout());
    cl.setErr(Utf8Output.stderr());
    cl.setExecutionStrategy(parseResult -> {
      int code = new CommandLine.RunLast().execute(parseResult);
      return checkStdout(parseResult.commandSpec().commandLine(), code);
    });
    cl.setParameterExceptionHandler((e, args) -> {
      CommandLine failed = e.getCommandLine();
      PrintWriter err = failed.getErr();
      err.println(Terminal.safe(usageError(e)));
      err.flush();
      return ExitCodes.INVALID;
    });
    // Option values are read whatever their case: --format HTML, --kind ICB, --fail-below Established.
    cl.setCaseInsensitiveEnumValuesAllowed(true);
    cl.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
      if (e instanceof BadInput bad) {
        commandLine.getErr().println("charter: " + Terminal.safe(String.valueOf(bad.getMessage())));
        return ExitCodes.INVALID;
      }
      if (e instanceof RuleSetException rules) {
        commandLine.getErr().println("charter: " + Terminal.safeLines(String.valueOf(rules.getMessage())));
        return ExitCodes.INVALID;
      }
      commandLine.getErr().println("charter: internal error: " + Terminal.safeLines(e.toString())
          + "\nThis is a fault in Charter Assurance, not in your input; please report it with the command you ran.");
      return ExitCodes.INTERNAL;
    });
    cl.setUsageHelpAutoWidth(true);
    return cl;
  }

  /**
   * One line for a command line that could not be parsed, with the nearest option or command when
   * there is one and where to find help, instead of the whole usage:
   * {@code Unknown option '--fromat'; did you mean --format? See 'charter assess --help'.}
   */
  static String usageError(CommandLine.ParameterException e) {
    CommandLine failed = e.getCommandLine();
    String help = "See '" + failed.getCommandSpec().qualifiedName() + " --help'.";
    if (e instanceof CommandLine.UnmatchedArgumentException unmatched && !unmatched.getUnmatched().isEmpty()) {
      String first = unmatched.getUnmatched().get(0);
      boolean option = first.startsWith("-") && !first.equals("-");
      String what = option ? "Unknown option"
          : !failed.getSubcommands().isEmpty() && failed.getCommandSpec().positionalParameters().isEmpty()
              ? "Unknown command" : "Unexpected argument";
      if (option && first.contains("=")) {
        first = first.substring(0, first.indexOf('='));
      }
      List<String> suggestions = unmatched.getSuggestions().stream().limit(3).toList();
      if (option) {
        // picocli suggests options that share the first two letters; a typo is found by edit distance.
        List<String> names = failed.getCommandSpec().options().stream().flatMap(o -> java.util.Arrays.stream(o.names())).toList();
        suggestions = Spelling.nearest(first, names).map(List::of).orElse(suggestions);
      }
      String hint = suggestions.isEmpty() ? "" : "; did you mean " + String.join(" or ", suggestions) + "?";
      return what + " '" + first + "'" + hint + " " + help;
    }
    String message = String.valueOf(e.getMessage()).strip();
    return message + (message.endsWith(".") || message.endsWith("?") ? " " : ". ") + help;
  }

  /**
   * Exit 2 with the reason on stderr when stdout could not be written (a full disk, a closed
   * stream, a reader that went away): a report that was lost must not look like success.
   */
  private static int checkStdout(CommandLine cl, int code) {
    PrintWriter out = cl.getOut();
    if (!out.checkError()) {
      return code;
    }
    IOException why = out instanceof Utf8Output utf8 ? utf8.failure() : null;
    cl.getErr().println("charter: cannot write to standard output"
        + (why == null || why.getMessage() == null ? "" : ": " + Terminal.safe(why.getMessage()))
        + "; what was printed is incomplete");
    cl.getErr().flush();
    return code == ExitCodes.INTERNAL ? code : ExitCodes.INVALID;
  }
}
