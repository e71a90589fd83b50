package io.charterassurance.model.io;

import io.charterassurance.model.text.PlainText;
import java.util.Comparator;
import java.util.Objects;

/**
 * One problem with an input document, where it is and what was expected.
 *
 * @param source the file name (or other name the caller gave the input)
 * @param path the JSON path of the offending value, e.g. {@code $.evidence[3].provenance.date};
 *     {@code $} for the document as a whole; shown like {@code message} when a name in it holds a
 *     character text may not hold
 * @param line the 1-based line in the document, or 0 when not known (validation problems)
 * @param column the 1-based column, or 0 when not known
 * @param message what is wrong, as a plain sentence fragment read after the path; a character that
 *     text may not hold (a control character, a line break, a bidirectional override, a lone
 *     surrogate) is shown as its code point, e.g. {@code <U+001B>}, so that a message quoting the
 *     input is always one safe line
 */
public record Violation(String source, String path, int line, int column, String message) {

  /** Orders violations by source, then path, then message, so lists are deterministic. */
  public static final Comparator<Violation> ORDER = Comparator.comparing(Violation::source)
      .thenComparing(Violation::path)
      .thenComparing(Violation::message);

  public Violation {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(message, "message");
    path = PlainText.visible(path);
    message = PlainText.visible(message);
  }

  /** A violation with no line or column. */
  public static Violation at(String source, String path, String message) {
    return new Violation(source, path, 0, 0, message);
  }

  /** The violation as {@code source[:line[:column]]: path: message}. */
  @Override
  public String toString() {
    String where = line > 0 ? ":" + line + (column > 0 ? ":" + column : "") : "";
    return source + where + ": " + path + ": " + message;
  }
}
