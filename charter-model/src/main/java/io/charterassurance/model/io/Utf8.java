package io.charterassurance.model.io;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Decodes a document strictly as UTF-8 before any parser sees it: overlong forms ({@code C0 AF}
 * for "/"), encoded surrogates ({@code ED A0 80}), truncated sequences and bytes that never
 * occur in UTF-8 are refused, naming the byte offset, instead of being read as some other
 * character. A leading byte order mark is dropped.
 */
final class Utf8 {
  /** The text, or why there is none; {@code line} and {@code column} locate the problem (1-based). */
  record Decoded(String text, String problem, int line, int column) {
    boolean isRefused() {
      return !problem.isEmpty();
    }
  }

  private static final Charset WINDOWS_1252 =
      Charset.isSupported("windows-1252") ? Charset.forName("windows-1252") : StandardCharsets.ISO_8859_1;

  private Utf8() {}

  static Decoded decode(byte[] bytes) {
    if (startsWith(bytes, 0xFE, 0xFF) || startsWith(bytes, 0xFF, 0xFE)) {
      return new Decoded("", "is UTF-16 text (it starts with a UTF-16 byte order mark); save the file as UTF-8", 1, 1);
    }
    int start = startsWith(bytes, 0xEF, 0xBB, 0xBF) ? 3 : 0;
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
    CharBuffer out = CharBuffer.allocate(bytes.length - start);
    CoderResult result = decoder.decode(in, out, true);
    if (!result.isError()) {
      result = decoder.flush(out);
    }
    if (result.isError()) {
      return refused(bytes, in.position(), result.length(), out);
    }
    out.flip();
    return new Decoded(out.toString(), "", 0, 0);
  }

  private static Decoded refused(byte[] bytes, int offset, int length, CharBuffer decoded) {
    int line = 1;
    int column = 1;
    for (int i = 0; i < decoded.position(); i++) {
      if (decoded.get(i) == '\n') {
        line++;
        column = 1;
      } else {
        column++;
      }
    }
    StringBuilder shown = new StringBuilder();
    for (int i = offset; i < Math.min(bytes.length, offset + Math.max(1, length)); i++) {
      shown.append(shown.length() == 0 ? "" : " ").append(String.format(Locale.ROOT, "%02X", bytes[i] & 0xFF));
    }
    String problem = offset + length >= bytes.length && isLead(bytes[offset])
        ? "is not valid UTF-8: it ends in the middle of a character (" + bytes(length) + " " + shown + " at byte offset "
            + offset + ")"
        : "is not valid UTF-8: " + bytes(length) + " " + shown + " at byte offset " + offset
            + (length == 1 ? " does" : " do") + " not form a UTF-8 character";
    return new Decoded("", problem + windows1252Hint(bytes, offset), line, column);
  }

  /**
   * A hint when the byte looks like Windows-1252 (or ISO-8859-1) text: a byte 0x80 to 0x9F (in
   * Windows-1252 the euro sign and curly quotes), or a byte 0xA0 to 0xFF that stands alone, such as
   * 0xA3 for "£".
   */
  private static String windows1252Hint(byte[] bytes, int offset) {
    int b = bytes[offset] & 0xFF;
    boolean alone = offset + 1 >= bytes.length || (bytes[offset + 1] & 0xC0) != 0x80;
    if ((b >= 0x80 && b <= 0x9F) || (b >= 0xA0 && alone)) {
      String character = new String(new byte[] {bytes[offset]}, WINDOWS_1252);
      return "; it looks like Windows-1252 text, where that byte is \"" + character + "\": save the file as UTF-8";
    }
    return "";
  }

  private static boolean isLead(byte b) {
    return (b & 0xC0) == 0xC0;
  }

  private static String bytes(int length) {
    return length == 1 ? "the byte" : "the bytes";
  }

  private static boolean startsWith(byte[] bytes, int... prefix) {
    if (bytes.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((bytes[i] & 0xFF) != prefix[i]) {
        return false;
      }
    }
    return true;
  }
}
