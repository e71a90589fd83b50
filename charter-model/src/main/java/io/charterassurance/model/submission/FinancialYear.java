package io.charterassurance.model.submission;

import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A UK public-sector financial year written the usual way, {@code 2024/25}: 1 April 2024 to
 * 31 March 2025.
 *
 * @param startYear the calendar year it starts in
 */
record FinancialYear(int startYear) {
  private static final Pattern FORM = Pattern.compile("([0-9]{4})/([0-9]{2})");

  /** The year {@code text} names, if it is well formed with consecutive years ({@code 2024/25}, not {@code 2024/26}). */
  static Optional<FinancialYear> parse(@Nullable String text) {
    if (text == null) {
      return Optional.empty();
    }
    Matcher m = FORM.matcher(text);
    if (!m.matches()) {
      return Optional.empty();
    }
    int start = Integer.parseInt(m.group(1));
    int end = Integer.parseInt(m.group(2));
    return end == (start + 1) % 100 ? Optional.of(new FinancialYear(start)) : Optional.empty();
  }

  /** Whether {@code text} has the form {@code 2024/25} but its years are not consecutive. */
  static boolean isNonConsecutive(@Nullable String text) {
    return text != null && FORM.matcher(text).matches() && parse(text).isEmpty();
  }

  /** Its first day, 1 April. */
  LocalDate start() {
    return LocalDate.of(startYear, 4, 1);
  }

  /** Its last day, 31 March of the next year. */
  LocalDate end() {
    return LocalDate.of(startYear + 1, 3, 31);
  }

  @Override
  public String toString() {
    return startYear + "/" + String.format("%02d", (startYear + 1) % 100);
  }
}
