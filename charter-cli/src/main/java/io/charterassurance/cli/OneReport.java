package io.charterassurance.cli;

import io.charterassurance.model.io.SubmissionReader;
import io.charterassurance.model.report.Report;
import io.charterassurance.report.ReportFormat;
import io.charterassurance.report.ReportWriter;
import io.charterassurance.rules.Assessor;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Model.CommandSpec;

/** What {@code next-steps} and {@code timeline} share: one submission read, assessed and written whole. */
final class OneReport {
  private OneReport() {}

  /**
   * Reads one submission file, assesses it (at --as-at when given) with the extras asked for, and
   * writes the report to stdout. An input that cannot be assessed has its problems listed on
   * stderr and exits 2, writing nothing to stdout.
   */
  static int run(CommandSpec spec, Path file, ReportFormat format, AssessorOptions options, AsAtOption asAt,
      boolean nextSteps, int months) {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Inputs.Expansion expansion = Inputs.expand(List.of(file));
    if (expansion.inputs().size() != 1) {
      err.println(Terminal.safe("charter: " + file + ": expected one submission file (JSON or YAML)"));
      expansion.printUnsearched(err);
      return ExitCodes.INVALID;
    }
    Assessor assessor = options.build();
    Inputs.Input input = expansion.inputs().get(0);
    Report report = asAt.report(assessor, input.read(SubmissionReader.create()), nextSteps, months);
    if (!report.isAssessed() || report.band() == null) {
      err.println(Terminal.safe("charter: " + input.path() + " could not be assessed:"));
      report.violations().forEach(v -> err.println("  " + Terminal.safe(v.toString())));
      report.notices().forEach(n -> err.println("  " + Terminal.safe(n)));
      if (report.isAssessed()) {
        err.println("  no criterion was counted, so there is no score to work from");
      }
      return ExitCodes.INVALID;
    }
    out.print(ReportWriter.of(format).render(report));
    out.flush();
    return ExitCodes.OK;
  }
}
