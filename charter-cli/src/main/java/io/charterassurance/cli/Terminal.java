package io.charterassurance.cli;

import io.charterassurance.model.text.PlainText;

/**
 * Makes text safe to print to a terminal: every character a terminal could act on is shown as a
 * {@code \}{@code uXXXX} escape instead. That is the C0 controls (ESC, CR, backspace, NUL, ...),
 * DEL, the C1 controls (U+0080 to U+009F, among them the one-character CSI U+009B), the bidi
 * overrides, embeddings, isolates and marks that reorder what follows them, the Unicode line and
 * paragraph separators, noncharacters and lone surrogates: {@link PlainText#isUnsafeToShow}, the
 * list the report formats use too. The CLI runs every file name, option value and
 * message that can carry user data through it before printing it.
 */
final class Terminal {
  private Terminal() {}

  /** The text with every unsafe character escaped, line breaks included (for one line). */
  static String safe(CharSequence text) {
    return escape(text, false);
  }

  /** The text with every unsafe character escaped except {@code \n} (for a message of several lines). */
  static String safeLines(CharSequence text) {
    return escape(text, true);
  }

  private static String escape(CharSequence text, boolean keepNewlines) {
    StringBuilder out = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean unsafe = isUnsafe(c) && !(keepNewlines && c == '\n');
      if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
        if (out != null) {
          out.append(c).append(text.charAt(i + 1));
        }
        i++;
        continue;
      }
      if (unsafe || Character.isSurrogate(c)) {
        if (out == null) {
          out = new StringBuilder(text.length() + 16).append(text, 0, i);
        }
        out.append(String.format("\\u%04X", (int) c));
      } else if (out != null) {
        out.append(c);
      }
    }
    return out == null ? text.toString() : out.toString();
  }

  private static boolean isUnsafe(char c) {
    return PlainText.isUnsafeToShow(c);
  }
}
