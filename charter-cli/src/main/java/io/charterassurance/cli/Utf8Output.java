package io.charterassurance.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;

/**
 * A writer that encodes as UTF-8 whatever the locale, and remembers why writing failed. A
 * {@link PrintWriter} swallows I/O errors and only says, through {@link #checkError()}, that one
 * happened; this one also keeps the first exception, so the CLI can say "No space left on device"
 * when standard output is {@code /dev/full}.
 */
final class Utf8Output extends PrintWriter {
  private final Recorder recorder;

  private Utf8Output(Recorder recorder, boolean autoFlush) {
    super(new OutputStreamWriter(recorder, StandardCharsets.UTF_8), autoFlush);
    this.recorder = recorder;
  }

  /** A UTF-8 writer on a stream; {@code autoFlush} flushes on every {@code println}. */
  static Utf8Output of(OutputStream out, boolean autoFlush) {
    return new Utf8Output(new Recorder(out), autoFlush);
  }

  /** The process's standard output, in UTF-8. */
  static Utf8Output stdout() {
    return of(new FileOutputStream(FileDescriptor.out), false);
  }

  /** The process's standard error, in UTF-8, flushed at every line. */
  static Utf8Output stderr() {
    return of(new FileOutputStream(FileDescriptor.err), true);
  }

  /** A {@link PrintStream} in UTF-8 on the same bytes, for {@link System#setOut} and {@link System#setErr}. */
  PrintStream printStream() {
    return new PrintStream(recorder, true, StandardCharsets.UTF_8);
  }

  /** The first exception the stream underneath threw, if it ever threw one. */
  @Nullable IOException failure() {
    return recorder.failure;
  }

  /** Passes bytes through and keeps the first exception. */
  private static final class Recorder extends FilterOutputStream {
    private volatile @Nullable IOException failure;

    Recorder(OutputStream out) {
      super(out);
    }

    @Override
    public void write(int b) throws IOException {
      try {
        out.write(b);
      } catch (IOException e) {
        throw remember(e);
      }
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      try {
        out.write(b, off, len);
      } catch (IOException e) {
        throw remember(e);
      }
    }

    @Override
    public void flush() throws IOException {
      try {
        out.flush();
      } catch (IOException e) {
        throw remember(e);
      }
    }

    private IOException remember(IOException e) {
      if (failure == null) {
        failure = e;
      }
      return e;
    }
  }
}
