package io.charterassurance.cli;

import io.charterassurance.rules.RuleSetException;
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
    System.exit(commandLine().execute(args));
  }

  /** The configured command line, for tests and embedding: {@code commandLine().execute(args)}. */
  public static CommandLine commandLine() {
    CommandLine cl = new CommandLine(new CharterCommand());
    cl.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
      if (e instanceof RuleSetException rules) {
        commandLine.getErr().println("charter: " + rules.getMessage());
        return ExitCodes.INVALID;
      }
      commandLine.getErr().println("charter: internal error: " + e
          + "\nThis is a fault in Charter Assurance, not in your input; please report it with the command you ran.");
      return ExitCodes.INTERNAL;
    });
    cl.setUsageHelpAutoWidth(true);
    return cl;
  }
}
