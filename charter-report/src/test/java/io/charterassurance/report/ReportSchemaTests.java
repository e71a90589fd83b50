package io.charterassurance.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import io.charterassurance.model.io.CharterJson;
import io.charterassurance.model.io.SubmissionReader;
import io.charterassurance.model.report.Report;
import io.charterassurance.rules.Assessor;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The report's JSON Schema is generated from the model, published beside the submission's, and
 * an independent validator (networknt) accepts every report the JSON renderer writes with it:
 * the golden reports, every scenario's, and the report of an invalid submission.
 */
@DisplayName("The report schema")
class ReportSchemaTests {
  /** The published copy, at the root of the repository. */
  static final Path PUBLISHED = Path.of("..", "schema", "report.schema.json");
  private static final Path GOLDEN = Path.of("..", "charter-rules", "src", "test", "resources", "golden");

  private static final JsonSchema SCHEMA = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
      .getSchema(ReportSchema.generate());

  @Test
  @DisplayName("is published as generated (regenerate with -Dschema.update=true)")
  void thePublishedSchemaIsTheGeneratedOne() throws IOException {
    String generated = ReportSchema.text();
    if (Boolean.getBoolean("schema.update")) {
      Files.writeString(PUBLISHED, generated, StandardCharsets.UTF_8);
    }
    assertThat(PUBLISHED).as("regenerate with: ./mvnw -pl charter-report -am test -Dtest=ReportSchemaTests"
        + " -Dsurefire.failIfNoSpecifiedTests=false -Dschema.update=true").exists();
    assertThat(Files.readString(PUBLISHED, StandardCharsets.UTF_8)).isEqualTo(generated);
  }

  @Test
  @DisplayName("is draft 2020-12, closed, and requires what every report has")
  void isClosedAndRequiresTheFieldsEveryReportHas() {
    JsonNode schema = ReportSchema.generate();
    assertThat(schema.get("$schema").asText()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
    assertThat(schema.get("additionalProperties").asBoolean()).isFalse();
    assertThat(schema.get("required")).extracting(JsonNode::asText)
        .contains("format", "tally", "findings", "violations", "provenance")
        .doesNotContain("subject", "overall", "band");
  }

  @TestFactory
  @DisplayName("accepts every golden report")
  Stream<DynamicTest> acceptsEveryGoldenReport() throws IOException {
    List<Path> files;
    try (Stream<Path> listing = Files.list(GOLDEN)) {
      files = listing.filter(p -> p.toString().endsWith(".report.json")).sorted().toList();
    }
    assertThat(files).isNotEmpty();
    return files.stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(),
        () -> assertThat(SCHEMA.validate(CharterJson.json().readTree(file.toFile()))).isEmpty()));
  }

  @TestFactory
  @DisplayName("accepts the JSON report of every scenario")
  Stream<DynamicTest> acceptsEveryScenarioReport() throws IOException {
    List<Path> files;
    try (Stream<Path> listing = Files.list(Reports.SCENARIOS)) {
      files = listing.filter(p -> p.toString().endsWith(".json")).sorted().toList();
    }
    return files.stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(),
        () -> assertThat(SCHEMA.validate(json(Reports.of(file.getFileName().toString())))).isEmpty()));
  }

  @Test
  @DisplayName("accepts the report of an invalid submission, which has no subject, scores or band")
  void acceptsTheReportOfAnInvalidSubmission() throws IOException {
    Report report = Assessor.standard().assess(SubmissionReader.create()
        .read("broken.json", "{\"organisation\": ".getBytes(StandardCharsets.UTF_8)));
    assertThat(report.isAssessed()).isFalse();
    assertThat(SCHEMA.validate(json(report))).isEmpty();
  }

  @Test
  @DisplayName("refuses a report with a property the model does not have, or without a required one")
  void refusesWhatTheModelDoesNotWrite() throws IOException {
    JsonNode report = json(Reports.of("icb-strong.json"));
    ((com.fasterxml.jackson.databind.node.ObjectNode) report).put("score", 12);
    assertThat(SCHEMA.validate(report)).isNotEmpty();
    JsonNode without = json(Reports.of("icb-strong.json"));
    ((com.fasterxml.jackson.databind.node.ObjectNode) without).remove("tally");
    assertThat(SCHEMA.validate(without)).isNotEmpty();
  }

  private static JsonNode json(Report report) throws IOException {
    return CharterJson.json().readTree(ReportWriter.of(ReportFormat.JSON).render(report));
  }
}
