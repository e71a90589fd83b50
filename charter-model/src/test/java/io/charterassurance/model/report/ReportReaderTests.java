package io.charterassurance.model.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.charterassurance.model.evidence.EvidenceSource;
import io.charterassurance.model.io.CharterJson;
import io.charterassurance.model.io.Violation;
import io.charterassurance.model.evidence.EvidenceStatus;
import io.charterassurance.model.organisation.OrganisationKind;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reading JSON reports back: what was written reads back equal, and anything else is refused
 * with every problem's path, line and column.
 */
class ReportReaderTests {
  static final ReportReader READER = ReportReader.create();

  static Report assessed() {
    Finding met = new Finding("N1-CD-STRATEGY", "A community development strategy", CriterionStatus.MET, true,
        new BigDecimal("3"), new BigDecimal("100.0"), List.of("N1"), List.of("P1"), List.of("strategy-2025"),
        "An approved strategy\u001B[2J that is current.", List.of(), Confidence.HIGH, List.of("Approved by the board."),
        List.of(), List.of(), null);
    Finding waived = new Finding("A4-PB", "Participatory budgeting", CriterionStatus.NOT_APPLICABLE, false,
        new BigDecimal("1.50"), null, List.of("A4"), List.of("P4"), List.of(), "Does not apply.", List.of(), null,
        List.of(), List.of(), List.of(), null);
    return new Report(Report.FORMAT, new ReportSubject("QMF", "NHS North East London", OrganisationKind.ICB, List.of()),
        new BigDecimal("100.00"), new BandResult("leading", "Leading", new BigDecimal("80"), "leading", "Leading", List.of(), List.of()),
        new Tally(1, 0, 0, 0, 1, 0),
        List.of(new ScoreLine("P1", "Principle one", new BigDecimal("100.0"), new BigDecimal("3"), new Tally(1, 0, 0, 0, 0, 0),
            List.of("Met."))),
        List.of(new ScoreLine("A4", "Call A4", null, BigDecimal.ZERO, new Tally(0, 0, 0, 0, 1, 0), List.of())),
        List.of(met, waived),
        List.of(new EvidenceSummary("strategy-2025", "community-development-strategy", "Strategy", LocalDate.of(2025, 6, 1),
            EvidenceStatus.APPROVED, EvidenceSource.ORGANISATION, null, null)),
        List.of(),
        new ReportProvenance("2014", "a".repeat(64), "2026.12", "b".repeat(64), "charter-standard-2026.12", "c".repeat(64),
            "d".repeat(64), "0.1.0", LocalDate.of(2026, 3, 31)));
  }

  static Report invalid() {
    return new Report(Report.FORMAT, null, null, null, new Tally(0, 0, 0, 0, 0, 0), List.of(), List.of(), List.of(),
        List.of(), List.of(new Violation("broken.json", "$.asAt", 3, 9, "is required")),
        new ReportProvenance("2014", "a".repeat(64), "2026.12", "b".repeat(64), "charter-standard-2026.12", "c".repeat(64),
            "e".repeat(64), "0.1.0", null));
  }

  static String json(Object value) throws IOException {
    return CharterJson.json().writeValueAsString(value);
  }

  static ReportReader.Result read(String json) {
    return READER.read("report.json", json.getBytes(StandardCharsets.UTF_8));
  }

  @Nested
  class WhatWasWritten {
    @Test
    void readsBackEqualWithScalesAndEscapesKept() throws IOException {
      ReportReader.Result read = read(json(assessed()));
      assertThat(read.violations()).isEmpty();
      assertThat(read.reports()).containsExactly(assessed());
      assertThat(read.reports().get(0).findings().get(1).weight().toPlainString()).isEqualTo("1.50");
    }

    @Test
    void aBatchIsAnArrayAndReadsBackInOrder() throws IOException {
      assertThat(read(json(List.of(assessed(), invalid()))).reports()).containsExactly(assessed(), invalid());
    }

    @Test
    void theReportOfAnInvalidSubmissionReadsBackToo() throws IOException {
      assertThat(read(json(invalid())).reports()).containsExactly(invalid());
    }

    @Test
    void everyKeyIsWrittenAnAbsentValueAsNull() throws IOException {
      var tree = CharterJson.json().readTree(json(invalid()));
      assertThat(tree.has("subject")).isTrue();
      assertThat(tree.get("subject").isNull()).isTrue();
      assertThat(tree.get("band").isNull()).isTrue();
      assertThat(tree.get("provenance").get("asAt").isNull()).isTrue();
      var finding = CharterJson.json().readTree(json(assessed())).get("findings").get(1);
      assertThat(finding.get("score").isNull()).isTrue();
      assertThat(finding.get("confidence").isNull()).isTrue();
      assertThat(finding.get("waiver").isNull()).isTrue();
    }
  }

