package io.charterassurance.model.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * Reads the bytes of a submission file, refusing anything but a regular file before opening it
 * (a named pipe would block, a device such as {@code /dev/zero} never ends) and refusing a file
 * larger than {@link CharterJson#MAX_DOCUMENT_BYTES} while reading it, so neither a special file
 * nor a file that grows can make the reader hang or run out of memory.
 */
final class SubmissionFile {
  /** What reading gave: the bytes, or why there are none (a fragment read after the file's name). */
  record Content(byte[] bytes, String problem) {
    static Content of(byte[] bytes) {
      return new Content(bytes, "");
    }

    static Content refused(String problem) {
      return new Content(new byte[0], problem);
    }

    boolean isRefused() {
      return !problem.isEmpty();
    }
  }

  private SubmissionFile() {}

  static Content read(Path file) {
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
      return Content.refused(via.isEmpty() ? "is a directory, not a submission file"
          : "is a link to " + via + ", which is a directory, not a submission file");
    }
    if (!attributes.isRegularFile()) {
      String what = specialKind(target);
      return Content.refused((via.isEmpty() ? "is " + what : "is a link to " + via + ", which is " + what)
          + ", not a regular file; a submission is read only from a regular file");
    }
    long max = CharterJson.MAX_DOCUMENT_BYTES;
    if (attributes.size() > max) {
      return Content.refused(tooLarge(attributes.size()));
    }
    try (InputStream in = Files.newInputStream(target)) {
      // One byte more than the limit tells a file at the limit from a larger one, however it grew.
      byte[] bytes = in.readNBytes((int) max + 1);
      if (bytes.length > max) {
        return Content.refused("is larger than " + max + " bytes (16 MiB), the largest submission accepted");
      }
      return Content.of(bytes);
    } catch (AccessDeniedException e) {
      return Content.refused("cannot be read: permission denied");
    } catch (IOException e) {
      return Content.refused("cannot be read: " + reason(e));
    }
  }

  static String tooLarge(long size) {
    return "is " + size + " bytes; the largest submission accepted is " + CharterJson.MAX_DOCUMENT_BYTES
        + " bytes (16 MiB)";
  }

  /** "a named pipe (FIFO)", "a device", "a socket": from the Unix file mode where the platform gives it. */
  private static String specialKind(Path target) {
    try {
      Object mode = Files.getAttribute(target, "unix:mode", LinkOption.NOFOLLOW_LINKS);
      if (mode instanceof Integer m) {
        switch (m & 0170000) {
          case 0010000:
            return "a named pipe (FIFO)";
          case 0020000:
          case 0060000:
            return "a device";
          case 0140000:
            return "a socket";
          default:
            break;
        }
      }
    } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
      // No Unix view on this platform: say only what is known.
    }
    return "a special file";
  }

  private static String linkTarget(Path link) {
    try {
      return Files.readSymbolicLink(link).toString();
    } catch (IOException | UnsupportedOperationException e) {
      return "a missing file";
    }
  }

  private static String reason(IOException e) {
    if (e instanceof FileSystemException f && f.getReason() != null) {
      return f.getReason();
    }
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }
}
