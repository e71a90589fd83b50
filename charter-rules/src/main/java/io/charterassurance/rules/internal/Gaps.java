package io.charterassurance.rules.internal;

import io.charterassurance.model.evidence.WorkforceRole;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

/** Small helpers the rule files use to word their findings. */
public final class Gaps {
  private Gaps() {}

  /**
   * The texts whose conditions hold, in order: {@code when(c1, "t1", c2, "t2", ...)}.
   *
   * @throws IllegalArgumentException if the arguments are not boolean-text pairs
   */
  public static List<String> when(Object... conditionsAndTexts) {
    if (conditionsAndTexts.length % 2 != 0) {
      throw new IllegalArgumentException("when() needs condition, text pairs");
    }
    List<String> out = new ArrayList<>();
    for (int i = 0; i < conditionsAndTexts.length; i += 2) {
      if (!(conditionsAndTexts[i] instanceof Boolean condition)
          || !(conditionsAndTexts[i + 1] instanceof String text)) {
        throw new IllegalArgumentException("when() needs condition, text pairs at " + i);
      }
      if (condition) {
        out.add(text);
      }
    }
    return List.copyOf(out);
  }

  /** The start of a quotation, at most 200 characters, cut at a word. */
  public static String excerpt(String text) {
    String t = text.strip().replaceAll("\\s+", " ");
    if (t.length() <= 200) {
      return t;
    }
    int cut = t.lastIndexOf(' ', 200);
    return t.substring(0, cut > 100 ? cut : 200) + "…";
  }

  /** An enum constant as words: {@code PARTICIPATORY_BUDGETING} becomes "participatory budgeting". */
  public static String words(Enum<?> value) {
    return value.name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }

  /** Enum constants as words, sorted and joined with commas. */
  public static String wordsOf(Collection<?> values) {
    return values.stream()
        .map(v -> v instanceof Enum<?> e ? words(e) : String.valueOf(v))
        .sorted()
        .reduce((a, b) -> a + ", " + b)
        .orElse("none");
  }

  /** Whether any role is recurrently funded. */
  public static boolean anyRecurrentRole(List<WorkforceRole> roles) {
    return roles.stream().anyMatch(WorkforceRole::recurrentlyFunded);
  }

  /** The first coordinating, senior practitioner role, or null. */
  public static @org.jspecify.annotations.Nullable WorkforceRole seniorPractitioner(List<WorkforceRole> roles) {
    return roles.stream().filter(WorkforceRole::seniorPractitioner).findFirst().orElse(null);
  }

  /** The roles' total whole-time equivalents, as plain text. */
  public static String wte(List<WorkforceRole> roles) {
    return roles.stream().map(WorkforceRole::wte).reduce(BigDecimal.ZERO, BigDecimal::add)
        .stripTrailingZeros().toPlainString();
  }

  /**
   * What a trust's quality report was called in a financial year: the Foundation Trust "Annual
   * Quality Report" until 2018/19, the statutory "Quality Account" from 2019/20.
   */
  public static String qualityReportName(String financialYear) {
    int start = Integer.parseInt(financialYear.substring(0, 4));
    return start >= 2019 ? "Quality Account" : "Annual Quality Report";
  }
}
