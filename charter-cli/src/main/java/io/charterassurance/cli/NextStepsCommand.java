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

/** {@code charter next-steps}: what it would take to reach the next and the top band. */
@Command(
    name = "next-steps",
    mixinStandardHelpOptions = true,
    description = {
      "Show what it would take to reach the next band and the top band: the fewest changes a search finds, each"
          + " re-assessed through the same rules and scoring policy, marked paperwork or practice, with the Charter clause it serves.",
      "Writes the submission's report with its next-steps section (and its interval)."
    })
final class NextStepsCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "FILE", description = "A submission file (JSON or YAML).")
  Path file = Path.of("");

  @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "text",
      converter = FormatConverter.class, completionCandidates = FormatConverter.Candidates.class,
      description = "Report format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  ReportFormat format = ReportFormat.TEXT;

  @Mixin AssessorOptions assessorOptions = new AssessorOptions();

  @Mixin AsAtOption asAtOption = new AsAtOption();

  @Override
  public Integer call() {
    return OneReport.run(spec, file, format, assessorOptions, asAtOption, true, 0);
  }
}
