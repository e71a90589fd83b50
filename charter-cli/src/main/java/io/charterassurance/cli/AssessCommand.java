package io.charterassurance.cli;

import io.charterassurance.model.io.InputFile;
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
import java.util.LinkedHashSet;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
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
      "Assess one or many submissions (JSON or YAML files, directories of them, or - for standard input) and write"
          + " their readiness reports.",
      "A bad file does not stop the run: it gets a report of its problems, every problem is listed on stderr at the end,"
          + " and the exit code is 2."
    })
final class AssessCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "FILE",
      description = "Submission files, directories to search for *.json, *.yaml and *.yml, or - to read one from standard input.")
  List<Path> inputs = new ArrayList<>();

  @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", split = ",",
      converter = FormatConverter.class, completionCandidates = FormatConverter.Candidates.class,
      description = "Report format: ${COMPLETION-CANDIDATES} (default: text). Several, comma-separated, with --output-dir:"
          + " one file per format.")
  @Nullable List<ReportFormat> formats;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE",
      description = "Write the report here instead of to stdout: atomically (never half-written), through a symbolic link"
          + " to the file it points to, keeping an existing file's mode; never over one of the inputs.")
  @Nullable Path output;

  @Option(names = "--output-dir", paramLabel = "DIR",
      description = "Write each submission's report to DIR, one file per format, named after the organisation's code"
          + " (QMF.html); all files are put in place only once every one is written.")
  @Nullable Path outputDir;

  @Option(names = "--fail-below", paramLabel = "BAND",
      description = "Exit 1 if any submission's band is below BAND (a band id of the scoring policy, e.g. established).")
  @Nullable String failBelow;

  @Option(names = "--progress", negatable = true,
      description = "Show progress on stderr: a line while the rules load and a bar for several files (default: only"
          + " at a terminal, never when CI is set).")
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
    List<ReportFormat> chosen = List.copyOf(new LinkedHashSet<>(formats == null || formats.isEmpty()
        ? List.of(ReportFormat.TEXT) : formats));
    String usage = usageProblem(chosen);
    if (usage != null) {
      err.println(Terminal.safe("charter: " + usage));
      err.println("See 'charter assess --help'.");
      return ExitCodes.INVALID;
    }
    Assessor assessor = Progress.whileLoading(err, progress, assessorOptions::build);
    List<ScoringPolicy.Band> bands = assessor.policy().bands().stream()
        .sorted(Comparator.comparing(ScoringPolicy.Band::minimum).reversed()).toList();
    ScoringPolicy.Band threshold = null;
    if (failBelow != null) {
      String wanted = failBelow.strip();
      threshold = bands.stream().filter(b -> b.id().equalsIgnoreCase(wanted)).findFirst().orElse(null);
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
    Destination destination;
    try {
      destination = outputDir != null ? ReportFiles.open(outputDir, chosen, readPaths(files))
          : output != null ? Destination.file(ReportFile.open(output, readPaths(files)), chosen.get(0))
          : Destination.stdout(spec.commandLine().getOut(), chosen.get(0));
    } catch (ReportFile.Refused e) {
      err.println(Terminal.safe("charter: cannot write " + (outputDir != null ? outputDir : output) + ": " + e.getMessage()));
      return ExitCodes.INVALID;
    }
    try {
      return assess(assessor, expansion, destination, bands, threshold);
    } finally {
      destination.close();
    }
  }

  /** Why the formats and outputs asked for do not go together, or null when they do. */
  private @Nullable String usageProblem(List<ReportFormat> chosen) {
    String names = chosen.stream().map(ReportFormat::id).collect(Collectors.joining(","));
    if (output != null && outputDir != null) {
      return "--output writes one file and --output-dir a file per format and submission; give one of them";
    }
    if (chosen.size() > 1 && output != null) {
      return "--output writes one file, but --format " + names + " names " + chosen.size()
          + " formats; use --output-dir DIR to write one file per format";
    }
    if (chosen.size() > 1 && outputDir == null) {
      return "--format " + names + " names " + chosen.size() + " formats, and standard output takes one;"
          + " use --output-dir DIR to write one file per format";
    }
    return null;
  }

  /** Every path the run reads: the submissions, the directories named and the assessor's own files. */
  private List<Path> readPaths(List<Inputs.Input> files) {
    List<Path> paths = new ArrayList<>();
    inputs.stream().filter(p -> !p.toString().equals(Inputs.DASH)).forEach(paths::add);
    files.stream().filter(f -> !f.stdin()).forEach(f -> paths.add(f.path()));
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
  private int assess(Assessor assessor, Inputs.Expansion expansion, Destination destination,
      List<ScoringPolicy.Band> bands, ScoringPolicy.@Nullable Band threshold) {
    PrintWriter err = spec.commandLine().getErr();
    List<Inputs.Input> files = expansion.inputs();
    SubmissionReader reader = SubmissionReader.create();
    Progress bar = Progress.of(err, files.size(), progress);
    destination.beforeWriting(bar);
    List<String> problems = new ArrayList<>();
    List<String> below = new ArrayList<>();
    int invalid = 0;
    List<Path> written;
    try {
      for (Inputs.Input input : files) {
        String source = input.name();
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
        destination.add(report, source);
        bar.step(source);
      }
      bar.finish();
      written = destination.commit();
    } catch (IOException e) {
      bar.finish();
      err.println(Terminal.safe("charter: cannot write " + destination.failedAt(e) + ": " + InputFile.reason(e)));
      return ExitCodes.INVALID;
    }
    if (!written.isEmpty()) {
      err.println(Terminal.safe("charter: wrote " + ReportFiles.describe(written)));
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

  /** Where the reports go: one document on stdout or in a file, or files per submission and format. */
  interface Destination {
    /** Called once, before the first report, with the progress bar that shares the terminal. */
    default void beforeWriting(Progress bar) {}

    /** Writes (or keeps what is needed to write) one report. */
    void add(Report report, String source) throws IOException;

    /** Ends the output and puts it in place; the files written, for the user (none for stdout). */
    List<Path> commit() throws IOException;

    /** What could not be written, for the message. */
    String failedAt(IOException e);

    /** Lets go of what was not committed: no half-written file remains. */
    void close();

    /** One document on stdout, each report flushed as it is written. */
    static Destination stdout(PrintWriter out, ReportFormat format) {
      return new Document(format, null) {
        @Override
        OutputStream open(Progress bar) {
          return new WriterStream(out, bar::clear);
        }

        @Override
        public String failedAt(IOException e) {
          return "to standard output";
        }
      };
    }

    /** One document in a file, written atomically. */
    static Destination file(ReportFile file, ReportFormat format) {
      return new Document(format, file) {
        @Override
        OutputStream open(Progress bar) throws IOException {
          return file.stream();
        }

        @Override
        public String failedAt(IOException e) {
          return file.target().toString();
        }
      };
    }
  }

  /** All reports in one document of one format. */
  private abstract static class Document implements Destination {
    private final ReportFormat format;
    private final @Nullable ReportFile file;
    private @Nullable OutputStream out;
    private ReportWriter.@Nullable Batch batch;
    private @Nullable Progress bar;

    Document(ReportFormat format, @Nullable ReportFile file) {
      this.format = format;
      this.file = file;
    }

    abstract OutputStream open(Progress bar) throws IOException;

    @Override
    public void beforeWriting(Progress progress) {
      this.bar = progress;
    }

    @Override
    public void add(Report report, String source) throws IOException {
      if (batch == null) {
        out = open(java.util.Objects.requireNonNull(bar, "beforeWriting was not called"));
        batch = ReportWriter.of(format).open(out);
      }
      batch.add(report, source);
      if (file == null) {
        out.flush();
      }
    }

    @Override
    public List<Path> commit() throws IOException {
      batch.close();
      out.close();
      if (file == null) {
        return List.of();
      }
      file.commit();
      return List.of(file.target());
    }

    @Override
    public void close() {
      try {
        if (batch != null) {
          batch.close(); // after a failure, only lets go of what it holds
        }
      } catch (IOException | RuntimeException e) {
        // the failure that brought us here is the one reported
      } finally {
        if (file != null) {
          file.close();
        }
      }
    }
  }
}
