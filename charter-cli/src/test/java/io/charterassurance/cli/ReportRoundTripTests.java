package io.charterassurance.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import io.charterassurance.model.io.CharterJson;
import io.charterassurance.model.report.ReportReader;
import io.charterassurance.model.report.ReportSchema;
import io.charterassurance.model.io.SubmissionReader;
import io.charterassurance.model.report.Report;
import io.charterassurance.report.ReportFormat;
import io.charterassurance.report.ReportWriter;
import io.charterassurance.rules.Assessor;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * A JSON report is the whole report: read back ({@link ReportReader}) it renders in every format
 * byte for byte as the report it was written from, and it passes the published report schema. Run
 * over the golden reports' scenarios, the five example evidence sets and every invalid submission
 * fixture of the model.
 */
class ReportRoundTripTests {
  static final Path GOLDEN = Path.of("..", "charter-rules", "src", "test", "resources", "golden");
  static final Path PUBLISHED_SCHEMA = Path.of("..", "schema", "report.schema.json");
  /** The model's fixtures are dated up to 2026; "not in the future" is judged on 1 December 2026, as there. */
  static final SubmissionReader READER =
      SubmissionReader.create(Clock.fixed(Instant.parse("2026-12-01T12:00:00Z"), ZoneOffset.UTC));
  static final JsonSchema SCHEMA;

  static {
    try {
      SCHEMA = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
          .getSchema(CharterJson.json().readTree(PUBLISHED_SCHEMA.toFile()));
    } catch (IOException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  /** One submission file: a golden report's scenario, an example, or an invalid fixture. */
  static List<Path> submissions() throws IOException {
    List<Path> out = new ArrayList<>();
    try (Stream<Path> golden = Files.list(GOLDEN)) {
      golden.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".report.json")).sorted()
          .forEach(n -> out.add(Cli.SCENARIOS.resolve(n.replace(".report.json", ".json"))));
    }
    try (Stream<Path> examples = Files.list(Cli.EXAMPLES)) {
      examples.filter(p -> p.toString().endsWith(".json")).sorted().forEach(out::add);
    }
    try (Stream<Path> fixtures = Files.list(Cli.FIXTURES)) {
      fixtures.filter(p -> p.getFileName().toString().startsWith("invalid-"))
          .filter(p -> p.toString().endsWith(".json") || p.toString().endsWith(".yaml")).sorted().forEach(out::add);
    }
    return out;
  }

  @Test
  @DisplayName("The runs below cover three golden scenarios, five examples and more than twenty invalid submissions")
  void theRunsCoverGoldensExamplesAndInvalidSubmissions() throws IOException {
    List<Path> all = submissions();
    assertThat(all).filteredOn(p -> p.startsWith(Cli.SCENARIOS)).hasSize(3);
    assertThat(all).filteredOn(p -> p.startsWith(Cli.EXAMPLES)).hasSize(5);
    assertThat(all).filteredOn(p -> p.startsWith(Cli.FIXTURES)).hasSizeGreaterThan(20);
  }

  @TestFactory
  @DisplayName("A report read back from its JSON renders in every format byte for byte as the report itself")
  Stream<DynamicTest> aReportReadBackRendersAsTheReportItself() throws IOException {
    Assessor assessor = Assessor.standard();
    return submissions().stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> {
      Report original = assessor.assess(READER.read(file));
      byte[] json = ReportWriter.of(ReportFormat.JSON).bytes(List.of(original));
      ReportReader.Result read = ReportReader.create().read(file + ".report.json", json);
      assertThat(read.violations()).isEmpty();
      // Reports name a submission by its file name only (ReportWriter cuts violation sources).
      assertThat(read.reports()).containsExactly(fileNamesOnly(original));
      List<String> source = List.of(file.toString());
      for (ReportFormat format : ReportFormat.values()) {
        ReportWriter writer = ReportWriter.of(format).withSources(source);
        assertThat(writer.render(read.reports())).as(format.id()).isEqualTo(writer.render(List.of(original)));
      }
    }));
  }

  @TestFactory
  @DisplayName("Every report, of a valid submission or not, passes the published report schema, and so does a golden file")
  Stream<DynamicTest> everyReportPassesThePublishedSchema() throws IOException {
    Assessor assessor = Assessor.standard();
    Stream<DynamicTest> assessed = submissions().stream().map(file -> DynamicTest.dynamicTest(
        "report of " + file.getFileName(), () -> {
          Report report = assessor.assess(READER.read(file));
          JsonNode tree = CharterJson.json().readTree(ReportWriter.of(ReportFormat.JSON).bytes(List.of(report)));
          assertThat(SCHEMA.validate(tree)).isEmpty();
        }));
    List<Path> goldens;
    try (Stream<Path> files = Files.list(GOLDEN)) {
      goldens = files.filter(p -> p.toString().endsWith(".report.json")).sorted().toList();
    }
    Stream<DynamicTest> golden = goldens.stream().map(file -> DynamicTest.dynamicTest("golden " + file.getFileName(), () -> {
      assertThat(SCHEMA.validate(CharterJson.json().readTree(file.toFile()))).isEmpty();
      assertThat(ReportReader.create().read(file).violations()).isEmpty();
    }));
    return Stream.concat(assessed, golden);
  }

  @Test
  @DisplayName("The published report schema is the one the model generates")
  void thePublishedSchemaIsTheGeneratedOne() throws IOException {
    assertThat(Files.readString(PUBLISHED_SCHEMA)).isEqualTo(ReportSchema.text());
  }

  @Test
  @DisplayName("A report of an invalid submission keeps every key, its absent values null")
  void anInvalidSubmissionsReportKeepsEveryKey() throws IOException {
    Report report = assessor().assess(READER.read(Cli.FIXTURES.resolve("invalid-not-well-formed.json")));
    JsonNode tree = CharterJson.json().readTree(ReportWriter.of(ReportFormat.JSON).bytes(List.of(report)));
    assertThat(tree.fieldNames()).toIterable().containsExactly("format", "subject", "overall", "band", "tally",
        "principles", "calls", "findings", "evidence", "violations", "provenance", "interval", "nextSteps",
        "timeline", "notices");
    assertThat(tree.get("band").isNull()).isTrue();
    assertThat(tree.get("overall").isNull()).isTrue();
    assertThat(tree.get("provenance").has("asAt")).isTrue();
  }

  private static Report fileNamesOnly(Report r) {
    List<io.charterassurance.model.io.Violation> violations = r.violations().stream()
        .map(v -> new io.charterassurance.model.io.Violation(
            java.nio.file.Path.of(v.source()).getFileName().toString(), v.path(), v.line(), v.column(), v.message()))
        .toList();
    return new Report(r.format(), r.subject(), r.overall(), r.band(), r.tally(), r.principles(), r.calls(),
        r.findings(), r.evidence(), violations, r.provenance(), r.interval(), r.nextSteps(), r.timeline(), r.notices());
  }

  private static Assessor assessor() {
    return Assessor.standard();
  }
}
