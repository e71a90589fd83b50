package io.charterassurance.model.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The published schema is the generated one, and an independent validator (networknt) agrees
 * with the reader on every fixture: valid ones pass, shape errors fail.
 */
class SchemaTests {
  /** The published copy, at the root of the repository. */
  static final Path PUBLISHED = Path.of("..", "schema", "submission.schema.json");

  private static final JsonSchema SCHEMA = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
      .getSchema(SubmissionSchema.tree());

  @Test
  void thePublishedSchemaIsTheGeneratedOne() throws IOException {
    String generated = SubmissionSchema.text();
    if (Boolean.getBoolean("schema.update")) {
      Files.createDirectories(PUBLISHED.getParent());
      Files.writeString(PUBLISHED, generated, StandardCharsets.UTF_8);
    }
    assertThat(PUBLISHED).as("regenerate with: ./mvnw -pl charter-model test -Dtest=SchemaTests -Dschema.update=true")
        .exists();
    assertThat(Files.readString(PUBLISHED, StandardCharsets.UTF_8)).isEqualTo(generated);
  }

  @Test
  void theSchemaIsDraft2020AndClosed() {
    JsonNode schema = SubmissionSchema.tree();
    assertThat(schema.get("$schema").asText()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
    assertThat(schema.get("additionalProperties").asBoolean()).isFalse();
    assertThat(schema.get("required")).extracting(JsonNode::asText).contains("organisation", "asAt", "period");
  }

  @TestFactory
  Stream<DynamicTest> everyValidFixturePassesTheSchema() {
    return Fixtures.named("valid-").stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(),
        () -> assertThat(errors(file)).isEmpty()));
  }

  @TestFactory
  Stream<DynamicTest> shapeErrorsFailTheSchemaToo() {
    return Stream.of("invalid-negative-hours.json", "invalid-misspelt-property.json", "invalid-misspelt-kind.json",
            "invalid-missing-kind.json", "invalid-unknown-status.json", "invalid-missing-as-at.json",
            "invalid-missing-count.json", "invalid-percent-over-100.json", "invalid-text-for-number.json",
            "invalid-null-evidence.json", "invalid-yaml-misspelt-property.yaml")
        .map(name -> DynamicTest.dynamicTest(name, () -> assertThat(errors(Fixtures.file(name))).isNotEmpty()));
  }

  static Set<ValidationMessage> errors(Path file) throws IOException {
    byte[] bytes = Files.readAllBytes(file);
    JsonNode node = SubmissionReader.Format.of(file.toString(), bytes) == SubmissionReader.Format.YAML
        ? CharterJson.yaml().readTree(bytes)
        : CharterJson.json().readTree(bytes);
    return SCHEMA.validate(node);
  }
}