  @Nested
  class WhatIsRefused {
    @Test
    void anUnknownKeyNamesItsPathLineAndColumn() throws IOException {
      String text = json(assessed()).replace("\"mandatory\" : true", "\"mandatory\" : true,\n      \"mandtory\" : 1");
      var v = read(text).violations();
      assertThat(v).singleElement().satisfies(one -> {
        assertThat(one.path()).isEqualTo("$.findings[0].mandtory");
        assertThat(one.message()).startsWith("unknown property \"mandtory\"; did you mean \"mandatory\"?");
        assertThat(one.line()).isEqualTo(lineOf(text, "\"mandtory\""));
        assertThat(one.column()).isPositive();
      });
    }

    @Test
    void aMissingKeyIsRequiredEvenWhenItsValueMayBeNull() throws IOException {
      String text = json(invalid()).replace("  \"band\" : null,\n", "");
      assertThat(read(text).violations()).extracting(Violation::path, Violation::message)
          .containsExactly(org.assertj.core.groups.Tuple.tuple("$.band", "is required"));
    }

    @Test
    void aNullWhereAValueIsRequiredSaysSo() throws IOException {
      String text = json(assessed()).replace("\"title\" : \"A community development strategy\"", "\"title\" : null");
      assertThat(read(text).violations()).singleElement().satisfies(v -> {
        assertThat(v.path()).isEqualTo("$.findings[0].title");
        assertThat(v.message()).isEqualTo("must not be null");
      });
    }

    @Test
    void everyProblemIsReportedNotOnlyTheFirst() throws IOException {
      String text = json(assessed())
          .replace("\"status\" : \"met\"", "\"status\" : \"done\"")
          .replace("\"mandatory\" : false", "\"mandatory\" : \"no\"")
          .replace("\"code\" : \"QMF\"", "\"code\" : \"QMF\",\n    \"colour\" : \"green\"");
      var v = read(text).violations();
      assertThat(v).extracting(Violation::path)
          .containsExactly("$.findings[0].status", "$.findings[1].mandatory", "$.subject.colour");
      assertThat(v).allSatisfy(one -> {
        assertThat(one.source()).isEqualTo("report.json");
        assertThat(one.line()).isPositive();
        assertThat(one.column()).isPositive();
      });
      assertThat(v.get(0).message()).contains("expected one of met, partially-met").contains("\"done\"");
      assertThat(v.get(0).line()).isEqualTo(lineOf(text, "\"done\""));
    }

    @Test
    void anotherFormatIsRefusedNamingTheOneRead() throws IOException {
      String text = json(assessed()).replace(Report.FORMAT, "charter-assurance-report/9");
      assertThat(read(text).violations()).singleElement().hasToString(
          "report.json: $.format: is \"charter-assurance-report/9\"; this version reads reports in the format "
              + Report.FORMAT);
    }

    @Test
    void aSubmissionIsNotAReport() throws Exception {
      Path submission = Path.of(ReportReaderTests.class.getResource("/submissions/valid-minimal-board.json").toURI());
      assertThat(READER.read(submission).violations()).singleElement().satisfies(v -> {
        assertThat(v.path()).isEqualTo("$");
        assertThat(v.line()).isEqualTo(1);
        assertThat(v.message()).isEqualTo("has no \"format\", so it is not a report (expected a JSON report written by"
            + " `charter assess --format json`)");
      });
    }

    @Test
    void brokenJsonAndAnEmptyListSayWhatWasExpected() {
      assertThat(read("{\"format\": ").violations()).singleElement()
          .satisfies(v -> assertThat(v.message()).endsWith("(expected a JSON report written by `charter assess --format json`)"));
      assertThat(read("[]").violations()).singleElement().hasToString("report.json: $: is an empty list; expected a report");
    }

    @Test
    void aFileThatIsNotThereOrADirectoryIsAViolation(@TempDir Path dir) throws IOException {
      assertThat(READER.read(dir.resolve("gone.json")).violations()).singleElement()
          .hasToString(dir.resolve("gone.json") + ": $: no such file");
      assertThat(READER.read(dir).violations()).singleElement().hasToString(dir + ": $: is a directory, not a report");
      Path file = Files.writeString(dir.resolve("report.json"), json(assessed()));
      assertThat(READER.read(file).reports()).containsExactly(assessed());
    }
  }

  private static int lineOf(String text, String needle) {
    int at = text.indexOf(needle);
    return (int) text.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
  }
}
