package io.charterassurance.model.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * Reads the bytes of an input file (a submission, a scoring policy, a criteria catalogue, a rule
 * file), refusing anything but a regular file before opening it (a named pipe would block, a
 * device such as {@code /dev/zero} never ends) and refusing a file larger than
 * {@link CharterJson#MAX_DOCUMENT_BYTES} while reading it, so neither a special file nor a file
 * that grows can make a reader hang or run out of memory.
 *
 * <pre>{@code
 * InputFile.Content content = InputFile.read(path, "scoring policy");
 * if (content.isRefused()) {
 *   throw new IllegalArgumentException(path + " " + content.problem());
 * }
 * }</pre>
 */
public final class InputFile {
  /**
   * What reading gave: the bytes, or why there are none.
   *
   * @param bytes the file's bytes; empty when refused
   * @param problem why the file was refused, a fragment read after the file's name (such as "is
   *     a directory, not a scoring policy file"); empty when read
   */
  public record Content(byte[] bytes, String problem) {
    static Content of(byte[] bytes) {
      return new Content(bytes, "");
    }

    static Content refused(String problem) {
      return new Content(new byte[0], problem);
    }

    /** Whether the file was refused, and {@link #problem()} says why. */
    public boolean isRefused() {
      return !problem.isEmpty();
    }
  }

  private InputFile() {}

  static Content read(Path file) {
    return read(file, "submission");
  }

  /**
   * Reads a regular file of at most {@link CharterJson#MAX_DOCUMENT_BYTES}, following links.
   *
   * @param file the file
   * @param what what the file should hold, for messages: "submission", "scoring policy"
   * @return the bytes, or the refusal; never throws for a file that cannot be read
   */
  public static Content read(Path file, String what) {
    Path target;
    try {
      // Resolves every link, so a link is judged by what it points at.
      target = file.toRealPath();
    } catch (NoSuchFileException e) {
      return Content.refused(Files.isSymbolicLink(file) ? "is a link to " + linkTarget(file) + ", which does not exist"
          : "no such file");
    } catch (AccessDeniedException e) {
      return Content.refused("cannot be read: permission denied");
    } catch (IOException e) {
      return Content.refused("cannot be read: " + reason(e));
    }
    String via = Files.isSymbolicLink(file) ? target.toString() : "";
    BasicFileAttributes attributes;
    try {
      attributes = Files.readAttributes(target, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
    } catch (AccessDeniedException e) {
      return Content.refused("cannot be read: permission denied");
    } catch (IOException e) {
      return Content.refused("cannot be read: " + reason(e));
    }
    if (attributes.isDirectory()) {
      return Content.refused(via.isEmpty() ? "is a directory, not a " + what + " file"
          : "is a link to " + via + ", which is a directory, not a " + what + " file");
    }
    if (!attributes.isRegularFile()) {
      String kind = kindOf(target);
      return Content.refused((via.isEmpty() ? "is " + kind : "is a link to " + via + ", which is " + kind)
          + ", not a regular file; a " + what + " is read only from a regular file");
    }
    long max = CharterJson.MAX_DOCUMENT_BYTES;
    if (attributes.size() > max) {
      return Content.refused(tooLarge(attributes.size(), what));
    }
    try (InputStream in = Files.newInputStream(target)) {
      // One byte more than the limit tells a file at the limit from a larger one, however it grew.
      byte[] bytes = in.readNBytes((int) max + 1);
      if (bytes.length > max) {
        return Content.refused("is larger than " + max + " bytes (16 MiB), the largest " + what + " accepted");
      }
      return Content.of(bytes);
    } catch (AccessDeniedException e) {
      return Content.refused("cannot be read: permission denied");
    } catch (IOException e) {
      return Content.refused("cannot be read: " + reason(e));
    }
  }

  static String tooLarge(long size, String what) {
    return "is " + size + " bytes; the largest " + what + " accepted is " + CharterJson.MAX_DOCUMENT_BYTES
        + " bytes (16 MiB)";
  }

  /**
   * What a path that is neither a regular file nor a directory is, following links: "a named
   * pipe", "a character device", "a block device", "a socket", from the Unix file mode where the
   * platform gives it, else "neither a file nor a directory". The one wording every module uses.
   */
  public static String kindOf(Path path) {
    try {
      if (Files.getAttribute(path, "unix:mode") instanceof Integer mode) {
        switch (mode & 0170000) {
          case 0010000:
            return "a named pipe";
          case 0020000:
            return "a character device";
          case 0060000:
            return "a block device";
          case 0140000:
            return "a socket";
          default:
            break;
        }
      }
    } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
      // No Unix view on this platform: say only what is known.
    }
    return "neither a file nor a directory";
  }

  private static String linkTarget(Path link) {
    try {
      return Files.readSymbolicLink(link).toString();
    } catch (IOException | UnsupportedOperationException e) {
      return "a missing file";
    }
  }

  /**
   * Why a file operation failed, in words, as the operating system put it: "permission denied",
   * "No space left on device", "Read-only file system", "FILE does not exist". The one wording
   * every module uses.
   */
  public static String reason(IOException e) {
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof NoSuchFileException missing) {
      return missing.getFile() == null ? "no such file" : missing.getFile() + " does not exist";
    }
    if (e instanceof NotDirectoryException) {
      return "not a directory";
    }
    if (e instanceof FileSystemException f && f.getReason() != null) {
      return f.getReason();
    }
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }
}
