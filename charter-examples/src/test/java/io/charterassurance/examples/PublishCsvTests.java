package io.charterassurance.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** PublishCsv turns a folder of submissions into one CSV row per organisation. */
class PublishCsvTests {

  static List<Map<String, String>> rows(Path csv) throws IOException {
    try (MappingIterator<Map<String, String>> it = new CsvMapper().readerForMapOf(String.class)
        .with(CsvSchema.emptySchema().withHeader()).readValues(csv.toFile())) {
      return it.readAll();
    }
  }

  @Test
  void publishesOneRowPerOrganisationForTheEvidenceFolder(@TempDir Path dir) throws IOException {
    Path csv = dir.resolve("readiness.csv");

    PublishCsv.Batch batch = PublishCsv.publish(Examples.EVIDENCE, csv);

    assertThat(batch.skipped()).isEmpty();
    assertThat(batch.written()).isTrue();
    List<Map<String, String>> rows = rows(csv);
    assertThat(rows).hasSize(5);
    assertThat(rows).extracting(r -> r.get("code"))
        .containsExactly("E09000030", "QMF", "E09000012", "RQX", "E06000099"); // files sorted by name
    assertThat(rows).extracting(r -> r.get("source")).containsExactly(
        "hwb-tower-hamlets.json", "icb-north-east-london.json", "la-public-health.json", "trust-homerton.json",
        "weak-organisation.json");
    for (Map<String, String> row : rows) {
      var report = Examples.report(row.get("source"));
      assertThat(row.get("band")).as(row.get("source")).isEqualTo(report.band().id());
      assertThat(row.get("overall")).as(row.get("source")).isEqualTo(report.overall().toPlainString());
      assertThat(row.get("assessed")).isEqualTo("yes");
      assertThat(row.get("scoring_policy")).isEqualTo("charter-standard-2026.12");
    }
  }

  @Test
  void skipsAndReportsInvalidFilesAndStillPublishesTheRest(@TempDir Path dir) throws IOException {
    Path folder = Files.createDirectory(dir.resolve("submissions"));
    for (Path file : Examples.files()) {
      Files.copy(file, folder.resolve(file.getFileName()));
    }
    Files.writeString(folder.resolve("draft-board.yaml"), """
        organisation: {code: E09000030, name: Tower Hamlets Health and Wellbeing Board, kind: health-and-wellbeing-board}
        asAt: 2026-06-30
        period: {start: 2025-04-01, end: 2026-03-31}
        evidnce: []
        """, StandardCharsets.UTF_8);
    Files.writeString(folder.resolve("notes.txt"), "not a submission", StandardCharsets.UTF_8);
    Path csv = dir.resolve("readiness.csv");

    Examples.Run run = Examples.run((out, err) -> PublishCsv.run(List.of(folder.toString(), csv.toString()), out, err));

    assertThat(run.exitCode()).as("some files skipped").isEqualTo(1);
    assertThat(run.err()).contains("skipped " + folder.resolve("draft-board.yaml")).contains("evidnce");
    assertThat(run.err()).doesNotContain("notes.txt");
    assertThat(run.out()).contains("wrote 5 rows to " + csv + "; skipped 1")
        .contains("weak-organisation.json: Early (");
    assertThat(rows(csv)).hasSize(5);
  }

  @Test
  void writesNothingAndExitsTwoWhenNoFileIsValid(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("empty.json"), "{}", StandardCharsets.UTF_8);
    Path csv = dir.resolve("readiness.csv");

    Examples.Run run = Examples.run((out, err) -> PublishCsv.run(List.of(dir.toString(), csv.toString()), out, err));

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("nothing written");
    assertThat(csv).doesNotExist();
  }
}
