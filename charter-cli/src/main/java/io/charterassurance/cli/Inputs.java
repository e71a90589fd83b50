package io.charterassurance.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/** Expands the command line's files and directories into the submission files to read. */
final class Inputs {
  private Inputs() {}

  /** Whether a file name looks like a submission: {@code .json}, {@code .yaml} or {@code .yml}. */
  static boolean isSubmission(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    return name.endsWith(".json") || name.endsWith(".yaml") || name.endsWith(".yml");
  }

  /**
   * Files as given, and for each directory the submission files under it, sorted by path. A path
   * that does not exist is kept, so that reading it reports "no such file".
   */
  static List<Path> expand(List<Path> paths) {
    List<Path> out = new ArrayList<>();
    for (Path path : paths) {
      if (Files.isDirectory(path)) {
        try (Stream<Path> walk = Files.walk(path)) {
          walk.filter(Files::isRegularFile).filter(Inputs::isSubmission).sorted().forEach(out::add);
        } catch (IOException e) {
          throw new UncheckedIOException("the directory " + path + " could not be listed", e);
        }
      } else {
        out.add(path);
      }
    }
    return out;
  }
}
