package io.charterassurance.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;

/** Runs the command line in-process with captured output, as a user would see it. */
final class Cli {
  static final Path SCENARIOS = Path.of("..", "charter-rules", "src", "test", "resources", "scenarios");
  static final Path FIXTURES = Path.of("..", "charter-model", "src", "test", "resources", "submissions");

  /** What one run printed and returned. */
  record Result(int exit, String out, String err) {}

  private Cli() {}

  static Result run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    var cl = Main.commandLine();
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(err, true));
    int exit = cl.execute(args);
    return new Result(exit, out.toString(), err.toString());
  }

  static String scenario(String name) {
    return SCENARIOS.resolve(name).toString();
  }

  static String fixture(String name) {
    return FIXTURES.resolve(name).toString();
  }
}
