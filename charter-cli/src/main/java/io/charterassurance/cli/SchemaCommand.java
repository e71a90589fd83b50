package io.charterassurance.cli;

import io.charterassurance.model.report.ReportSchema;
import io.charterassurance.model.io.SubmissionSchema;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code charter schema}: prints the JSON Schema for submissions, or for reports. */
@Command(
    name = "schema",
    mixinStandardHelpOptions = true,
    description = "Print the JSON Schema (draft 2020-12) for submissions, or with --report for reports, generated from"
        + " the model (the copies in schema/ of the repository are the same).")
final class SchemaCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--report", description = "Print the schema of a JSON report (charter assess --format json) instead.")
  boolean report;

  @Option(names = "--submission", description = "Print the schema of a submission (the default).")
  boolean submission;

  @Override
  public Integer call() {
    if (report && submission) {
      spec.commandLine().getErr().println("charter: --report and --submission name different schemas; give one of them");
      spec.commandLine().getErr().println("See 'charter schema --help'.");
      return ExitCodes.INVALID;
    }
    spec.commandLine().getOut().print(report ? ReportSchema.text() : SubmissionSchema.text());
    spec.commandLine().getOut().flush();
    return ExitCodes.OK;
  }
}
