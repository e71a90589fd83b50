package io.charterassurance.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** Runs the command line in-process with captured output, as a user would see it. */
final class Cli {
  static final Path SCENARIOS = Path.of("..", "charter-rules", "src", "test", "resources", "scenarios");
  static final Path FIXTURES = Path.of("..", "charter-model", "src", "test", "resources", "submissions");
  static final Path EXAMPLES = Path.of("..", "charter-examples", "evidence");

  /** What one run printed and returned. */
  record Result(int exit, String out, String err) {}

  private Cli() {}

  static Result run(String... args) {
    StringWriter out = new StringWriter();
    Result r = run(new PrintWriter(out, true), args);
    return new Result(r.exit(), out.toString(), r.err());
  }

  /** A run whose stdout is {@code out}; the result's {@code out} is empty. */
  static Result run(PrintWriter out, String... args) {
    StringWriter err = new StringWriter();
    var cl = Main.commandLine();
    cl.setOut(out);
    cl.setErr(new PrintWriter(err, true));
    int exit = cl.execute(args);
    return new Result(exit, "", err.toString());
  }

  /** A run whose stdout is the CLI's own UTF-8 writer on {@code stream}; the result's {@code out} is what reached it. */
  static Result runOn(OutputStream stream, String... args) {
    Result r = run(Utf8Output.of(stream, false), args);
    String out = stream instanceof ByteArrayOutputStream bytes ? bytes.toString(StandardCharsets.UTF_8) : "";
    return new Result(r.exit(), out, r.err());
  }

  /** A stream that fails every write, as {@code /dev/full} does. */
  static OutputStream full() {
    return new OutputStream() {
      @Override
      public void write(int b) throws IOException {
        throw new IOException("No space left on device");
      }
    };
  }

  static String scenario(String name) {
    return SCENARIOS.resolve(name).toString();
  }

  static String example(String name) {
    return EXAMPLES.resolve(name).toString();
  }

  static String fixture(String name) {
    return FIXTURES.resolve(name).toString();
  }
}
