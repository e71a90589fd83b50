package io.charterassurance.model.text;

import java.util.Collection;
import java.util.Comparator;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The nearest known name to a misspelt one, for messages that suggest a correction ("did you
 * mean ...?"): misspelt properties and kinds when reading, unknown evidence ids when validating.
 */
public final class Spelling {
  private Spelling() {}

  /** {@code "; did you mean "x"?"} for the nearest candidate, or nothing when none is near. */
  public static String suggestion(@Nullable String given, Collection<String> candidates) {
    return nearest(given, candidates).map(n -> "; did you mean \"" + n + "\"?").orElse("");
  }

  /**
   * The candidate nearest to {@code given} by edit distance (ignoring case), if one is close
   * enough to be a typo: within a third of the given name's length, and at least 2.
   */
  public static Optional<String> nearest(@Nullable String given, Collection<String> candidates) {
    if (given == null || given.isEmpty()) {
      return Optional.empty();
    }
    String lower = given.toLowerCase(Locale.ROOT);
    int allowed = Math.max(2, given.length() / 3);
    return candidates.stream()
        // The distance is at least the difference in length: skip the far ones without computing it.
        .filter(c -> Math.abs(c.length() - given.length()) <= allowed)
        .map(c -> Map.entry(c, distance(lower, c.toLowerCase(Locale.ROOT), allowed)))
        .filter(en -> en.getValue() <= allowed)
        .min(Comparator.<Map.Entry<String, Integer>>comparingInt(Map.Entry::getValue).thenComparing(Map.Entry::getKey))
        .map(Map.Entry::getKey);
  }

  /** The edit distance between {@code a} and {@code b}, or a number above {@code limit} once it must exceed it. */
  private static int distance(String a, String b, int limit) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      int rowMinimum = current[0];
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
        rowMinimum = Math.min(rowMinimum, current[j]);
      }
      if (rowMinimum > limit) {
        return limit + 1;
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }
}
