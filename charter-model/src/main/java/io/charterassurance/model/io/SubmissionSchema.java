package io.charterassurance.model.io;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The JSON Schema (draft 2020-12) of a submission, generated from the model's records, Jackson
 * annotations and Bean Validation constraints, so it can never drift from what {@link
 * SubmissionReader} accepts. The build generates it (charter-model/src/build/java) and the jar
 * carries it, so the schema generator is not needed at run time. The published copy is {@code
 * schema/submission.schema.json}; a test fails when it differs from what the build generated.
 *
 * <p>The schema checks shape and single-field rules. Cross-field rules (unique evidence ids,
 * dates not after the as-at date, approvals with an approving body) are only checked by {@link
 * SubmissionReader}.
 */
public final class SubmissionSchema {
  /** The schema's title. */
  public static final String TITLE = "Charter Assurance submission";

  /** Where the build writes the schema, beside this class. */
  static final String RESOURCE = "io/charterassurance/model/io/submission.schema.json";

  private SubmissionSchema() {}

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
