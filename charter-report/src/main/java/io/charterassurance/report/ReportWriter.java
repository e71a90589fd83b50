package io.charterassurance.report;

import io.charterassurance.model.report.Report;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * The front door for report formats: renders one or more readiness reports as text, JSON, HTML,
 * CSV, JUnit XML or SARIF. Output is deterministic: the same reports give the same bytes.
 *
 * <pre>{@code
 * ReportWriter.of(ReportFormat.CSV).write(reports, Path.of("readiness.csv"));
 * }</pre>
 *
 * <p>No report names a local path: where a report names the submission it came from (the
 * {@linkplain #withSources source} it is written with, the source of each violation), it gives
 * the file name only, in every format, JSON included.
 *
 * <p>A report may hold any text, whoever built it. Every format but JSON shows control characters
 * (ESC and so terminal escape sequences, NUL, carriage returns, line breaks inside a value, C1
 * controls), bidirectional controls, noncharacters and lone surrogates as visible escapes such as
 * <code>&#92;u001B</code>, so that the output is well formed, encodes as UTF-8 and shows what was
 * written; JSON, the exact record, writes them as JSON escapes and reads back equal.
 *
 * <p>Thread-safe.
 */
public final class ReportWriter {
  private final ReportFormat format;
  private final Renderer renderer;
  private final List<String> sources;

  private ReportWriter(ReportFormat format, Renderer renderer, List<String> sources) {
    this.format = format;
    this.renderer = renderer;
    this.sources = sources;
  }

  /** The writer for a format. */
  public static ReportWriter of(ReportFormat format) {
    Objects.requireNonNull(format, "format");
    Renderer renderer = switch (format) {
      case TEXT -> new TextRenderer();
      case JSON -> new JsonRenderer();
      case CSV -> new CsvRenderer();
      case JUNIT -> new JunitRenderer();
      case SARIF -> new SarifRenderer();
      case HTML -> new HtmlRenderer();
    };
    return new ReportWriter(format, renderer, List.of());
  }

  /**
   * A writer that names, for each report it writes, the submission file it came from (JUnit XML
   * and SARIF point at it; HTML, text and CSV show it). The list must match the reports written,
   * one name per report in the same order. A report shows a file name only: a path is cut to the
   * name after its last {@code /} or {@code \}, as are the sources of a report's violations.
   */
  public ReportWriter withSources(List<String> sourceNames) {
    return new ReportWriter(format, renderer, List.copyOf(sourceNames));
  }

  /** The format this writer writes. */
  public ReportFormat format() {
    return format;
  }

  /**
   * Starts a batch: a document of reports written to {@code out} one report at a time, so that a
   * run of thousands of reports never holds them all. The bytes are exactly those {@link #bytes}
   * gives for the same reports with the same {@linkplain #withSources sources}; this writer's own
   * sources are not used, as each report brings its own.
   *
   * <pre>{@code
   * try (ReportWriter.Batch batch = ReportWriter.of(ReportFormat.JUNIT).open(out)) {
   *   for (Path file : files) {
   *     batch.add(assessor.assess(reader.read(file)), file.toString());
   *   }
   * }
   * }</pre>
   *
   * <p>Text, CSV and SARIF are written as the reports come; JSON holds the first report until a
   * second makes the document an array. JUnit XML and HTML open with what every report adds up to
   * (totals, the page's contents): they keep a line or a few numbers per report and the rendered
   * reports themselves go, past the first megabyte, to a temporary file that only this
   * user can read, in {@code java.io.tmpdir}, deleted when the batch is closed.
   *
   * @param out the stream to write to; the batch flushes it and never closes it
   */
  public Batch open(OutputStream out) {
    return open(out, Spill.IN_MEMORY);
  }

  /** A batch that keeps at most {@code spillAfter} bytes of rendered reports in memory (for tests). */
  Batch open(OutputStream out, int spillAfter) {
    Objects.requireNonNull(out, "out");
    return new Batch(renderer.open(out, spillAfter), out);
  }

  /**
   * A document of reports being written, one report at a time; see {@link ReportWriter#open}.
   * Closing it ends the document. If adding a report fails, the document cannot be completed:
   * closing then only lets go of what the batch holds. Not thread-safe.
   */
  public static final class Batch implements Closeable {
    private final Renderer.Sink sink;
    private final OutputStream out;
    private int added;
    private boolean failed;
    private boolean closed;

    private Batch(Renderer.Sink sink, OutputStream out) {
      this.sink = sink;
      this.out = out;
    }

    /**
     * Writes a report, or keeps what the document's opening needs of it.
     *
     * @param source the name of the submission file the report came from ({@code ""} when not
     *     known): JUnit XML and SARIF point at it, HTML, text and CSV show it, by its file name
     *     only (a path given here, or as the source of the report's violations, is cut to the name
     *     after its last {@code /} or {@code \}, so that no report shows where on a machine it was made)
     * @throws IllegalStateException if the batch is closed, or an earlier report could not be added
     * @throws IOException if the stream (or the temporary file) fails
     */
    public void add(Report report, String source) throws IOException {
      Objects.requireNonNull(report, "report");
      Objects.requireNonNull(source, "source");
      if (closed) {
        throw new IllegalStateException("the batch is closed");
      }
      if (failed) {
        throw new IllegalStateException("an earlier report could not be added: the batch cannot go on");
      }
      try {
        sink.add(SourceNames.report(report), SourceNames.fileName(source));
      } catch (IOException | RuntimeException e) {
        failed = true;
        throw e;
      }
      added++;
    }

    /**
     * Ends the document, flushes the stream (without closing it) and deletes any temporary file.
     * Does nothing more if it was closed already or a report could not be added.
     *
     * @throws IllegalStateException if no report was added: there is nothing to write, and nothing
     *     was written (as {@link ReportWriter#bytes} refuses an empty list)
     * @throws IOException if the stream (or the temporary file) fails
     */
    @Override
    public void close() throws IOException {
      if (closed) {
        return;
      }
      closed = true;
      try {
        if (failed) {
          return;
        }
        if (added == 0) {
          throw new IllegalStateException("no report was added: there is nothing to write");
        }
        sink.finish();
        out.flush();
      } finally {
        sink.release();
      }
    }
  }

  /**
   * Writes reports to a stream, which is flushed and not closed.
   *
   * @throws IllegalArgumentException if {@code reports} is empty, or the writer's sources do not
   *     match it
   * @throws IOException if the stream fails
   */
  public void write(List<Report> reports, OutputStream out) throws IOException {
    List<Report> all = check(reports);
    Objects.requireNonNull(out, "out");
    List<String> names = sourcesFor(all);
    try (Batch batch = open(out)) {
      for (int i = 0; i < all.size(); i++) {
        batch.add(all.get(i), names.get(i));
      }
    }
  }

  /**
   * Writes reports to a file atomically, through a {@link ReportFile}: to a hidden temporary file
   * beside it, synced, then renamed into place, so a reader never sees a half-written file and a
   * failure leaves any old file untouched. A symbolic link is followed and stays a link; a new file
   * gets the permissions the umask gives; a replaced file keeps its own.
   *
   * @throws IllegalArgumentException if {@code reports} is empty
   * @throws ReportFile.Refused if the path must not be written (a directory, a missing directory)
   * @throws IOException if the file cannot be written; the temporary file is removed
   */
  public void write(List<Report> reports, Path file) throws IOException {
    List<Report> all = check(reports);
    Objects.requireNonNull(file, "file");
    sourcesFor(all);
    try (ReportFile out = ReportFile.open(file, List.of())) {
      write(all, out.stream());
      out.commit();
    }
  }

  /**
   * The reports rendered to bytes.
   *
   * @throws IllegalArgumentException if {@code reports} is empty, or the writer's sources do not
   *     match it
   */
  public byte[] bytes(List<Report> reports) {
    List<Report> all = check(reports);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      write(all, out);
    } catch (IOException e) {
      throw new UncheckedIOException("an in-memory stream failed", e);
    }
    return out.toByteArray();
  }

  /**
   * The reports rendered as text (every format is UTF-8).
   *
   * @throws IllegalArgumentException if {@code reports} is empty, or the writer's sources do not
   *     match it
   */
  public String render(List<Report> reports) {
    return new String(bytes(reports), StandardCharsets.UTF_8);
  }

  /** One report rendered as text. */
  public String render(Report report) {
    return render(List.of(Objects.requireNonNull(report, "report")));
  }

  private List<String> sourcesFor(List<Report> reports) {
    if (sources.isEmpty()) {
      return java.util.Collections.nCopies(reports.size(), "");
    }
    if (sources.size() != reports.size()) {
      throw new IllegalArgumentException("withSources named " + sources.size() + " files for "
          + reports.size() + " reports");
    }
    return sources;
  }

  /** The reports, copied (so that a null among them is refused before anything is written), and not empty. */
  private static List<Report> check(List<Report> reports) {
    Objects.requireNonNull(reports, "reports");
    if (reports.isEmpty()) {
      throw new IllegalArgumentException("reports is empty: there is nothing to write");
    }
    return List.copyOf(reports);
  }
}
