package io.charterassurance.model.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The submission fixtures in {@code src/test/resources/submissions}. */
final class Fixtures {
  private Fixtures() {}

  static Path dir() {
    try {
      return Path.of(Fixtures.class.getResource("/submissions").toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  static Path file(String name) {
    return dir().resolve(name);
  }

  /** Fixture files whose names start with {@code prefix} and are JSON or YAML, sorted. */
  static List<Path> named(String prefix) {
    try (Stream<Path> files = Files.list(dir())) {
      return files
          .filter(p -> p.getFileName().toString().startsWith(prefix))
          .filter(p -> p.toString().endsWith(".json") || p.toString().endsWith(".yaml"))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
