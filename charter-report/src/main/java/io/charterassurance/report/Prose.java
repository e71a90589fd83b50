package io.charterassurance.report;

import java.util.List;
import java.util.stream.Collectors;

/** Lists of the assessment's phrases run into prose for the formats that hold them on one line. */
final class Prose {
  private Prose() {}

  /**
   * The items as sentences, each ending with a full stop unless it already ends with one (or a
   * question or exclamation mark), separated by a space: {@code ["a draft", "2 months old."]}
   * gives {@code "a draft. 2 months old."}.
   */
  static String sentences(List<String> items) {
    return items.stream().map(String::strip).filter(s -> !s.isEmpty()).map(Prose::stop)
        .collect(Collectors.joining(" "));
  }

  /** The items separated by {@code "; "}, ending with a full stop unless the last already has one. */
  static String clauses(List<String> items) {
    return stop(items.stream().map(String::strip).collect(Collectors.joining("; ")));
  }

  private static String stop(String text) {
    return text.isEmpty() || ".!?".indexOf(text.charAt(text.length() - 1)) >= 0 ? text : text + ".";
  }
}
