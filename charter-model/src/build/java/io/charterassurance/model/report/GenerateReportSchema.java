package io.charterassurance.model.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.victools.jsonschema.generator.FieldScope;
import com.github.victools.jsonschema.generator.Option;
import com.github.victools.jsonschema.generator.OptionPreset;
import com.github.victools.jsonschema.generator.SchemaGenerator;
import com.github.victools.jsonschema.generator.SchemaGeneratorConfigBuilder;
import com.github.victools.jsonschema.generator.SchemaVersion;
import com.github.victools.jsonschema.module.jackson.JacksonModule;
import com.github.victools.jsonschema.module.jackson.JacksonOption;
import io.charterassurance.model.io.CharterJson;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Build step, not part of the library: generates the JSON Schema (draft 2020-12) of a report from
 * the report records and their Jackson annotations, and writes it into the library's class output,
 * where {@link ReportSchema} reads it, so the schema generator is not a run-time dependency. Run by
 * {@code GenerateSubmissionSchema} in the process-classes phase (see charter-model/pom.xml).
 */
public final class GenerateReportSchema {
  private static final String NULLABLE = "org.jspecify.annotations.Nullable";

  private GenerateReportSchema() {}

  /** Writes the schema under {@code classes}, the class output directory. */
  public static void write(Path classes) throws IOException {
    Path target = classes.resolve(ReportSchema.RESOURCE);
    Files.createDirectories(target.getParent());
    Files.writeString(target, CharterJson.json().writeValueAsString(generate()) + "\n", StandardCharsets.UTF_8);
  }

  /** The schema as a JSON tree. */
  static ObjectNode generate() {
    SchemaGeneratorConfigBuilder config =
        new SchemaGeneratorConfigBuilder(CharterJson.json(), SchemaVersion.DRAFT_2020_12, OptionPreset.PLAIN_JSON)
            .with(new JacksonModule(JacksonOption.FLATTENED_ENUMS_FROM_JSONPROPERTY))
            .with(Option.FORBIDDEN_ADDITIONAL_PROPERTIES_BY_DEFAULT)
            .with(Option.PLAIN_DEFINITION_KEYS);
    config.forFields()
        .withRequiredCheck(field -> true)
        .withNullableCheck(GenerateReportSchema::isNullable)
        .withEnumResolver(field -> field.getDeclaringType().getErasedType() == Report.class
            && field.getName().equals("format") ? List.of(Report.FORMAT) : null);
    ObjectNode schema = new SchemaGenerator(config.build()).generateSchema(Report.class);
    ObjectNode out = CharterJson.json().createObjectNode();
    out.set("$schema", schema.remove("$schema"));
    out.put("title", ReportSchema.TITLE);
    out.put("description", "A readiness report of Charter Assurance (format " + Report.FORMAT + "): how far an "
        + "organisation puts the Charter for Community Development in Health into practice. Every key is present; "
        + "an absent value is null. A file written for several submissions is a JSON array of reports. "
        + "Generated from the model; do not edit by hand.");
    out.setAll(schema);
    return out;
  }

  /** Whether the record component behind a field is marked {@code @Nullable} (a type-use annotation). */
  private static boolean isNullable(FieldScope field) {
    Field raw = field.getRawMember();
    for (Annotation a : raw.getAnnotatedType().getAnnotations()) {
      if (a.annotationType().getName().equals(NULLABLE)) {
        return true;
      }
    }
    return false;
  }
}
