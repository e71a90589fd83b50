package io.charterassurance.report;

import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;

/**
 * Rendered reports waiting for a summary that must be written before them (JUnit XML's totals,
 * the HTML page's title and contents): kept in memory up to a limit, then in a temporary file
 * that only its owner may read ({@code charter-batch-PID-*.tmp} in {@code java.io.tmpdir}), copied
 * out once and deleted on {@link #close()}. Not thread-safe.
 */
final class Spill extends OutputStream {
  /** How many bytes a batch keeps in memory before it spills, unless told otherwise. */
  static final int IN_MEMORY = 1 << 20;
  private static final int BUFFER = 1 << 16;

  private final int limit;
  private @Nullable ByteArrayOutputStream memory = new ByteArrayOutputStream();
  private @Nullable Path file;
  private @Nullable OutputStream fileOut;
  private boolean closed;

  /** A spill that keeps up to {@code limit} bytes in memory. */
  Spill(int limit) {
    this.limit = limit;
  }

  /** The prefix of every spill file this process creates. */
  static String prefix() {
    return "charter-batch-" + ProcessHandle.current().pid() + "-";
  }

  @Override
  public void write(int b) throws IOException {
    target(1).write(b);
  }

  @Override
  public void write(byte[] b, int off, int len) throws IOException {
    target(len).write(b, off, len);
  }

  @Override
  public void flush() throws IOException {
    if (fileOut != null) {
      fileOut.flush();
    }
  }

  /** The stream the next {@code len} bytes go to: memory while they fit, else the file. */
  private OutputStream target(int len) throws IOException {
    if (closed) {
      throw new IOException("the spill is closed");
    }
    ByteArrayOutputStream held = memory;
    if (held == null) {
      return fileOut;
    }
    if (held.size() + (long) len <= limit) {
      return held;
    }
    Path created = Files.createTempFile(prefix(), ".tmp");
    file = created;
    created.toFile().deleteOnExit();
    fileOut = new BufferedOutputStream(Files.newOutputStream(created), BUFFER);
    held.writeTo(fileOut);
    memory = null;
    return fileOut;
  }

  /** Writes everything spilled so far to {@code out}. */
  void copyTo(OutputStream out) throws IOException {
    if (closed) {
      throw new IOException("the spill is closed");
    }
    ByteArrayOutputStream held = memory;
    if (held != null) {
      held.writeTo(out);
      return;
    }
    fileOut.flush();
    Files.copy(file, out);
  }

  /** Whether the bytes went to a temporary file. */
  boolean spilled() {
    return file != null;
  }

  /** Drops what is held and deletes the temporary file, if there is one. */
  @Override
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    memory = null;
    try {
      if (fileOut != null) {
        fileOut.close();
      }
    } catch (IOException e) {
      // the file is deleted below whatever its state
    }
    try {
      if (file != null) {
        Files.deleteIfExists(file);
      }
    } catch (IOException e) {
      // deleteOnExit removes it
    }
  }
}
