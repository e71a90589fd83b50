package io.charterassurance.examples;

import io.charterassurance.model.io.ReadResult;
import io.charterassurance.model.io.SubmissionReader;
import io.charterassurance.model.report.Report;
import io.charterassurance.report.ReportFormat;
import io.charterassurance.report.ReportWriter;
import io.charterassurance.rules.Assessor;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Assesses every submission ({@code .json}, {@code .yaml}, {@code .yml}) in a folder and publishes
 * one CSV, one row per organisation. Invalid files are skipped and reported; they never stop the
 * batch.
 *
 * <pre>
 * PublishCsv charter-examples/evidence readiness.csv
 * </pre>
 *
 * <p>Exit codes: 0 every file published, 1 the CSV was written but some files were skipped, 2
 * nothing to publish or a usage error.
 */
public final class PublishCsv {
  private PublishCsv() {}

  /**
   * The result of a batch.
   *
   * @param csv where the CSV was (or would have been) written
   * @param published the files assessed, in the order of the CSV rows
   * @param reports their reports, in the same order
   * @param skipped the invalid files, each with its violations
   */
  public record Batch(Path csv, List<Path> published, List<Report> reports, Map<Path, List<String>> skipped) {
    public Batch {
      published = List.copyOf(published);
      reports = List.copyOf(reports);
      skipped = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(skipped));
    }

    /** Whether a CSV was written (at least one file was valid). */
    public boolean written() {
      return !reports.isEmpty();
    }
  }

  /** The submission files in a folder (not its subfolders), sorted by name. */
  public static List<Path> submissionFiles(Path folder) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      return files.filter(Files::isRegularFile)
          .filter(f -> {
            String name = f.getFileName().toString().toLowerCase(Locale.ROOT);
            return name.endsWith(".json") || name.endsWith(".yaml") || name.endsWith(".yml");
          })
          .sorted()
          .toList();
    }
  }

  /** Assesses every submission in {@code folder} with the standard assessor and writes {@code csv}. */
  public static Batch publish(Path folder, Path csv) throws IOException {
    return publish(folder, csv, Assessor.standard());
  }

  /**
   * Assesses every submission in {@code folder} and writes one CSV to {@code csv} (atomically).
   * Writes nothing when no file is valid.
   */
  public static Batch publish(Path folder, Path csv, Assessor assessor) throws IOException {
    // tag::batch[]
    SubmissionReader reader = SubmissionReader.create();
    List<Path> published = new ArrayList<>();
    List<Report> reports = new ArrayList<>();
    Map<Path, List<String>> skipped = new LinkedHashMap<>();
    for (Path file : submissionFiles(folder)) {
      ReadResult read = reader.read(file);
      if (!read.isValid()) {
        skipped.put(file, read.violations().stream().map(Object::toString).toList());
        continue;
      }
      Report report = assessor.assess(read.valid().orElseThrow());
      if (!report.isAssessed()) {
        skipped.put(file, report.violations().stream().map(v -> file + ": " + v.path() + ": " + v.message()).toList());
        continue;
      }
      published.add(file);
      reports.add(report);
    }
    // end::batch[]
    if (!reports.isEmpty()) {
      // tag::write-csv[]
      List<String> sources = published.stream().map(f -> f.getFileName().toString()).toList();
      ReportWriter.of(ReportFormat.CSV).withSources(sources).write(reports, csv);
      // end::write-csv[]
    }
    return new Batch(csv, published, reports, skipped);
  }

  /**
   * Runs the program: {@code args} are the folder and, optionally, the CSV to write (default
   * {@code readiness.csv}).
   *
   * @return the exit code: 0 all published, 1 some skipped, 2 nothing published or usage error
   */
  public static int run(List<String> args, PrintStream out, PrintStream err) {
    if (args.isEmpty() || args.size() > 2) {
      err.println("usage: PublishCsv <folder> [output.csv]");
      return 2;
    }
    Path folder = Path.of(args.get(0));
    Path csv = Path.of(args.size() == 2 ? args.get(1) : "readiness.csv");
    if (!Files.isDirectory(folder)) {
      err.println(folder + " is not a folder");
      return 2;
    }
    Batch batch;
    try {
      batch = publish(folder, csv);
    } catch (IOException | UncheckedIOException e) {
      err.println("could not publish " + csv + ": " + e.getMessage());
      return 2;
    }
    batch.skipped().forEach((file, violations) -> {
      err.println("skipped " + file + " (" + violations.size() + " violation" + (violations.size() == 1 ? "" : "s") + "):");
      violations.forEach(v -> err.println("  " + v));
    });
    if (!batch.written()) {
      err.println("no valid submission in " + folder + "; nothing written");
      return 2;
    }
    for (int i = 0; i < batch.published().size(); i++) {
      Report r = batch.reports().get(i);
      out.println(batch.published().get(i).getFileName() + ": " + r.band().label() + " (" + r.overall().toPlainString() + ")");
    }
    out.println("wrote " + batch.reports().size() + " row" + (batch.reports().size() == 1 ? "" : "s") + " to " + csv
        + (batch.skipped().isEmpty() ? "" : "; skipped " + batch.skipped().size()));
    return batch.skipped().isEmpty() ? 0 : 1;
  }

  /** Command-line entry point; see the class comment. */
  public static void main(String[] args) {
    int code = run(List.of(args), System.out, System.err);
    System.out.flush();
    System.exit(code);
  }
}
