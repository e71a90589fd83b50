package io.charterassurance.cli;

import io.charterassurance.model.io.InputFile;
import io.charterassurance.model.io.CharterJson;
import io.charterassurance.model.io.ReadResult;
import io.charterassurance.model.io.SubmissionReader;
import io.charterassurance.model.io.Violation;
import io.charterassurance.model.report.Report;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryIteratorException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Expands the command line's files and directories into the submission files to read.
 *
 * <p>Only regular files are read, and symbolic links to them. A named pipe, a device or a socket
 * (or a link to one) is refused without being opened, so it can neither hang the run nor fill
 * the memory. A directory that cannot be listed does not stop the run: it is reported, and the
 * rest is read. In a directory, JSON reports written by {@code charter assess --format json} are
 * skipped, so a report written beside the submissions is not read as one on the next run.
 *
 * <p>{@code -} stands for standard input, read once, as far as the size limit of a file, and named
 * {@value #STDIN} in messages; whether it is JSON or YAML is told from its first character.
 */
final class Inputs {
  private static final int REPORT_SNIFF_BYTES = 512;
  private static final Pattern REPORT = Pattern.compile("\\A\\uFEFF?\\s*\\[?\\s*\\{\\s*\"format\"\\s*:\\s*\""
      + Pattern.quote(Report.FORMAT.substring(0, Report.FORMAT.indexOf('/') + 1)));

  private Inputs() {}

  /** The name standard input is given in messages and reports. */
  static final String STDIN = "<stdin>";

  /** The argument that stands for standard input. */
  static final String DASH = "-";

  /**
   * One input to read: a file, standard input, or a path refused before it was opened.
   *
   * @param path the path as the user gave it or as found in a directory ({@code -} for standard input)
   * @param refusal why it is not read, or null to read it
   * @param stdin whether it is standard input
   */
  record Input(Path path, @Nullable String refusal, boolean stdin) {
    Input(Path path, @Nullable String refusal) {
      this(path, refusal, false);
    }

    /** The name the input has in messages and reports: the path, or {@value #STDIN}. */
    String name() {
      return stdin ? STDIN : path.toString();
    }

    /** What the reader makes of the file, or the refusal as a violation of the whole document. */
    ReadResult read(SubmissionReader reader) {
      if (refusal != null) {
        return ReadResult.refused(name(), List.of(Violation.at(name(), "$", refusal)));
      }
      if (!stdin) {
        return reader.read(path);
      }
      byte[] bytes;
      try {
        // One byte more than the limit tells a document at the limit from a larger one.
        bytes = System.in.readNBytes((int) CharterJson.MAX_DOCUMENT_BYTES + 1);
      } catch (IOException e) {
        return ReadResult.refused(STDIN, List.of(Violation.at(STDIN, "$", "cannot be read: " + InputFile.reason(e))));
      }
      if (bytes.length > CharterJson.MAX_DOCUMENT_BYTES) {
        return ReadResult.refused(STDIN, List.of(Violation.at(STDIN, "$", "is larger than " + CharterJson.MAX_DOCUMENT_BYTES
            + " bytes (16 MiB), the largest submission accepted")));
      }
      // JSON or YAML is told from the content: a document that starts with { or [ is JSON.
      return reader.read(STDIN, bytes);
    }
  }

  /** Whether the command line names standard input ({@code -}). */
  static boolean namesStdin(List<Path> paths) {
    return paths.stream().anyMatch(p -> p.toString().equals(DASH));
  }

  /**
   * What the command line's paths expand to.
   *
   * @param inputs the files to read and the ones refused, in the order given (each directory's in path order)
   * @param unsearched directories (or entries) that could not be read, so any submissions in them were skipped
   */
  record Expansion(List<Input> inputs, List<Violation> unsearched) {
    Expansion {
      inputs = List.copyOf(inputs);
      unsearched = List.copyOf(unsearched);
    }

    /** Lists on stderr the paths that could not be searched, so the user knows the batch is incomplete. */
    void printUnsearched(PrintWriter err) {
      if (unsearched.isEmpty()) {
        return;
      }
      err.println("charter: " + unsearched.size() + (unsearched.size() == 1 ? " path" : " paths")
          + " could not be searched for submissions:");
      unsearched.forEach(v -> err.println("  " + Terminal.safe(v.toString())));
    }
  }

  /** Whether a file name looks like a submission: {@code .json}, {@code .yaml} or {@code .yml}. */
  static boolean isSubmission(Path file) {
    Path name = file.getFileName();
    if (name == null) {
      return false;
    }
    String lower = name.toString().toLowerCase(Locale.ROOT);
    return lower.endsWith(".json") || lower.endsWith(".yaml") || lower.endsWith(".yml");
  }

  /**
   * Files as given, and for each directory the submission files under it, sorted by path. A path
   * that does not exist is kept, so that reading it reports "no such file". Symbolic links to
   * directories inside a directory are not followed (a directory named on the command line is).
   */
  static Expansion expand(List<Path> paths) {
    List<Input> inputs = new ArrayList<>();
    List<Violation> unsearched = new ArrayList<>();
    boolean stdinRead = false;
    for (Path path : paths) {
      if (path.toString().equals(DASH)) {
        if (stdinRead) {
          throw new BadInput("- (standard input) is named more than once; it can be read only once");
        }
        stdinRead = true;
        inputs.add(new Input(path, null, true));
      } else if (Files.isDirectory(path)) {
        inputs.addAll(search(path, unsearched));
      } else {
        inputs.add(named(path));
      }
    }
    return new Expansion(inputs, unsearched);
  }

  /** A path named on the command line: read whatever its name, unless it is not a regular file or is a report. */
  private static Input named(Path path) {
    BasicFileAttributes target;
    try {
      target = Files.readAttributes(path, BasicFileAttributes.class);
    } catch (IOException e) {
      return new Input(path, null); // missing or unreadable: the reader says which
    }
    if (!target.isRegularFile()) {
      return new Input(path, notRegular(path));
    }
    if (isReport(path)) {
      return new Input(path, "is a report written by charter assess (" + Report.FORMAT
          + "), not a submission; `charter diff` compares two reports");
    }
    return new Input(path, null);
  }

  /** The submission files under a directory, depth first, without following links to directories. */
  private static List<Input> search(Path root, List<Violation> unsearched) {
    List<Input> found = new ArrayList<>();
    Deque<Path> pending = new ArrayDeque<>();
    pending.push(root);
    while (!pending.isEmpty()) {
      Path dir = pending.pop();
      try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
        for (Path entry : entries) {
          BasicFileAttributes attributes;
          try {
            attributes = Files.readAttributes(entry, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
          } catch (IOException e) {
            unsearched.add(Violation.at(entry.toString(), "$", "cannot be read (" + InputFile.reason(e) + "), so it was skipped"));
            continue;
          }
          if (attributes.isDirectory()) {
            pending.push(entry);
          } else if (isSubmission(entry)) {
            Input input = found(entry, attributes);
            if (input != null) {
              found.add(input);
            }
          }
        }
      } catch (IOException | DirectoryIteratorException e) {
        IOException cause = e instanceof DirectoryIteratorException d ? d.getCause() : (IOException) e;
        unsearched.add(Violation.at(dir.toString(), "$", "this directory cannot be read (" + InputFile.reason(cause)
            + "), so any submissions in it were skipped"));
      }
    }
    found.sort(Comparator.comparing(Input::path));
    return found;
  }

  /** An entry with a submission's name found in a directory; null when it is to be skipped. */
  private static @Nullable Input found(Path entry, BasicFileAttributes attributes) {
    if (attributes.isRegularFile()) {
      return isReport(entry) ? null : new Input(entry, null);
    }
    if (!attributes.isSymbolicLink()) {
      return new Input(entry, notRegular(entry));
    }
    BasicFileAttributes target;
    try {
      target = Files.readAttributes(entry, BasicFileAttributes.class);
    } catch (NoSuchFileException e) {
      return new Input(entry, "no such file: it is a symbolic link to " + linkTarget(entry) + ", which does not exist");
    } catch (IOException e) {
      return new Input(entry, "cannot be read: " + InputFile.reason(e));
    }
    if (target.isDirectory()) {
      return null; // links to directories are not followed
    }
    if (!target.isRegularFile()) {
      return new Input(entry, notRegular(entry));
    }
    return isReport(entry) ? null : new Input(entry, null);
  }

  /**
   * Why a file named as a report is not read when it exists and is neither a regular file nor a
   * directory (a pipe would hang the run, a device fill the memory), naming what it is; null
   * otherwise, for the reader to say what is wrong, if anything.
   */
  static @Nullable String specialFile(Path path) {
    return Files.exists(path) && !Files.isRegularFile(path) && !Files.isDirectory(path) ? notRegular(path) : null;
  }

  /** Why a path that is not a regular file is not read, naming what it is. */
  static String notRegular(Path path) {
    String what = InputFile.kindOf(path);
    if (Files.isSymbolicLink(path)) {
      what = "a symbolic link to " + linkTarget(path) + ", " + what;
    }
    return "not a regular file (" + what + "); only regular files are read";
  }

  private static String linkTarget(Path link) {
    try {
      return Files.readSymbolicLink(link).toString();
    } catch (IOException | UnsupportedOperationException e) {
      return "a path that cannot be read";
    }
  }

  /** Whether a regular file starts like a JSON report of {@code charter assess} (one object, or an array of them). */
  private static boolean isReport(Path file) {
    byte[] head;
    try (InputStream in = Files.newInputStream(file)) {
      head = in.readNBytes(REPORT_SNIFF_BYTES);
    } catch (IOException e) {
      return false; // the reader will say why it cannot be read
    }
    return REPORT.matcher(new String(head, StandardCharsets.UTF_8)).lookingAt();
  }
}
