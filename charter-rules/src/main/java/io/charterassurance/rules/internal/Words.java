package io.charterassurance.rules.internal;

import io.charterassurance.model.evidence.Evidence;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/**
 * How findings write numbers, dates, ages and titles for a board to read: thousands separators,
 * pounds, nouns with their counts, "less than a month old", and a document's title before its id.
 * Independent of the default locale, so reports are the same on every machine.
 */
public final class Words {
  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

  private Words() {}

  /** An amount of money: {@code 60000} is "£60,000"; {@code 1250.5} is "£1,250.50"; under £10 always with pence ("£1.00"). */
  public static String pounds(BigDecimal amount) {
    BigDecimal whole = amount.setScale(0, RoundingMode.HALF_UP);
    boolean pence = amount.compareTo(whole) != 0 || amount.abs().compareTo(BigDecimal.TEN) < 0;
    return "£" + (pence ? decimal(amount.setScale(2, RoundingMode.HALF_UP)) : decimal(whole));
  }

  /** A whole number with thousands separators: 12500 is "12,500". */
  public static String number(long n) {
    return grouped(Long.toString(n));
  }

  /** A decimal with thousands separators and no trailing zeros: 1250.50 is "1,250.5". */
  public static String number(BigDecimal n) {
    BigDecimal rounded = n.setScale(2, RoundingMode.HALF_UP);
    return decimal(rounded.signum() == 0 ? BigDecimal.ZERO : rounded.stripTrailingZeros());
  }

  /**
   * A decimal as written, its whole part grouped in thousands: "1,250.50". (Formats are written
   * out here rather than with {@code DecimalFormat}, which was a tenth of an assessment's time.)
   */
  private static String decimal(BigDecimal n) {
    String plain = n.toPlainString();
    int dot = plain.indexOf('.');
    return dot < 0 ? grouped(plain) : grouped(plain.substring(0, dot)) + plain.substring(dot);
  }

  /** Whole-number digits, perhaps after a minus sign, with a comma between each group of three. */
  private static String grouped(String digits) {
    int start = digits.startsWith("-") ? 1 : 0;
    int length = digits.length() - start;
    if (length <= 3) {
      return digits;
    }
    StringBuilder out = new StringBuilder(digits.length() + length / 3).append(digits, 0, start);
    int first = length % 3 == 0 ? 3 : length % 3;
    out.append(digits, start, start + first);
    for (int i = start + first; i < digits.length(); i += 3) {
      out.append(',').append(digits, i, i + 3);
    }
    return out.toString();
  }

  /** A count with its noun: {@code count(1, "group", "groups")} is "1 group", 1200 is "1,200 groups". */
  public static String count(long n, String one, String many) {
    return number(n) + " " + (n == 1 ? one : many);
  }

  /** A percentage with at most one decimal: 33.333 is "33.3%". */
  public static String percent(double value) {
    return number(BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_UP)) + "%";
  }

  /** A percentage as given: 12.50 is "12.5%". */
  public static String percent(BigDecimal value) {
    return number(value) + "%";
  }

  /** {@code part} as a percentage of {@code whole}; 0 when whole is 0. */
  public static double share(long part, long whole) {
    return whole <= 0 ? 0 : 100.0 * part / whole;
  }

  /** A date as people write it: "10 September 2025". */
  public static String date(LocalDate date) {
    return DATE.format(date);
  }

  /** How old something dated {@code date} is on {@code asAt}: "less than a month old", "1 month old", "3 years old". */
  static String age(LocalDate date, LocalDate asAt) {
    long months = ChronoUnit.MONTHS.between(date, asAt);
    if (months < 1) {
      return "less than a month old";
    }
    if (months < 24) {
      return count(months, "month", "months") + " old";
    }
    long years = months / 12;
    long rest = months % 12;
    return count(years, "year", "years") + (rest == 0 ? "" : " and " + count(rest, "month", "months")) + " old";
  }

  /** An item named by its title, then its id: “Community development strategy 2025-28” (strategy-2025). */
  public static String titled(Evidence item) {
    return "\u201c" + item.provenance().title().strip() + "\u201d (" + item.id() + ")";
  }

  /**
   * "a" or "an" before a noun, by how it is said: "an Integrated Care Board", "an NHS Trust" (an
   * initialism said letter by letter), "a Health and Wellbeing Board", "a university".
   */
  public static String article(String noun) {
    String n = noun.strip();
    String first = n.split("[ (]", 2)[0];
    boolean initialism = first.length() > 1 && first.equals(first.toUpperCase(Locale.ROOT)) && first.chars().allMatch(Character::isLetter);
    boolean vowelSound = initialism
        ? "AEFHILMNORSX".indexOf(first.charAt(0)) >= 0
        : !n.isEmpty() && "aeiouAEIOU".indexOf(n.charAt(0)) >= 0
            && !n.toLowerCase(Locale.ROOT).startsWith("uni") && !n.toLowerCase(Locale.ROOT).startsWith("eu");
    return (vowelSound ? "an " : "a ") + n;
  }

  /**
   * A kind of organisation as it reads inside a sentence: proper names keep their capitals
   * ("Integrated Care Board", "NHS Trust"); common nouns do not ("local authority (public
   * health)", "national body").
   */
  public static String kind(io.charterassurance.model.organisation.OrganisationKind kind) {
    String label = kind.label();
    String[] words = label.split(" ");
    for (int i = 1; i < words.length; i++) {
      if (!words[i].isEmpty() && Character.isUpperCase(words[i].charAt(0))) {
        return label;
      }
    }
    return words.length > 1 ? Character.toLowerCase(label.charAt(0)) + label.substring(1) : label;
  }

  /** The first day of a financial year written "2025/26": 1 April 2025. */
  static LocalDate yearStart(String financialYear) {
    return LocalDate.of(Integer.parseInt(financialYear.substring(0, 4)), 4, 1);
  }

  /** The last day of a financial year written "2025/26": 31 March 2026. */
  static LocalDate yearEnd(String financialYear) {
    return yearStart(financialYear).plusYears(1).minusDays(1);
  }

  /** The financial year a date falls in, as "2025/26". */
  static String financialYearOf(LocalDate date) {
    int start = date.getMonthValue() >= 4 ? date.getYear() : date.getYear() - 1;
    return start + "/" + String.format(Locale.ROOT, "%02d", (start + 1) % 100);
  }

  /** Lower-cases the first letter, unless the first word is an initialism ("JSNAA", "VCSE"). */
  static String uncapitalise(String text) {
    String first = text.split(" ", 2)[0];
    boolean initialism = first.length() > 1 && first.equals(first.toUpperCase(Locale.ROOT));
    return text.isEmpty() || initialism ? text : Character.toLowerCase(text.charAt(0)) + text.substring(1);
  }

  /** Capitalises the first letter. */
  static String capitalise(String text) {
    return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }
}
