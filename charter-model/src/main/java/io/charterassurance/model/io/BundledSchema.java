package io.charterassurance.model.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Reads a JSON Schema the build generated into this module's jar (charter-model/src/build/java):
 * the one reader behind {@link SubmissionSchema} and {@link
 * io.charterassurance.model.report.ReportSchema}. Not for other resources: it reads only this
 * module's, through its own class, as the module path requires.
 */
public final class BundledSchema {
  private BundledSchema() {}

  /**
   * The schema at {@code resource} as indented JSON text, ending with a newline.
   *
   * @throws IllegalStateException if the jar lacks it (a build that skipped process-classes)
   */
  public static String text(String resource) {
    try (InputStream in = BundledSchema.class.getResourceAsStream("/" + resource)) {
      if (in == null) {
        throw new IllegalStateException("the bundled schema " + resource + " is missing from the class path");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("the bundled schema " + resource + " could not be read", e);
    }
  }

  /** The schema at {@code resource} as a JSON tree: a new copy on each call, which the caller may change. */
  public static ObjectNode tree(String resource) {
    try {
      return (ObjectNode) CharterJson.json().readTree(text(resource));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("the bundled schema " + resource + " is not JSON", e);
    }
  }
}
