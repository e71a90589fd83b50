package io.charterassurance.model.io;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.MapperBuilder;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.util.Arrays;
import java.util.List;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * The one place the project's Jackson mappers are configured, so that every module reads and
 * writes the same JSON shape.
 *
 * <p>Reading is strict: unknown properties, duplicate keys, numbers where text is expected, nulls
 * inside lists, null or missing counts and trailing tokens are all errors; a missing boolean is
 * false. Untrusted input is bounded by {@link #LIMITS}.
 * Writing is deterministic: properties in declaration order, map keys sorted, ISO-8601 dates,
 * absent values omitted (except in a report, whose records write every key, {@code null} for an
 * absent value). Only record components (and declared properties) are written: helper
 * methods such as {@code Measure.isComplete()} are not.
 */
public final class CharterJson {

  /** Largest input document accepted, in bytes (also enforced by the reader on files). */
  public static final long MAX_DOCUMENT_BYTES = 16L * 1024 * 1024;

  /**
   * Largest JSON report read back ({@link io.charterassurance.model.report.ReportReader}): a report of one submission is a few
   * hundred kilobytes, and a file may hold a batch of them.
   */
  public static final long MAX_REPORT_BYTES = 64L * 1024 * 1024;

  /** Stream limits applied to every mapper: nesting depth, string length, number length. */
  public static final StreamReadConstraints LIMITS =
      StreamReadConstraints.builder()
          .maxNestingDepth(Limits.DEPTH)
          .maxStringLength(Limits.STRING)
          .maxNumberLength(Limits.NUMBER)
          .maxNameLength(Limits.NAME)
          .maxDocumentLength(MAX_DOCUMENT_BYTES)
          .build();

  private static final ObjectMapper JSON = configure(JsonMapper.builder(jsonFactory())).build();
  private static final ObjectMapper YAML = configure(YAMLMapper.builder(yamlFactory())).build();
  private static final ObjectMapper SUBMISSION_JSON =
      configure(JsonMapper.builder(jsonFactory())).addModule(new SubmissionModule()).build();
  private static final ObjectMapper SUBMISSION_YAML =
      configure(YAMLMapper.builder(yamlFactory())).addModule(new SubmissionModule()).build();

  private static final ObjectMapper REPORT_JSON = configure(JsonMapper.builder(JsonFactory.builder()
          .streamReadConstraints(StreamReadConstraints.builder()
              .maxNestingDepth(Limits.DEPTH)
              .maxStringLength(Limits.STRING)
              .maxNumberLength(Limits.NUMBER)
              .maxNameLength(Limits.NAME)
              .maxDocumentLength(MAX_REPORT_BYTES)
              .build())
          .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
          .enable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
          .build()))
      // A report writes every key (null for an absent value): one without a key is not a report.
      .enable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES)
      .withConfigOverride(List.class, o -> o.setSetterInfo(JsonSetter.Value.forValueNulls(Nulls.FAIL)))
      .build();

  private CharterJson() {}

  /** The shared JSON mapper. Thread-safe; do not reconfigure it. */
  public static ObjectMapper json() {
    return JSON;
  }

  /**
   * The shared YAML mapper, configured like {@link #json()}. It refuses YAML anchors and aliases
   * (Jackson would read an alias as its name) and bounds YAML scalars as JSON ones. Thread-safe; do
   * not reconfigure it.
   */
  public static ObjectMapper yaml() {
    return YAML;
  }

  /**
   * The mapper {@link SubmissionReader} reads JSON submissions with: {@link #json()} and, in
   * addition, numbers too long to write out refused and dates without a time
   * ({@link SubmissionModule}).
   */
  static ObjectMapper submissionJson() {
    return SUBMISSION_JSON;
  }

  /** The mapper {@link SubmissionReader} reads YAML submissions with, configured like {@link #submissionJson()}. */
  static ObjectMapper submissionYaml() {
    return SUBMISSION_YAML;
  }

  /**
   * The mapper {@link ReportReader} reads reports with: {@link #json()}, and in addition every key
   * must be present (an absent value is written as {@code null}), a list may not be null, and a
   * document may be as large as {@link #MAX_REPORT_BYTES}.
   */
  static ObjectMapper reportJson() {
    return REPORT_JSON;
  }

  /** An enum constant's JSON name: its {@code @JsonProperty} value, e.g. {@code health-and-wellbeing-board}. */
  public static String externalName(Enum<?> value) {
    try {
      JsonProperty property = value.getDeclaringClass().getField(value.name()).getAnnotation(JsonProperty.class);
      return property != null ? property.value() : value.name();
    } catch (NoSuchFieldException e) {
      throw new IllegalStateException("an enum constant without its field: " + value, e);
    }
  }

  /** The JSON names of an enum's constants, in declaration order. */
  public static List<String> externalNames(Class<?> enumType) {
    Object[] constants = enumType.getEnumConstants();
    if (constants == null) {
      throw new IllegalArgumentException(enumType + " is not an enum");
    }
    return Arrays.stream(constants).map(c -> externalName((Enum<?>) c)).toList();
  }

  /** The {@code kind} names of a polymorphic type's subtypes ({@code @JsonSubTypes}), sorted; empty if it has none. */
  public static List<String> subtypeNames(Class<?> base) {
    JsonSubTypes types = base.getAnnotation(JsonSubTypes.class);
    return types == null ? List.of()
        : Arrays.stream(types.value()).map(JsonSubTypes.Type::name).sorted().toList();
  }

  private static JsonFactory jsonFactory() {
    JsonFactory factory =
        JsonFactory.builder()
            .streamReadConstraints(LIMITS)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
            .build();
    return factory;
  }

  private static YAMLFactory yamlFactory() {
    LoaderOptions loader = new LoaderOptions();
    loader.setAllowDuplicateKeys(false);
    loader.setMaxAliasesForCollections(50);
    loader.setNestingDepthLimit(Limits.DEPTH);
    loader.setCodePointLimit((int) MAX_DOCUMENT_BYTES);
    return new YamlWithoutAliases(YAMLFactory.builder()
        .loaderOptions(loader)
        .streamReadConstraints(LIMITS)
        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
        .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES));
  }

  private static <M extends ObjectMapper, B extends MapperBuilder<M, B>> B configure(B builder) {
    return builder
        .addModule(new JavaTimeModule())
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        // A missing boolean means false; a missing count is caught by @JsonProperty(required = true),
        // and an explicit null count is an error rather than a silent 0.
        .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
        .withConfigOverride(int.class, o -> o.setSetterInfo(JsonSetter.Value.forValueNulls(Nulls.FAIL)))
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
        .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
        .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
        .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
        .enable(SerializationFeature.INDENT_OUTPUT)
        // "\n" on every platform, so reports are byte-identical everywhere.
        .defaultPrettyPrinter(new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n")))
        .disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
        .serializationInclusion(JsonInclude.Include.NON_NULL)
        // Convenience methods such as Measure.isComplete() are not properties.
        .visibility(PropertyAccessor.IS_GETTER, JsonAutoDetect.Visibility.NONE)
        .defaultSetterInfo(JsonSetter.Value.forContentNulls(Nulls.FAIL));
  }
}
