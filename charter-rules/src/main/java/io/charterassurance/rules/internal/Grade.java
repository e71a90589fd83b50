package io.charterassurance.rules.internal;

import java.util.List;

/**
 * How strong one evidence item is, with the words that explain it.
 *
 * @param strength 0 to 1
 * @param summary e.g. "approved by the ICB Board (minute ICB/25/07/11), 15 months old, co-produced"
 * @param gaps what would make it stronger, e.g. "a refresh: it is 50 months old"
 */
record Grade(double strength, String summary, List<String> gaps) {
  Grade {
    gaps = List.copyOf(gaps);
  }
}
