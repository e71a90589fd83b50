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
import java.lang.annotation.Annotation;
import java.lang.reflect.Field;
import java.util.List;

/**
 * The JSON Schema (draft 2020-12) of a report as {@code charter assess --format json} writes it,
 * generated from the report records and their Jackson annotations, so it can never drift from what
 * is written and what {@link ReportReader} reads. The published copy is {@code
 * schema/report.schema.json}; a test fails when it differs from what this class generates.
 *
 * <p>Every key is required, as every key is written: a value the model marks {@code @Nullable}
 * may be {@code null}, and no other. The schema describes one report; a file written for several
 * submissions is a JSON array of them.
 */
public final class ReportSchema {
  /** The schema's title. */
  public static final String TITLE = "Charter Assurance report";

  private static final String NULLABLE = "org.jspecify.annotations.Nullable";

  private ReportSchema() {}

  /** The schema as a JSON tree. */
  public static ObjectNode generate() {
    SchemaGeneratorConfigBuilder config =
        new SchemaGeneratorConfigBuilder(CharterJson.json(), SchemaVersion.DRAFT_2020_12, OptionPreset.PLAIN_JSON)
            .with(new JacksonModule(JacksonOption.FLATTENED_ENUMS_FROM_JSONPROPERTY))
            .with(Option.FORBIDDEN_ADDITIONAL_PROPERTIES_BY_DEFAULT)
            .with(Option.PLAIN_DEFINITION_KEYS);
    config.forFields()
        .withRequiredCheck(field -> true)
        .withNullableCheck(ReportSchema::isNullable)
        .withEnumResolver(field -> field.getDeclaringType().getErasedType() == Report.class
            && field.getName().equals("format") ? List.of(Report.FORMAT) : null);
    ObjectNode schema = new SchemaGenerator(config.build()).generateSchema(Report.class);
    ObjectNode out = CharterJson.json().createObjectNode();
    out.set("$schema", schema.remove("$schema"));
    out.put("title", TITLE);
    out.put("description", "A readiness report of Charter Assurance (format " + Report.FORMAT + "): how far an "
        + "organisation puts the Charter for Community Development in Health into practice. Every key is present; "
        + "an absent value is null. A file written for several submissions is a JSON array of reports. "
        + "Generated from the model; do not edit by hand.");
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
