package io.charterassurance.cli;

import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * The bytes of a UTF-8 report streamed into the command's {@link PrintWriter}, decoded as they
 * come, so that a batch reaches stdout report by report and the writer still records a failure
 * ({@link PrintWriter#checkError()}) for the command line to report. Like the writer it never
 * throws. Malformed bytes, which no format writes, would become U+FFFD as {@code new String}
 * makes them. Closing it writes what is pending and flushes the writer, which stays open.
 */
final class WriterStream extends OutputStream {
  private final PrintWriter out;
  private final Runnable beforeWriting;
  private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
      .onMalformedInput(CodingErrorAction.REPLACE)
      .onUnmappableCharacter(CodingErrorAction.REPLACE);
  private final ByteBuffer bytes = ByteBuffer.allocate(1 << 13);
  private final CharBuffer chars = CharBuffer.allocate(1 << 13);

  /** A stream into {@code out}; {@code beforeWriting} runs before each piece of text is written (to clear a progress bar). */
  WriterStream(PrintWriter out, Runnable beforeWriting) {
    this.out = out;
    this.beforeWriting = beforeWriting;
  }

  @Override
  public void write(int b) {
    write(new byte[] {(byte) b}, 0, 1);
  }

  @Override
  public void write(byte[] b, int off, int len) {
    while (len > 0) {
      int n = Math.min(len, bytes.remaining());
      bytes.put(b, off, n);
      off += n;
      len -= n;
      decode(false);
    }
  }

  private void decode(boolean end) {
    bytes.flip();
    CoderResult result;
    do {
      result = decoder.decode(bytes, chars, end);
      drain();
    } while (result.isOverflow());
    bytes.compact();
  }

  private void drain() {
    chars.flip();
    if (chars.hasRemaining()) {
      beforeWriting.run();
      out.write(chars.array(), chars.position(), chars.remaining());
    }
    chars.clear();
  }

  @Override
  public void flush() {
    out.flush();
  }

  @Override
  public void close() {
    decode(true);
    while (decoder.flush(chars).isOverflow()) {
      drain();
    }
    drain();
    decoder.reset();
    out.flush();
  }
}
