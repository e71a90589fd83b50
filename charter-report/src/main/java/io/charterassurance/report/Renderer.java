package io.charterassurance.report;

import io.charterassurance.model.report.Report;
import java.io.IOException;
import java.io.OutputStream;

/** Writes reports in one format, one report at a time. Implementations are stateless and thread-safe. */
interface Renderer {
  /**
   * A document of reports being written to {@code out}, which is never closed. Nothing is written
   * before the first report is added.
   *
   * @param spillAfter how many bytes of rendered reports a format that must write a summary before
   *     them keeps in memory before it moves them to a {@link Spill temporary file}
   */
  Sink open(OutputStream out, int spillAfter);

  /** One document: reports are added in order, then it is finished, then released. Not thread-safe. */
  interface Sink {
    /**
     * Writes (or keeps what is needed to write) one report.
     *
     * @param source the name of the submission file it came from, or {@code ""} when not known
     */
    void add(Report report, String source) throws IOException;

    /** Writes what ends the document; called once, after at least one report was added. */
    void finish() throws IOException;

    /** Lets go of what the sink holds (a spilled temporary file), whether or not it finished. */
    default void release() {}
  }
}
