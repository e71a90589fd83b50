package io.charterassurance.report;

import io.charterassurance.model.report.Report;
import java.io.ByteArrayOutputStream;
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
   * and SARIF point at it; HTML and text show it). The list must match the reports written, one
   * name per report in the same order.
   */
  public ReportWriter withSources(List<String> sourceNames) {
    return new ReportWriter(format, renderer, List.copyOf(sourceNames));
  }

  /** The format this writer writes. */
  public ReportFormat format() {
    return format;
  }

  /**
   * Writes reports to a stream, which is flushed and not closed.
   *
   * @throws IllegalArgumentException if {@code reports} is empty
   * @throws IOException if the stream fails
   */
  public void write(List<Report> reports, OutputStream out) throws IOException {
    check(reports);
    Objects.requireNonNull(out, "out");
    renderer.render(List.copyOf(reports), sourcesFor(reports), out);
    out.flush();
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
    check(reports);
    Objects.requireNonNull(file, "file");
    byte[] bytes = bytes(reports);
    try (ReportFile out = ReportFile.open(file, List.of())) {
      out.write(bytes);
    }
  }

  /** The reports rendered to bytes. */
  public byte[] bytes(List<Report> reports) {
    check(reports);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      renderer.render(List.copyOf(reports), sourcesFor(reports), out);
    } catch (IOException e) {
      throw new UncheckedIOException("an in-memory stream failed", e);
    }
    return out.toByteArray();
  }

  /** The reports rendered as text (every format is UTF-8). */
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

  private static void check(List<Report> reports) {
    Objects.requireNonNull(reports, "reports");
    if (reports.isEmpty()) {
      throw new IllegalArgumentException("reports is empty: there is nothing to write");
    }
  }
}
