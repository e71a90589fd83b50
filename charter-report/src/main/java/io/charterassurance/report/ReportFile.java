package io.charterassurance.report;

import io.charterassurance.model.io.InputFile;
import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystemException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFileAttributeView;
import java.security.SecureRandom;
import java.util.Collection;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A report file, written so that nobody ever sees half of it. {@link ReportWriter#write(java.util.List,
 * Path)} writes through one; a program that must refuse an unwritable destination before doing
 * any work (as the command line does) opens one first:
 *
 * <pre>{@code
 * try (ReportFile file = ReportFile.open(Path.of("readiness.html"), inputs)) {
 *   // ... assess ...
 *   file.write(ReportWriter.of(ReportFormat.HTML).bytes(reports));
 * }
 * }</pre>
 *
 * <p>A report too large to hold in memory, such as a {@linkplain ReportWriter#open batch} of
 * thousands, is written to its {@link #stream()} instead and put in place by {@link #commit()}.
 *
 * <p>The report goes to a hidden temporary file beside the target,
 * {@code .NAME.charter-PID-RANDOM.tmp}, which is synced and then renamed over the target. The
 * temporary is created when the output is opened, before any work, so an unwritable place is
 * refused at once with the reason; it is deleted if the run fails and when the JVM exits. A run
 * that was killed leaves one behind: the next run that writes into that directory deletes every
 * such temporary whose process is no longer alive (and the {@code .NAMEdigits.tmp} temporaries
 * that earlier versions left beside the same target).
 *
 * <ul>
 *   <li>A symbolic link is followed, to the end of its chain: the report replaces the file the
 *       link points to (creating it if the link dangles), and the link stays a link.
 *   <li>A new file gets the permissions the umask gives any new file; a file that is replaced
 *       keeps its permissions.
 *   <li>A character device or a named pipe ({@code /dev/stdout}, {@code /dev/null}, a process
 *       substitution) is written straight into, since it cannot be replaced.
 *   <li>A path that is one of the inputs is refused, so a report never replaces a submission.
 * </ul>
 */
public final class ReportFile implements Closeable {
  private static final int MAX_LINKS = 40;
  private static final Pattern TEMPORARY = Pattern.compile("\\..+\\.charter-(\\d+)-[0-9a-z]+\\.tmp");
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final int BUFFER = 1 << 16;

  private final Path given;
  private final Path target;
  private final @Nullable Path temporary;
  private @Nullable FileChannel channel;
  private @Nullable OutputStream device;
  private @Nullable OutputStream stream;
  private boolean finished;
  private boolean ready;

  private ReportFile(Path given, Path target, @Nullable Path temporary) {
    this.given = given;
    this.target = target;
    this.temporary = temporary;
  }

  /**
   * Why a path cannot or must not be written. The message is a fragment for the user, read after
   * "cannot write PATH: ", such as "it is a directory" or "it is one of the inputs; the report
   * would replace it".
   */
  public static final class Refused extends IOException {
    private static final long serialVersionUID = 1L;

    Refused(String message) {
      super(message);
    }
  }

  /**
   * Resolves the path, refuses one that cannot or must not be written, removes stale temporaries
   * beside it and creates this run's temporary.
   *
   * @param given the path as the user gave it
   * @param inputs every file the run reads: the output must be none of them
   * @throws Refused saying what is wrong, in words
   */
  public static ReportFile open(Path given, Collection<Path> inputs) throws Refused {
    return open(given, inputs, true);
  }

  /**
   * As {@link #open}, but without looking through the directory for temporaries that killed runs
   * left there: for a program that writes many report files into one directory (one per format and
   * submission), which would otherwise list the directory once per file. Open the first file there
   * with {@link #open}, which removes every such temporary of a process no longer alive, whatever
   * its target; then the others with this.
   *
   * @throws Refused saying what is wrong, in words
   */
  public static ReportFile openAnother(Path given, Collection<Path> inputs) throws Refused {
    return open(given, inputs, false);
  }

  private static ReportFile open(Path given, Collection<Path> inputs, boolean removeStale) throws Refused {
    Objects.requireNonNull(given, "given");
    Objects.requireNonNull(inputs, "inputs");
    BasicFileAttributes attributes;
    try {
      attributes = Files.readAttributes(given, BasicFileAttributes.class);
    } catch (AccessDeniedException e) {
      throw new Refused("permission denied");
    } catch (IOException e) {
      attributes = null; // absent, or a dangling link, or under something that is not a directory
    }
    if (attributes != null && attributes.isDirectory()) {
      throw new Refused("it is a directory");
    }
    if (attributes != null && attributes.isOther()) {
      String kind = InputFile.kindOf(given);
      if (kind.equals("a character device") || kind.equals("a named pipe")) {
        return new ReportFile(given, given, null);
      }
      throw new Refused("it is " + kind + "; a report is written to a regular file, a character device or a pipe");
    }
    Path target = resolve(given);
    for (Path input : inputs) {
      if (same(target, input)) {
        throw new Refused("it is " + (input.equals(given) ? "one of the inputs" : "the input " + input)
            + "; the report would replace it");
      }
    }
    Path directory = target.getParent();
    if (directory == null || !Files.exists(directory)) {
      throw new Refused("its directory does not exist");
    }
    if (!Files.isDirectory(directory)) {
      throw new Refused(directory + " is not a directory");
    }
    if (removeStale) {
      removeStaleTemporaries(directory, target.getFileName().toString());
    }
    return new ReportFile(given, target, createTemporary(directory, target.getFileName().toString()));
  }

  /** The file the report goes to: the path with every symbolic link of its last part followed. */
  public Path target() {
    return target;
  }

  /**
   * Writes the bytes: into the temporary, synced, given the replaced file's permissions, then
   * renamed over the target; or straight into a device or pipe. The same as writing them to
   * {@link #stream()}, then {@link #commit()}.
   *
   * @throws IllegalStateException if the report was already written, or the file closed
   * @throws IOException if they cannot be written; the temporary is removed and any old file kept
   */
  public void write(byte[] bytes) throws IOException {
    Objects.requireNonNull(bytes, "bytes");
    try {
      stream().write(bytes);
    } catch (IOException | RuntimeException e) {
      close();
      throw e;
    }
    commit();
  }

  /**
   * The stream the report is written to, for a report too large to hold in memory: the temporary
   * file (or the device or pipe), buffered. Nobody sees what is written until {@link #commit()};
   * if the run fails instead, {@link #close()} removes it and any old file is kept. Closing the
   * stream only flushes it. Every call gives the same stream.
   *
   * <pre>{@code
   * try (ReportFile file = ReportFile.open(Path.of("readiness.csv"), inputs)) {
   *   try (ReportWriter.Batch batch = ReportWriter.of(ReportFormat.CSV).open(file.stream())) {
   *     // ... batch.add(report, source) for each submission ...
   *   }
   *   file.commit();
   * }
   * }</pre>
   *
   * @throws IllegalStateException if the report was already committed, or the file closed
   * @throws IOException if the temporary (or the device or pipe) cannot be opened for writing
   */
  public OutputStream stream() throws IOException {
    if (finished) {
      throw new IllegalStateException("the report file " + given + " was already committed or closed");
    }
    if (ready) {
      throw new IllegalStateException("the report file " + given + " is ready: nothing more can be written to it");
    }
    OutputStream open = stream;
    if (open == null) {
      if (temporary == null) {
        device = Files.newOutputStream(given, StandardOpenOption.WRITE);
        open = new BufferedOutputStream(new Unclosable(device), BUFFER);
      } else {
        FileChannel opened = FileChannel.open(temporary, StandardOpenOption.WRITE,
            StandardOpenOption.TRUNCATE_EXISTING, LinkOption.NOFOLLOW_LINKS);
        channel = opened;
        open = new BufferedOutputStream(new Unclosable(Channels.newOutputStream(opened)), BUFFER);
      }
      stream = open;
    }
    return open;
  }

  /**
   * Makes what was written to {@link #stream()} the report: flushed, synced to disk, given the
   * replaced file's permissions, then renamed over the target in one step; or flushed and closed,
   * for a device or pipe. Nothing written gives an empty file.
   *
   * @throws IllegalStateException if the report was already committed, or the file closed
   * @throws IOException if it cannot be written; the temporary is removed and any old file kept
   */
  public void commit() throws IOException {
    if (finished) {
      throw new IllegalStateException("the report file " + given + " was already committed or closed");
    }
    try {
      if (!ready) {
        stream().flush();
        if (temporary == null) {
          device.close();
          return;
        }
        channel.force(true);
        channel.close();
      } else if (temporary == null) {
        device.close();
        return;
      }
      keepPermissions();
      try {
        Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      close();
    }
  }

  /**
   * Finishes what was written to {@link #stream()} without putting it in place: flushed, synced to
   * disk and closed, so that a program writing many report files (one per format and submission)
   * holds none of them open while it writes the next, and can put them all in place only once every
   * one is written. {@link #commit()} then only renames it over the target; {@link #close()} removes
   * it. For a device or pipe, only flushes.
   *
   * @throws IllegalStateException if the report was already committed, or the file closed
   * @throws IOException if it cannot be written; the temporary is removed and any old file kept
   */
  public void ready() throws IOException {
    if (finished) {
      throw new IllegalStateException("the report file " + given + " was already committed or closed");
    }
    if (ready) {
      return;
    }
    try {
      stream().flush();
      if (temporary != null) {
        channel.force(true);
        channel.close();
      }
      ready = true;
    } catch (IOException | RuntimeException e) {
      close();
      throw e;
    }
  }

  /**
   * Removes the temporary, if it is still there (the report was not committed: the run failed);
   * writes nothing. Does nothing after {@link #commit()}, or a second time.
   */
  @Override
  public void close() {
    finished = true;
    for (Closeable open : new Closeable[] {channel, device}) {
      try {
        if (open != null) {
          open.close();
        }
      } catch (IOException e) {
        // what was opened for writing is let go of; the temporary is removed below
      }
    }
    if (temporary != null) {
      try {
        Files.deleteIfExists(temporary);
      } catch (IOException e) {
        // deleteOnExit and the next run's clean-up remove it
      }
    }
  }

  /** A stream whose {@code close} only flushes: the report file closes what is underneath. */
  private static final class Unclosable extends FilterOutputStream {
    Unclosable(OutputStream out) {
      super(out);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      out.write(b, off, len);
    }

    @Override
    public void close() throws IOException {
      flush();
    }
  }

  /** A replaced file keeps its permissions; a new one has the umask's. */
  private void keepPermissions() throws IOException {
    PosixFileAttributeView old = Files.getFileAttributeView(target, PosixFileAttributeView.class);
    if (old == null || !Files.isRegularFile(target)) {
      return;
    }
    try {
      Files.setPosixFilePermissions(temporary, old.readAttributes().permissions());
    } catch (NoSuchFileException e) {
      // removed meanwhile: the report is a new file
    }
  }

  /** Follows the symbolic links of the path's last part to the file they end at, which need not exist. */
  private static Path resolve(Path given) throws Refused {
    Path path = given.toAbsolutePath().normalize();
    try {
      if (Files.isRegularFile(path)) {
        return path.toRealPath();
      }
      for (int links = 0; Files.isSymbolicLink(path); links++) {
        if (links == MAX_LINKS) {
          throw new Refused("it is a chain of more than " + MAX_LINKS + " symbolic links (a loop?)");
        }
        Path parent = path.getParent();
        Path link = Files.readSymbolicLink(path);
        path = (parent == null ? link : parent.resolve(link)).normalize();
      }
      Path parent = path.getParent();
      return parent != null && Files.isDirectory(parent) ? parent.toRealPath().resolve(path.getFileName()) : path;
    } catch (Refused e) {
      throw e;
    } catch (IOException e) {
      throw new Refused("it cannot be examined: " + InputFile.reason(e));
    }
  }

  /** Whether two paths are the same file, or would be once the first is created. */
  private static boolean same(Path target, Path input) {
    try {
      if (Files.exists(input) && Files.exists(target)) {
        return Files.isSameFile(target, input);
      }
      return resolve(input).equals(target);
    } catch (IOException e) {
      return false;
    }
  }

  private static Path createTemporary(Path directory, String name) throws Refused {
    String stem = name.length() > 100 ? name.substring(0, 100) : name;
    Path temporary = directory.resolve("." + stem + ".charter-" + ProcessHandle.current().pid() + "-"
        + Long.toString(RANDOM.nextLong() & Long.MAX_VALUE, 36) + ".tmp");
    try {
      // Created without explicit permissions, so the umask decides them as for any new file.
      Files.newByteChannel(temporary, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE).close();
    } catch (AccessDeniedException e) {
      throw new Refused("permission denied: no file can be created in " + directory);
    } catch (NoSuchFileException e) {
      throw new Refused(directory + " is not writable: its file system refuses new files");
    } catch (FileSystemException e) {
      throw new Refused(directory + " is not writable: " + (e.getReason() == null ? e.getMessage() : e.getReason()));
    } catch (IOException e) {
      throw new Refused(InputFile.reason(e));
    }
    temporary.toFile().deleteOnExit();
    return temporary;
  }

  /**
   * Deletes the temporaries of runs that were killed while writing into this directory: this
   * version's whose process is no longer alive, and earlier versions' for the same target.
   */
  private static void removeStaleTemporaries(Path directory, String name) {
    Pattern legacy = Pattern.compile("\\." + Pattern.quote(name) + "\\d+\\.tmp");
    long self = ProcessHandle.current().pid();
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(directory, entry -> {
      String file = entry.getFileName().toString();
      return file.startsWith(".") && file.toLowerCase(Locale.ROOT).endsWith(".tmp");
    })) {
      for (Path entry : entries) {
        String file = entry.getFileName().toString();
        Matcher ours = TEMPORARY.matcher(file);
        boolean stale = ours.matches() ? !alive(ours.group(1), self) : legacy.matcher(file).matches();
        if (stale && Files.isRegularFile(entry, LinkOption.NOFOLLOW_LINKS)) {
          Files.deleteIfExists(entry);
        }
      }
    } catch (IOException | RuntimeException e) {
      // clean-up is a courtesy: it never stops a run
    }
  }

  private static boolean alive(String pid, long self) {
    try {
      long id = Long.parseLong(pid);
      return id == self || ProcessHandle.of(id).map(ProcessHandle::isAlive).orElse(false);
    } catch (NumberFormatException e) {
      return false;
    }
  }
}
