package io.charterassurance.cli;

import io.charterassurance.report.ReportFormat;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code charter timeline}: how the score falls as evidence ages, if nothing is refreshed. */
@Command(
    name = "timeline",
    mixinStandardHelpOptions = true,
    description = {
      "Show month by month how the score and band fall as the evidence ages if nothing is refreshed, and the first date"
          + " each current item falls due and goes stale, under the scoring policy's freshness windows.",
      "Writes the submission's report with its timeline section (and its interval)."
    })
final class TimelineCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "FILE", description = "A submission file (JSON or YAML).")
  Path file = Path.of("");

  @Option(names = "--months", paramLabel = "N", defaultValue = "12",
      description = "How many months to run, 1 to 120 (default: ${DEFAULT-VALUE}).")
  int months = 12;

  @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "text",
      converter = FormatConverter.class, completionCandidates = FormatConverter.Candidates.class,
      description = "Report format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  ReportFormat format = ReportFormat.TEXT;

  @Mixin AssessorOptions assessorOptions = new AssessorOptions();

  @Mixin AsAtOption asAtOption = new AsAtOption();

  @Override
  public Integer call() {
    if (months < 1 || months > 120) {
      spec.commandLine().getErr().println("charter: --months " + months + ": expected a number of months from 1 to 120");
      return ExitCodes.INVALID;
    }
    return OneReport.run(spec, file, format, assessorOptions, asAtOption, false, months);
  }
}
