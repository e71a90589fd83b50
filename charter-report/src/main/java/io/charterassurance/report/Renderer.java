package io.charterassurance.report;

import io.charterassurance.model.report.Report;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/** Writes reports in one format. Implementations are stateless and thread-safe. */
interface Renderer {
  /**
   * Writes {@code reports} (at least one) to {@code out}, which is not closed.
   *
   * @param sources for each report, the name of the submission file it came from, or {@code ""}
   *     when not known (same size as {@code reports})
   */
  void render(List<Report> reports, List<String> sources, OutputStream out) throws IOException;
}
