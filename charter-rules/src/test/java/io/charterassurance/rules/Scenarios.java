package io.charterassurance.rules;

import io.charterassurance.model.io.CharterJson;
import io.charterassurance.model.submission.Submission;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Reads the scenario fixtures in {@code src/test/resources/scenarios}. */
final class Scenarios {
  private Scenarios() {}

  static Submission load(String name) {
    try (InputStream in = Scenarios.class.getResourceAsStream("/scenarios/" + name)) {
      if (in == null) {
        throw new IllegalArgumentException("no scenario fixture " + name);
      }
      return CharterJson.json().readValue(in, Submission.class);
    } catch (IOException e) {
      throw new UncheckedIOException("scenario fixture " + name + " could not be read", e);
    }
  }
}
