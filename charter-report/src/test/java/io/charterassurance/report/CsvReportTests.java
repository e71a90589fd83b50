package io.charterassurance.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import io.charterassurance.model.organisation.Organisation;
import io.charterassurance.model.report.Report;
import io.charterassurance.model.submission.Submission;
import io.charterassurance.rules.Assessor;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The CSV for publication: one row per organisation, stable columns, safe in spreadsheets. */
class CsvReportTests {
  private static final ReportWriter CSV = ReportWriter.of(ReportFormat.CSV);

  private static List<List<String>> rows(String csv) throws IOException {
    try (MappingIterator<List<String>> it = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY)
        .readerForListOf(String.class).readValues(csv)) {
      return it.readAll();
    }
  }

  @Test
  void hasAHeaderAndOneRowPerOrganisationInStableColumns() throws IOException {
    List<Report> reports = List.of(Reports.of("icb-strong.json"), Reports.of("hwb-stale.json"));
    List<List<String>> rows = rows(CSV.withSources(List.of("icb.json", "hwb.json")).render(reports));
    assertThat(rows.get(0)).containsExactlyElementsOf(CsvRenderer.COLUMNS);
    assertThat(rows).hasSize(3);
    List<String> icb = rows.get(1);
    assertThat(icb.subList(0, 8)).containsExactly("QMF", "NHS North East London Integrated Care Board",
        "Integrated Care Board", "2026-03-31", "yes", "leading", "leading", reports.get(0).overall().toPlainString());
    assertThat(icb.get(CsvRenderer.COLUMNS.indexOf("scoring_policy"))).isEqualTo("charter-standard-2026.12");
    assertThat(icb.get(CsvRenderer.COLUMNS.indexOf("source"))).isEqualTo("icb.json");
    assertThat(rows.get(2).get(CsvRenderer.COLUMNS.indexOf("band"))).isEqualTo("developing");
  }

  @Test
  void givesTheConfidenceOfEachCriterionThatReliedOnEvidenceOneLineEach() throws IOException {
    Report report = Reports.of("icb-weak.json");
    List<String> row = rows(CSV.render(report)).get(1);
    List<String> expected = report.findings().stream().filter(f -> f.confidence() != null)
        .map(f -> f.criterion() + ": " + f.confidence().name().toLowerCase(java.util.Locale.ROOT)).toList();
    assertThat(expected).isNotEmpty();
    assertThat(row.get(CsvRenderer.COLUMNS.indexOf("confidence")).split(" \\| ")).containsExactlyElementsOf(expected);
    assertThat(row.get(CsvRenderer.COLUMNS.indexOf("raise_confidence"))).startsWith("N1-CD-STRATEGY: adoption of ");
  }

  @Test
  void neutralisesCellsASpreadsheetWouldRunAsAFormula() throws IOException {
    Submission s = Reports.submission("hwb-strong.json");
    for (String evil : List.of("=HYPERLINK(\"http://x\")", "+1+1", "-2+3", "@SUM(A1)")) {
      Organisation org = new Organisation(s.organisation().code(), evil, s.organisation().kind(), s.organisation().population(),
          s.organisation().wards(), List.of());
      Report report = Assessor.standard().assess(new Submission(org, s.asAt(), s.period(), s.evidence(), s.waivers()));
      String name = rows(CSV.render(report)).get(1).get(1);
      assertThat(name).isEqualTo("'" + evil);
    }
  }

  @Test
  void anInvalidSubmissionHasARowSayingSoWithNoScores() throws IOException {
    Submission s = Reports.submission("icb-strong.json");
    var waiver = new io.charterassurance.model.submission.Waiver("N9-NOPE", "x", "A", "B", "Regional Director",
        "NHS England London region", null, io.charterassurance.model.submission.AssurerKind.NHS_ENGLAND_REGION,
        java.time.LocalDate.parse("2026-01-01"), java.time.LocalDate.parse("2026-06-01"));
    Report invalid = Assessor.standard().assess(new Submission(s.organisation(), s.asAt(), s.period(), s.evidence(),
        List.of(waiver)));
    List<String> row = rows(CSV.render(invalid)).get(1);
    assertThat(row.get(CsvRenderer.COLUMNS.indexOf("assessed"))).isEqualTo("no");
    assertThat(row.get(CsvRenderer.COLUMNS.indexOf("overall"))).isEmpty();
    assertThat(row.get(CsvRenderer.COLUMNS.indexOf("violations"))).isEqualTo("1");
  }

  @Test
  void isWrittenAtomicallyAndIdenticallyEachTime(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("readiness.csv");
    List<Report> reports = List.of(Reports.of("trust-strong.json"));
    CSV.write(reports, file);
    byte[] first = Files.readAllBytes(file);
    CSV.write(reports, file);
    assertThat(Files.readAllBytes(file)).isEqualTo(first);
    try (var files = Files.list(dir)) {
      assertThat(files).containsExactly(file);
    }
  }
}
