package io.charterassurance.rules.internal;

import io.charterassurance.model.io.InputFile;
import io.charterassurance.rules.catalogue.CriteriaCatalogue;
import io.charterassurance.rules.catalogue.Criterion;
import io.charterassurance.rules.catalogue.RuleProblem;
import io.charterassurance.rules.catalogue.RuleSetException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * Reads rule files, from the class path or from files, turning every problem into a {@link
 * RuleProblem} with its source.
 */
public final class RuleFiles {
  /** Where the bundled rule files live: one per catalogue area. */
  static final String STANDARD_RULES = "io/charterassurance/rules/drl/";

  private RuleFiles() {}

  /** The bundled rule files, one per area of the catalogue, in catalogue order. */
  public static List<RuleSource> standard(CriteriaCatalogue catalogue) {
    List<RuleSource> out = new ArrayList<>();
    for (String area : new LinkedHashSet<>(catalogue.criteria().stream().map(Criterion::area).toList())) {
      String resource = STANDARD_RULES + area + ".drl";
      out.add(RuleSource.of(resource, bundled(resource)));
    }
    return out;
  }

  /**
   * A rule file from disk: a regular file of at most 16 MiB (a named pipe, a device or a
   * directory is refused before it is opened, and the size is enforced while reading).
   *
   * @throws RuleSetException if the file does not end in {@code .drl} or cannot be read
   */
  public static RuleSource file(Path file) {
    if (!file.getFileName().toString().endsWith(".drl")) {
      throw problem(file.toString(), "rule files must end in .drl");
    }
    InputFile.Content content = InputFile.read(file, "rule file");
    if (content.isRefused()) {
      throw problem(file.toString(), content.problem());
    }
    return RuleSource.of(file.toString(), content.bytes());
  }

  /**
   * A rule file from the class path of {@code loader}.
   *
   * @throws RuleSetException if there is no such resource or it cannot be read
   */
  public static RuleSource resource(ClassLoader loader, String resource) {
    try (InputStream in = loader.getResourceAsStream(resource)) {
      if (in == null) {
        throw problem(resource, "no such resource on the class path");
      }
      return RuleSource.of(resource, in.readAllBytes());
    } catch (IOException e) {
      throw problem(resource, "could not be read: " + e.getMessage());
    }
  }

  /** A resource of this library. */
  private static byte[] bundled(String resource) {
    // Through the class, not its loader: on the module path, the module encapsulates it.
    try (InputStream in = RuleFiles.class.getResourceAsStream("/" + resource)) {
      if (in == null) {
        throw new IllegalStateException("the bundled resource " + resource + " is missing from the class path");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new IllegalStateException("the bundled resource " + resource + " could not be read", e);
    }
  }

  private static RuleSetException problem(String source, String message) {
    return new RuleSetException(List.of(new RuleProblem(source, 0, 0, message)));
  }
}
