package io.charterassurance.report;

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
import io.charterassurance.model.report.Report;
import java.lang.reflect.Field;
import org.jspecify.annotations.Nullable;

/**
 * The JSON Schema (draft 2020-12) of a readiness report as {@link ReportFormat#JSON} writes it,
 * generated from the model's report records and their Jackson mapping, so it cannot drift from
 * the reports. The published copy is {@code schema/report.schema.json}; a test fails when it
 * differs from what this class generates, and checks the golden reports against it.
 *
 * <p>A record component marked {@code @Nullable} may be absent or {@code null}; every other one
 * is required. No object allows properties the model does not have.
 */
public final class ReportSchema {
  /** The schema's title. */
  public static final String TITLE = "Charter Assurance readiness report";

  private ReportSchema() {}

  /** The schema as a JSON tree. */
  public static ObjectNode generate() {
    SchemaGeneratorConfigBuilder config =
        new SchemaGeneratorConfigBuilder(CharterJson.json(), SchemaVersion.DRAFT_2020_12, OptionPreset.PLAIN_JSON)
            .with(new JacksonModule(JacksonOption.FLATTENED_ENUMS_FROM_JSONPROPERTY))
            .with(Option.FORBIDDEN_ADDITIONAL_PROPERTIES_BY_DEFAULT)
            .with(Option.PLAIN_DEFINITION_KEYS);
    config.forFields()
        .withNullableCheck(ReportSchema::nullable)
        .withRequiredCheck(field -> !nullable(field));
    ObjectNode schema = new SchemaGenerator(config.build()).generateSchema(Report.class);
    ObjectNode out = CharterJson.json().createObjectNode();
    out.set("$schema", schema.remove("$schema"));
    out.put("title", TITLE);
    out.put("description", "A readiness report (" + Report.FORMAT + ") as Charter Assurance writes it in JSON. "
        + "Generated from the model; do not edit by hand.");
    out.setAll(schema);
    return out;
  }

  /** The schema as indented JSON text, ending with a newline. */
  public static String text() {
    try {
      return CharterJson.json().writeValueAsString(generate()) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("the generated report schema could not be written", e);
    }
  }

  /**
   * Whether a field may be null: JSpecify's {@code @Nullable} is a type-use annotation, so it sits
   * on the field's type (a record component's annotation goes to its field), not on the field.
   */
  private static boolean nullable(FieldScope field) {
    Field raw = field.getRawMember();
    return raw.getAnnotatedType().isAnnotationPresent(Nullable.class);
  }
}
