package io.charterassurance.model.report;

import java.util.Objects;

/**
 * A problem with a submission, as recorded in a report.
 *
 * @param path the JSON path of the offending value, e.g. {@code $.evidence[3].provenance.date}
 * @param message what is wrong, as a plain sentence
 */
public record ReportViolation(String path, String message) {
  public ReportViolation {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(message, "message");
  }
}
