package io.charterassurance.model.report;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.charterassurance.model.io.BundledSchema;

/**
 * The JSON Schema (draft 2020-12) of a report as {@code charter assess --format json} writes it,
 * generated from the report records and their Jackson annotations, so it can never drift from what
 * is written and what {@link ReportReader} reads. The build generates it
 * (charter-model/src/build/java) and the jar carries it, so the schema generator is not needed at
 * run time. The published copy is {@code schema/report.schema.json}; a test fails when it differs
 * from what the build generated.
 *
 * <p>Every key is required, as every key is written: a value the model marks {@code @Nullable}
 * may be {@code null}, and no other. The schema describes one report; a file written for several
 * submissions is a JSON array of them.
 */
public final class ReportSchema {
  /** The schema's title. */
  public static final String TITLE = "Charter Assurance report";

  /** Where the build writes the schema, beside this class. */
  static final String RESOURCE = "io/charterassurance/model/report/report.schema.json";

  private ReportSchema() {}

  /** The schema as a JSON tree: a new copy on each call, which the caller may change. */
  public static ObjectNode tree() {
    return BundledSchema.tree(RESOURCE);
  }

  /**
   * The schema as indented JSON text, ending with a newline.
   *
   * @throws IllegalStateException if the jar lacks it (a build that skipped process-classes)
   */
  public static String text() {
    return BundledSchema.text(RESOURCE);
  }
}
