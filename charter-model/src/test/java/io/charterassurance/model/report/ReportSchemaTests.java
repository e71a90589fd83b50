package io.charterassurance.model.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import io.charterassurance.model.io.CharterJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The published report schema is the generated one; it requires every key and allows null only
 * where the model does. (Every golden report, example report and report of an invalid submission
 * is checked against it by the command line's ReportRoundTripTests.)
 */
class ReportSchemaTests {
  /** The published copy, at the root of the repository. */
  static final Path PUBLISHED = Path.of("..", "schema", "report.schema.json");

  private static final JsonSchema SCHEMA = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
      .getSchema(ReportSchema.tree());

  @Test
  void thePublishedSchemaIsTheGeneratedOne() throws IOException {
    String generated = ReportSchema.text();
    if (Boolean.getBoolean("schema.update")) {
      Files.createDirectories(PUBLISHED.getParent());
      Files.writeString(PUBLISHED, generated, StandardCharsets.UTF_8);
    }
    assertThat(PUBLISHED).as("regenerate with: ./mvnw -pl charter-model test -Dtest=ReportSchemaTests -Dschema.update=true")
        .exists();
    assertThat(Files.readString(PUBLISHED, StandardCharsets.UTF_8)).isEqualTo(generated);
  }

  @Test
  void everyKeyIsRequiredAndTheFormatIsFixed() {
    JsonNode schema = ReportSchema.tree();
    assertThat(schema.get("$schema").asText()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
    assertThat(schema.get("additionalProperties").asBoolean()).isFalse();
    assertThat(schema.get("required")).extracting(JsonNode::asText).containsExactlyInAnyOrder("format", "subject",
        "overall", "band", "tally", "principles", "calls", "findings", "evidence", "violations", "provenance",
        "interval", "nextSteps", "timeline", "notices");
    assertThat(schema.get("properties").get("format").toString()).contains(Report.FORMAT);
  }

  @Test
  void reportsAsWrittenPassAndReportsWithAKeyMissingOrANullMisplacedFail() throws IOException {
    JsonNode assessed = CharterJson.json().readTree(ReportReaderTests.json(ReportReaderTests.assessed()));
    JsonNode invalid = CharterJson.json().readTree(ReportReaderTests.json(ReportReaderTests.invalid()));
    assertThat(SCHEMA.validate(assessed)).isEmpty();
    assertThat(SCHEMA.validate(invalid)).isEmpty();
    assertThat(SCHEMA.validate(((com.fasterxml.jackson.databind.node.ObjectNode) invalid.deepCopy()).without("band")))
        .isNotEmpty();
    var nullTitle = assessed.deepCopy();
    ((com.fasterxml.jackson.databind.node.ObjectNode) nullTitle.get("findings").get(0)).putNull("title");
    assertThat(SCHEMA.validate(nullTitle)).isNotEmpty();
  }
}
