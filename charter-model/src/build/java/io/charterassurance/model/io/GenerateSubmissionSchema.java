package io.charterassurance.model.io;

import com.fasterxml.classmate.ResolvedType;
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
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Build step, not part of the library: generates the JSON Schema (draft 2020-12) of a submission
 * from the model's records, Jackson annotations and Bean Validation constraints, and writes it
 * into the library's class output, where {@link SubmissionSchema} reads it. Maven runs it in the
 * process-classes phase (see charter-model/pom.xml), so the schema the jar ships is always the
 * one its own classes give, and the schema generator (victools) is not a run-time dependency.
 *
 * <p>Usage: {@code GenerateSubmissionSchema CLASSES_DIR}.
 */
public final class GenerateSubmissionSchema {
  private GenerateSubmissionSchema() {}

  /** Writes the schema into {@code args[0]}, the class output directory. */
  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      System.err.println("usage: GenerateSubmissionSchema CLASSES_DIR");
      System.exit(2);
    }
    Path target = Path.of(args[0]).resolve(SubmissionSchema.RESOURCE);
    Files.createDirectories(target.getParent());
    Files.writeString(target, CharterJson.json().writeValueAsString(generate()) + "\n", StandardCharsets.UTF_8);
    // The report's schema too, with the same generator.
    io.charterassurance.model.report.GenerateReportSchema.write(Path.of(args[0]));
  }

  /** The schema as a JSON tree. */
  static ObjectNode generate() {
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
    out.put("title", SubmissionSchema.TITLE);
    out.put("description", "An organisation's evidence for the Charter for Community Development in Health, "
        + "as read by Charter Assurance. Generated from the model; do not edit by hand.");
    out.setAll(schema);
    return out;
  }
}
