package io.charterassurance.rules.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.charterassurance.model.organisation.OrganisationKind;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Findings are written for a board to read: numbers, money, ages, articles and kinds. */
class WordsTests {
  @Test
  void moneyHasThousandsSeparatorsAndPenceOnlyWhereTheyMatter() {
    assertThat(Words.pounds(new BigDecimal("60000"))).isEqualTo("£60,000");
    assertThat(Words.pounds(new BigDecimal("1250.5"))).isEqualTo("£1,250.50");
    assertThat(Words.pounds(BigDecimal.ONE)).isEqualTo("£1.00");
    assertThat(Words.pounds(new BigDecimal("50"))).isEqualTo("£50");
  }

  @Test
  void countsCarryTheirNounInTheRightNumber() {
    assertThat(Words.count(1, "group", "groups")).isEqualTo("1 group");
    assertThat(Words.count(1200, "group", "groups")).isEqualTo("1,200 groups");
    assertThat(Words.count(0, "ward", "wards")).isEqualTo("0 wards");
  }

  @Test
  void agesReadAsPeopleSayThem() {
    LocalDate asAt = LocalDate.of(2026, 3, 31);
    assertThat(Words.age(LocalDate.of(2026, 3, 20), asAt)).isEqualTo("less than a month old");
    assertThat(Words.age(LocalDate.of(2026, 2, 28), asAt)).isEqualTo("1 month old");
    assertThat(Words.age(LocalDate.of(2019, 1, 31), asAt)).isEqualTo("7 years and 2 months old");
    assertThat(Words.age(LocalDate.of(2024, 3, 31), asAt)).isEqualTo("2 years old");
  }

  @Test
  void articlesFollowHowTheNounIsSaid() {
    assertThat(Words.article("Integrated Care Board")).isEqualTo("an Integrated Care Board");
    assertThat(Words.article("NHS Trust")).isEqualTo("an NHS Trust");
    assertThat(Words.article("Health and Wellbeing Board")).isEqualTo("a Health and Wellbeing Board");
    assertThat(Words.article("university")).isEqualTo("a university");
    assertThat(Words.article("engagement plan")).isEqualTo("an engagement plan");
  }

  @Test
  void kindsOfOrganisationKeepCapitalsOnlyWhenTheyAreNames() {
    assertThat(Words.kind(OrganisationKind.ICB)).isEqualTo("Integrated Care Board");
    assertThat(Words.kind(OrganisationKind.HEALTH_AND_WELLBEING_BOARD)).isEqualTo("Health and Wellbeing Board");
    assertThat(Words.kind(OrganisationKind.NHS_FOUNDATION_TRUST)).isEqualTo("NHS Foundation Trust");
    assertThat(Words.kind(OrganisationKind.LOCAL_AUTHORITY)).isEqualTo("local authority (public health)");
    assertThat(Words.kind(OrganisationKind.NATIONAL_BODY)).isEqualTo("national body");
  }

  @Test
  void financialYearsAreReadFromTheirFirstYear() {
    assertThat(Words.yearEnd("2024/25")).isEqualTo(LocalDate.of(2025, 3, 31));
    assertThat(Words.financialYearOf(LocalDate.of(2026, 3, 31))).isEqualTo("2025/26");
    assertThat(Words.financialYearOf(LocalDate.of(2026, 4, 1))).isEqualTo("2026/27");
  }

  @org.junit.jupiter.api.Test
  void writesNumbersExactlyAsTheUkDecimalFormatWould() {
    java.util.Random random = new java.util.Random(20261203);
    java.text.DecimalFormat whole = new java.text.DecimalFormat("#,##0", java.text.DecimalFormatSymbols.getInstance(java.util.Locale.UK));
    java.text.DecimalFormat decimal = new java.text.DecimalFormat("#,##0.##", java.text.DecimalFormatSymbols.getInstance(java.util.Locale.UK));
    java.text.DecimalFormat pence = new java.text.DecimalFormat("#,##0.00", java.text.DecimalFormatSymbols.getInstance(java.util.Locale.UK));
    for (java.text.DecimalFormat f : List.of(whole, decimal, pence)) {
      f.setRoundingMode(java.math.RoundingMode.HALF_UP);
    }
    for (int i = 0; i < 20_000; i++) {
      long n = switch (i % 4) {
        case 0 -> random.nextInt(10_000);
        case 1 -> random.nextLong();
        case 2 -> -random.nextInt(1_000_000);
        default -> (long) Math.pow(10, random.nextInt(18));
      };
      assertThat(Words.number(n)).as("%d", n).isEqualTo(whole.format(n));
      BigDecimal d = BigDecimal.valueOf(random.nextLong() % 100_000_000_000L, random.nextInt(7) - 2);
      if (d.signum() > 0 || d.setScale(2, java.math.RoundingMode.HALF_UP).signum() != 0) {
        assertThat(Words.number(d)).as("%s", d).isEqualTo(decimal.format(d));
      }
      BigDecimal money = d.abs();
      BigDecimal rounded = money.setScale(0, java.math.RoundingMode.HALF_UP);
      boolean withPence = money.compareTo(rounded) != 0 || money.compareTo(BigDecimal.TEN) < 0;
      assertThat(Words.pounds(money)).as("%s", money).isEqualTo("£" + (withPence ? pence : whole).format(money));
    }
  }

  @org.junit.jupiter.api.Test
  void aNumberThatRoundsToZeroIsZeroWithoutASign() {
    assertThat(Words.number(new BigDecimal("-0.001"))).isEqualTo("0");
    assertThat(Words.number(new BigDecimal("1E+3"))).isEqualTo("1,000");
    assertThat(Words.number(new BigDecimal("1250.50"))).isEqualTo("1,250.5");
  }
}
