package io.charterassurance.model.io;

import com.fasterxml.classmate.ResolvedType;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.victools.jsonschema.generator.Option;
import com.github.victools.jsonschema.generator.OptionPreset;
import com.github.victools.jsonschema.generator.SchemaGenerator;
import com.github.victools.jsonschema.generator.SchemaGeneratorConfigBuilder;
import com.github.victools.jsonschema.generator.SchemaVersion;
import com.github.victools.jsonschema.module.jackson.JacksonModule;
import com.github.victools.jsonschema.module.jackson.JacksonOption;
import com.github.victools.jsonschema.module.jakarta.validation.JakartaValidationModule;
import com.github.victools.jsonschema.module.jakarta.validation.JakartaValidationOption;
import io.charterassurance.model.submission.Submission;
import java.util.Map;

/**
 * The JSON Schema (draft 2020-12) of a submission, generated from the model's records, Jackson
 * annotations and Bean Validation constraints, so it can never drift from what {@link
 * SubmissionReader} accepts. The published copy is {@code schema/submission.schema.json}; a test
 * fails when it differs from what this class generates.
 *
 * <p>The schema checks shape and single-field rules. Cross-field rules (unique evidence ids,
 * dates not after the as-at date, approvals with an approving body) are only checked by {@link
 * SubmissionReader}.
 */
public final class SubmissionSchema {
  /** The schema's title. */
  public static final String TITLE = "Charter Assurance submission";

  private SubmissionSchema() {}

  /** The schema as a JSON tree. */
  public static ObjectNode generate() {
    SchemaGeneratorConfigBuilder config =
        new SchemaGeneratorConfigBuilder(CharterJson.json(), SchemaVersion.DRAFT_2020_12, OptionPreset.PLAIN_JSON)
            .with(new JacksonModule(JacksonOption.RESPECT_JSONPROPERTY_REQUIRED, JacksonOption.FLATTENED_ENUMS_FROM_JSONPROPERTY))
            .with(new JakartaValidationModule(
                JakartaValidationOption.NOT_NULLABLE_FIELD_IS_REQUIRED,
                JakartaValidationOption.INCLUDE_PATTERN_EXPRESSIONS))
            .with(Option.FORBIDDEN_ADDITIONAL_PROPERTIES_BY_DEFAULT)
            .with(Option.PLAIN_DEFINITION_KEYS);
    // Maps (assets by ABCD category) are open objects whose keys are the enum's JSON names.
    config.forTypesInGeneral()
        .withAdditionalPropertiesResolver(scope -> scope.getType().isInstanceOf(Map.class)
            ? scope.getTypeParameterFor(Map.class, 1) : null)
        .withTypeAttributeOverride((node, scope, context) -> {
          if (scope.getType().isInstanceOf(Map.class)) {
            ResolvedType key = scope.getTypeParameterFor(Map.class, 0);
            if (key != null && key.getErasedType().isEnum()) {
              ArrayNode names = node.putObject("propertyNames").putArray("enum");
              CharterJson.externalNames(key.getErasedType()).forEach(names::add);
            }
          }
        });
    ObjectNode schema = new SchemaGenerator(config.build()).generateSchema(Submission.class);
    ObjectNode out = CharterJson.json().createObjectNode();
    out.set("$schema", schema.remove("$schema"));
    out.put("title", TITLE);
    out.put("description", "An organisation's evidence for the Charter for Community Development in Health, "
        + "as read by Charter Assurance. Generated from the model; do not edit by hand.");
    out.setAll(schema);
    return out;
  }

  /** The schema as indented JSON text, ending with a newline. */
  public static String text() {
    try {
      return CharterJson.json().writeValueAsString(generate()) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("the generated schema could not be written", e);
    }
  }
}
