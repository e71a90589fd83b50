package io.charterassurance.report;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** The formats a readiness report can be written in. */
public enum ReportFormat {
  /** A plain-text summary for a terminal: band, scores by principle and call, findings that matter most first. */
  TEXT("text", "txt", "text/plain"),
  /** The report records as JSON: one object for one report, an array for several. */
  JSON("json", "json", "application/json"),
  /** A single self-contained, accessible HTML page with an inline SVG chart. */
  HTML("html", "html", "text/html"),
  /** One row per organisation with stable columns, for publication. */
  CSV("csv", "csv", "text/csv"),
  /** JUnit XML: one test case per criterion, so CI systems show findings natively. */
  JUNIT("junit", "xml", "application/xml"),
  /** SARIF 2.1.0: one result per criterion short of met. */
  SARIF("sarif", "sarif", "application/sarif+json");

  private final String id;
  private final String extension;
  private final String mediaType;

  ReportFormat(String id, String extension, String mediaType) {
    this.id = id;
    this.extension = extension;
    this.mediaType = mediaType;
  }

  /** The name used on the command line, e.g. {@code html}. */
  public String id() {
    return id;
  }

  /** The usual file extension, without the dot. */
  public String extension() {
    return extension;
  }

  /** The media type. */
  public String mediaType() {
    return mediaType;
  }

  /** The format with this id (case-insensitive), if there is one. */
  public static Optional<ReportFormat> byId(String id) {
    String lower = id.toLowerCase(Locale.ROOT);
    return Arrays.stream(values()).filter(f -> f.id.equals(lower)).findFirst();
  }

  /** The ids, comma-separated, for messages. */
  public static String ids() {
    return Arrays.stream(values()).map(ReportFormat::id).collect(Collectors.joining(", "));
  }
}
