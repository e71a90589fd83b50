package io.charterassurance.rules;

import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;

/**
 * A class path of an application's own that holds copies of the bundled catalogue, policy and
 * rule files (the source tree's, under the same names), for the builder methods that read from
 * the class path of a loader. The library's own class loader would not do: when the library runs
 * as a named module, as it does in these tests on the module path, it does not show the module's
 * resources to other code.
 */
final class ApplicationClassPath {
  private ApplicationClassPath() {}

  static ClassLoader loader() {
    try {
      return new URLClassLoader(new URL[] {Path.of("src", "main", "resources").toUri().toURL()}, null);
    } catch (MalformedURLException e) {
      throw new UncheckedIOException(e);
    }
  }
}
