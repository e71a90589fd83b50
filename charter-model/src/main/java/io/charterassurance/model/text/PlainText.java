package io.charterassurance.model.text;

import java.util.Locale;
import java.util.Optional;

/**
 * What text a submission may hold: printable Unicode, without the characters that corrupt
 * reports or mislead readers. Refused everywhere: C0 controls (U+0000 to U+001F; a
 * {@link MultilineText} field accepts tab, line feed and CR LF), DEL and the C1 controls
 * (U+007F to U+009F), lone surrogates, noncharacters (U+FFFE, U+FFFF, U+FDD0 to U+FDEF and the
 * last two code points of every plane), and the bidirectional embedding, override and isolate
 * controls (U+202A to U+202E, U+2066 to U+2069), which can make text display in a misleading order.
 */
public final class PlainText {
  private PlainText() {}

  /**
   * A character a text may not hold.
   *
   * @param index its position in the text (0-based, in UTF-16 units)
   * @param codePoint the character
   * @param what what it is, e.g. {@code the control character U+001B (escape)}
   * @param advice what to do, e.g. {@code remove it}
   */
  public record Problem(int index, int codePoint, String what, String advice) {
    /** {@code contains the control character U+001B (escape) at character 9; remove it}. */
    public String sentence() {
      return "contains " + what + " at character " + (index + 1) + "; " + advice;
    }
  }

  /**
   * The first character {@code text} may not hold, as a sentence fragment naming its code point
   * and position, e.g. {@code contains the control character U+001B (escape) at character 9;
   * remove it}.
   *
   * @param multiline whether the field may run over several lines ({@link MultilineText})
   */
  public static Optional<String> problem(String text, boolean multiline) {
    return find(text, multiline).map(Problem::sentence);
  }

  /** The first character {@code text} may not hold; see {@link #problem}. */
  public static Optional<Problem> find(String text, boolean multiline) {
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      if (!allowed(cp) && !(multiline && allowedInMultiline(text, i, cp))) {
        return Optional.of(describe(i, cp, multiline));
      }
      i += Character.charCount(cp);
    }
    return Optional.empty();
  }

  /**
   * Whether the code point is a control character (C0, DEL or C1) or a noncharacter: what a
   * document may not hold even outside its text values (tab, line feed and carriage return aside).
   */
  public static boolean isControlOrNoncharacter(int cp) {
    return cp < 0x20 || (cp >= 0x7F && cp <= 0x9F) || (cp & 0xFFFE) == 0xFFFE || (cp >= 0xFDD0 && cp <= 0xFDEF);
  }

  /**
   * Whether a character acts on a terminal or on a document's layout rather than showing as
   * itself, so that every output of the project (the report formats, the command line's terminal)
   * shows it as an escape: the C0 controls, DEL and the C1 controls (U+0080 to U+009F, among them
   * the one-character CSI U+009B), the Unicode {@code Bidi_Control} characters (ALM, LRM, RLM, the
   * embeddings, overrides and isolates), the line and paragraph separators U+2028 and U+2029, the
   * 66 noncharacters and lone surrogates (as {@link String#codePoints()} gives them; a surrogate
   * pair's code point is judged as the character it is). This is the one list every output uses.
   */
  public static boolean isUnsafeToShow(int cp) {
    return cp < 0x20 || (cp >= 0x7F && cp <= 0x9F)
        || cp == 0x061C || cp == 0x200E || cp == 0x200F || isBidiControl(cp)
        || cp == 0x2028 || cp == 0x2029
        || cp >= 0xFDD0 && cp <= 0xFDEF || (cp & 0xFFFE) == 0xFFFE
        || cp >= Character.MIN_SURROGATE && cp <= Character.MAX_SURROGATE;
  }

  /**
   * {@code text} with every character {@link #problem} would refuse (and every line break), and
   * every other character that is unsafe to show ({@link #isUnsafeToShow}), shown as its code point, e.g. {@code <U+001B>}, so that it can be quoted in a one-line message
   * without altering a terminal, a report or a log.
   */
  public static String visible(String text) {
    StringBuilder out = null;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      int width = Character.charCount(cp);
      if (isUnsafeToShow(cp)) {
        if (out == null) {
          out = new StringBuilder(text.length() + 16).append(text, 0, i);
        }
        out.append('<').append(codePoint(cp)).append('>');
      } else if (out != null) {
        out.appendCodePoint(cp);
      }
      i += width;
    }
    return out == null ? text : out.toString();
  }

  /**
   * {@code text} cut to its first 100 characters, with "…" and its length after, for quoting in a
   * message: an id or name that long is wrong anyway, and a message should stay readable.
   */
  public static String excerpt(String text) {
    int limit = 100;
    if (text.length() <= limit) {
      return text;
    }
    int end = Character.isHighSurrogate(text.charAt(limit - 1)) ? limit - 1 : limit;
    return text.substring(0, end) + "… (" + String.format(Locale.UK, "%,d", text.length()) + " characters)";
  }

  /** {@code U+001B}: the code point as Unicode writes it. */
  public static String codePoint(int cp) {
    return "U+" + String.format(Locale.ROOT, "%04X", cp);
  }

  /** Whether a single-line field may hold the code point (a lone surrogate arrives as its own code point). */
  static boolean allowed(int cp) {
    if (cp < 0x20 || (cp >= 0x7F && cp <= 0x9F)) {
      return false;
    }
    if (cp >= 0xD800 && cp <= 0xDFFF) {
      return false;
    }
    return !isControlOrNoncharacter(cp) && !isBidiControl(cp);
  }

  private static boolean allowedInMultiline(String text, int i, int cp) {
    return cp == '\t' || cp == '\n' || (cp == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n');
  }

  private static boolean isBidiControl(int cp) {
    return (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069);
  }

  private static Problem describe(int index, int cp, boolean multiline) {
    String code = codePoint(cp);
    if (cp == '\n' || cp == '\r') {
      return multiline
          ? new Problem(index, cp, "a carriage return (" + code + ") without a line feed", "end lines with a line feed (or CR LF)")
          : new Problem(index, cp, "a line break (" + code + ")", "this field is a single line of text");
    }
    if (cp == '\t') {
      return new Problem(index, cp, "a tab (" + code + ")", "this field is a single line of text: use a space");
    }
    if (cp < 0x20 || (cp >= 0x7F && cp <= 0x9F)) {
      String name = switch (cp) {
        case 0x00 -> " (null)";
        case 0x1B -> " (escape)";
        case 0x7F -> " (delete)";
        default -> "";
      };
      return new Problem(index, cp, "the control character " + code + name, "remove it");
    }
    if (cp >= 0xD800 && cp <= 0xDFFF) {
      return new Problem(index, cp, "a lone surrogate " + code, "it is not a character, only half of a pair: remove it");
    }
    if (isBidiControl(cp)) {
      return new Problem(index, cp, "the bidirectional control character " + code + " (" + bidiName(cp) + ")",
          "it can make text display in a misleading order: remove it");
    }
    return new Problem(index, cp, code, "it is not a character: remove it");
  }

  private static String bidiName(int cp) {
    return switch (cp) {
      case 0x202A -> "left-to-right embedding";
      case 0x202B -> "right-to-left embedding";
      case 0x202C -> "pop directional formatting";
      case 0x202D -> "left-to-right override";
      case 0x202E -> "right-to-left override";
      case 0x2066 -> "left-to-right isolate";
      case 0x2067 -> "right-to-left isolate";
      case 0x2068 -> "first strong isolate";
      default -> "pop directional isolate";
    };
  }
}
