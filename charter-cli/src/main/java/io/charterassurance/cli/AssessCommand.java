package io.charterassurance.cli;

import io.charterassurance.model.io.ReadResult;
import io.charterassurance.model.io.SubmissionReader;
import io.charterassurance.model.report.Report;
import io.charterassurance.report.ReportFormat;
import io.charterassurance.report.ReportFile;
import io.charterassurance.report.ReportWriter;
import io.charterassurance.rules.Assessor;
import io.charterassurance.rules.catalogue.ScoringPolicy;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code charter assess}: assesses submissions and writes their readiness reports. */
@Command(
    name = "assess",
    mixinStandardHelpOptions = true,
    description = {
      "Assess one or many submissions (JSON or YAML files, or directories of them) and write their readiness reports.",
      "A bad file does not stop the run: it gets a report of its problems, every problem is listed on stderr at the end,"
          + " and the exit code is 2."
    })
final class AssessCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "Submission files, or directories to search for *.json, *.yaml and *.yml.")
  List<Path> inputs = new ArrayList<>();

  @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "text",
      converter = FormatConverter.class, completionCandidates = FormatConverter.Candidates.class,
      description = "Report format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  ReportFormat format = ReportFormat.TEXT;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE",
      description = "Write the report here instead of to stdout: atomically (never half-written), through a symbolic link"
          + " to the file it points to, keeping an existing file's mode; never over one of the inputs.")
  @Nullable Path output;

  @Option(names = "--fail-below", paramLabel = "BAND",
      description = "Exit 1 if any submission's band is below BAND (a band id of the scoring policy, e.g. established).")
  @Nullable String failBelow;

  @Option(names = "--progress", negatable = true,
      description = "Show a progress bar on stderr (default: only for several files at a terminal, never when CI is set).")
  @Nullable Boolean progress;

  @Mixin AssessorOptions assessorOptions = new AssessorOptions();

  @Mixin AsAtOption asAtOption = new AsAtOption();

  @Option(names = "--next-steps",
      description = "Add what it would take to reach the next and the top band (re-assesses many variants; slower).")
  boolean nextSteps;

  @Option(names = "--timeline", paramLabel = "MONTHS",
      description = "Add how the score falls month by month over MONTHS (1 to 120) as evidence ages, if nothing is refreshed.")
  int timelineMonths;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    if (timelineMonths < 0 || timelineMonths > 120) {
      err.println("charter: --timeline " + timelineMonths + ": expected a number of months from 1 to 120");
      return ExitCodes.INVALID;
    }
    Assessor assessor = assessorOptions.build();
    List<ScoringPolicy.Band> bands = assessor.policy().bands().stream()
        .sorted(Comparator.comparing(ScoringPolicy.Band::minimum).reversed()).toList();
    ScoringPolicy.Band threshold = null;
    if (failBelow != null) {
      threshold = bands.stream().filter(b -> b.id().equals(failBelow)).findFirst().orElse(null);
      if (threshold == null) {
        err.println(Terminal.safe("charter: --fail-below " + failBelow + " is not a band of scoring policy " + assessor.policy().id()
            + "; expected one of " + String.join(", ", bands.stream().map(ScoringPolicy.Band::id).toList())));
        return ExitCodes.INVALID;
      }
    }
    Inputs.Expansion expansion = Inputs.expand(inputs);
    List<Inputs.Input> files = expansion.inputs();
    if (files.isEmpty()) {
      err.println("charter: no submission files (*.json, *.yaml, *.yml) in " + Terminal.safe(inputs.toString()));
      expansion.printUnsearched(err);
      return ExitCodes.INVALID;
    }
    ReportFile file = null;
    if (output != null) {
      try {
        file = ReportFile.open(output, readPaths(files));
      } catch (ReportFile.Refused e) {
        err.println(Terminal.safe("charter: cannot write " + output + ": " + e.getMessage()));
        return ExitCodes.INVALID;
      }
    }
    try {
      return assess(assessor, expansion, file, bands, threshold);
    } finally {
      if (file != null) {
        file.close();
      }
    }
  }

  /** Every path the run reads: the submissions, the directories named and the assessor's own files. */
  private List<Path> readPaths(List<Inputs.Input> files) {
    List<Path> paths = new ArrayList<>(inputs);
    files.forEach(f -> paths.add(f.path()));
    if (assessorOptions.policy != null) {
      paths.add(assessorOptions.policy);
    }
    if (assessorOptions.criteria != null) {
      paths.add(assessorOptions.criteria);
    }
    paths.addAll(assessorOptions.rules);
    return paths;
  }

  /**
   * Reads, assesses and writes one submission at a time, so that a run of thousands holds one
   * report at once (and what JUnit XML and HTML must know of each before they start). What the
   * command says after the reports, it keeps as it goes: the problems of invalid submissions and,
   * with {@code --fail-below}, which submissions are below the band.
   */
  private int assess(Assessor assessor, Inputs.Expansion expansion, @Nullable ReportFile file,
      List<ScoringPolicy.Band> bands, ScoringPolicy.@Nullable Band threshold) {
    PrintWriter err = spec.commandLine().getErr();
    List<Inputs.Input> files = expansion.inputs();
    SubmissionReader reader = SubmissionReader.create();
    Progress bar = Progress.of(err, files.size(), progress);
    List<String> problems = new ArrayList<>();
    List<String> below = new ArrayList<>();
    int invalid = 0;
    try {
      OutputStream out = file != null ? file.stream() : new WriterStream(spec.commandLine().getOut(), bar::clear);
      try (ReportWriter.Batch batch = ReportWriter.of(format).open(out)) {
        for (Inputs.Input input : files) {
          String source = input.path().toString();
          ReadResult read = input.read(reader);
          // Validated once, by the reader; the report carries the reader's violations as they are.
          Report report = asAtOption.report(assessor, read, nextSteps, timelineMonths);
          report.violations().forEach(v -> problems.add(v.toString()));
          if (!report.isAssessed()) {
            invalid++;
          } else if (threshold != null) {
            ScoringPolicy.Band band = report.band() == null ? bands.get(bands.size() - 1)
                : bands.stream().filter(b -> b.id().equals(report.band().id())).findFirst().orElseThrow();
            if (band.minimum().compareTo(threshold.minimum()) < 0) {
              below.add(source + ": " + report.subject().name() + " is " + band.label());
            }
          }
          batch.add(report, source);
          if (file == null) {
            out.flush();
          }
          bar.step(source);
        }
        bar.finish();
      }
      out.close();
      if (file != null) {
        file.commit();
      }
    } catch (IOException e) {
      bar.finish();
      err.println(Terminal.safe("charter: cannot write " + output + ": " + IoErrors.reason(e)));
      return ExitCodes.INVALID;
    }

    if (!problems.isEmpty()) {
      err.println("charter: " + invalid + " of " + files.size() + " submission" + (files.size() == 1 ? "" : "s")
          + " could not be assessed:");
      problems.forEach(p -> err.println("  " + Terminal.safe(p)));
    }
    expansion.printUnsearched(err);
    if (invalid > 0 || !expansion.unsearched().isEmpty()) {
      return ExitCodes.INVALID;
    }
    if (threshold != null && !below.isEmpty()) {
      err.println("charter: " + below.size() + " submission" + (below.size() == 1 ? " is" : "s are")
          + " below the --fail-below band " + threshold.label() + ":");
      below.forEach(b -> err.println("  " + Terminal.safe(b)));
      return ExitCodes.BELOW_THRESHOLD;
    }
    return ExitCodes.OK;
  }
}
