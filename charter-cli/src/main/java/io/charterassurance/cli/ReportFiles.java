package io.charterassurance.cli;

import io.charterassurance.model.io.InputFile;
import io.charterassurance.model.report.Report;
import io.charterassurance.report.ReportFile;
import io.charterassurance.report.ReportFormat;
import io.charterassurance.report.ReportWriter;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * {@code --output-dir}: each submission's report in a file of its own per format, named after the
 * organisation, all put in place only when every one is written.
 *
 * <p>Names, decided in the order the submissions are read (which is deterministic):
 *
 * <ul>
 *   <li>an assessed submission's report is named after its organisation's code:
 *       {@code QMF.json}, {@code QMF.html} (the format's usual extension);
 *   <li>the report of a submission that could not be assessed is named after its file, with
 *       {@code -invalid}: {@code broken.json} gives {@code broken-invalid.json}, standard input
 *       {@code stdin-invalid.json};
 *   <li>a name already taken in this run, also when it differs only in case (Windows and macOS
 *       file systems do not tell {@code qmf} from {@code QMF}), or one that would replace an input,
 *       gets {@code -2}, {@code -3}, ... in the order met;
 *   <li>a character other than a letter, digit, {@code .}, {@code -} or {@code _} becomes
 *       {@code _}; a name that Windows reserves ({@code CON}, {@code NUL}, {@code COM1}, ...)
 *       gets a leading {@code _}.
 * </ul>
 *
 * <p>A file already in the directory under a name is replaced, as {@code --output} replaces one.
 * Each file is written through a {@link ReportFile}: to a hidden temporary, synced, and renamed
 * into place only after every report of the run is written; if any cannot be, every temporary is
 * removed and nothing is put in place.
 */
final class ReportFiles implements AssessCommand.Destination {
  private static final Pattern UNSAFE = Pattern.compile("[^A-Za-z0-9._-]");
  private static final Pattern RESERVED = Pattern.compile("(?i)(CON|PRN|AUX|NUL|COM[0-9]|LPT[0-9])(\\..*)?");
  private static final int LONGEST = 100;

  private final Path dir;
  private final List<ReportFormat> formats;
  private final Set<Path> inputs;
  private final Set<String> taken = new HashSet<>();
  private final List<ReportFile> pending = new ArrayList<>();
  /** The name of each pending file as the user will see it (the directory as given, then the name). */
  private final List<Path> names = new ArrayList<>();
  private @Nullable Path writing;

  private ReportFiles(Path dir, List<ReportFormat> formats, Set<Path> inputs) {
    this.dir = dir;
    this.formats = List.copyOf(formats);
    this.inputs = inputs;
  }

  /**
   * Checks the directory before anything is assessed: it is created if it does not exist (its
   * parent must), and must take new files.
   *
   * @param inputs every file the run reads, which no report may replace
   * @throws ReportFile.Refused saying why no file can be created in it
   * @throws BadInput if it is not a directory and cannot be made one
   */
  static ReportFiles open(Path dir, List<ReportFormat> formats, Collection<Path> inputs) throws ReportFile.Refused {
    if (Files.exists(dir) && !Files.isDirectory(dir)) {
      throw refusal(dir, "it is not a directory");
    }
    if (!Files.exists(dir)) {
      try {
        Files.createDirectory(dir);
      } catch (FileAlreadyExistsException e) {
        throw refusal(dir, "it is not a directory");
      } catch (NoSuchFileException e) {
        throw refusal(dir, "its parent directory does not exist");
      } catch (IOException e) {
        throw refusal(dir, "it cannot be created: " + InputFile.reason(e));
      }
    }
    // Opening a report file there refuses an unwritable directory now, with the reason, and leaves
    // nothing; it also removes the temporaries of killed runs, once, so the files need not.
    ReportFile.open(dir.resolve(".charter-output-dir-check"), List.of()).close();
    Set<Path> real = new HashSet<>();
    for (Path input : inputs) {
      try {
        real.add(input.toRealPath());
      } catch (IOException e) {
        // an input that is not there cannot be replaced
      }
    }
    return new ReportFiles(dir, formats, real);
  }

  @Override
  public void add(Report report, String source) throws IOException {
    String base = unique(base(report, source));
    for (ReportFormat format : formats) {
      Path target = dir.resolve(base + "." + format.extension());
      writing = target;
      ReportFile file = ReportFile.openAnother(target, List.of());
      pending.add(file);
      names.add(target);
      ReportWriter.of(format).withSources(List.of(source)).write(List.of(report), file.stream());
      file.ready();
    }
    writing = null;
  }

  @Override
  public List<Path> commit() throws IOException {
    for (int i = 0; i < pending.size(); i++) {
      writing = names.get(i);
      pending.get(i).commit();
    }
    writing = null;
    List<Path> done = List.copyOf(names);
    pending.clear();
    names.clear();
    return done;
  }

  @Override
  public String failedAt(IOException e) {
    return writing == null ? dir.toString() : writing.toString();
  }

  @Override
  public void close() {
    pending.forEach(ReportFile::close);
    pending.clear();
    names.clear();
  }

  /** The name a report's files take before the extension, before any {@code -2} that keeps it unique. */
  static String base(Report report, String source) {
    String name;
    if (report.isAssessed() && report.subject() != null) {
      name = report.subject().code();
    } else {
      String file = source.equals(Inputs.STDIN) ? "stdin"
          : Path.of(source).getFileName() == null ? "submission" : Path.of(source).getFileName().toString();
      int dot = file.lastIndexOf('.');
      name = (dot > 0 ? file.substring(0, dot) : file) + "-invalid";
    }
    name = UNSAFE.matcher(name.strip()).replaceAll("_");
    while (name.startsWith(".")) {
      name = "_" + name.substring(1); // never a hidden file
    }
    if (name.isEmpty()) {
      name = "report";
    }
    if (name.length() > LONGEST) {
      name = name.substring(0, LONGEST);
    }
    return RESERVED.matcher(name).matches() ? "_" + name : name;
  }

  /** The base itself, or with {@code -2}, {@code -3}, ... when taken in this run or when a file would replace an input. */
  private String unique(String base) {
    for (int n = 1; ; n++) {
      String name = n == 1 ? base : base + "-" + n;
      if (!taken.contains(name.toLowerCase(Locale.ROOT)) && !replacesAnInput(name)) {
        taken.add(name.toLowerCase(Locale.ROOT));
        return name;
      }
    }
  }

  private boolean replacesAnInput(String name) {
    for (ReportFormat format : formats) {
      Path target = dir.resolve(name + "." + format.extension());
      try {
        if (Files.exists(target) && inputs.contains(target.toRealPath())) {
          return true;
        }
      } catch (IOException e) {
        // not there to replace
      }
    }
    return false;
  }

  /** What the user is told was written: every file, or the first ones and how many more. */
  static String describe(List<Path> written) {
    int shown = Math.min(written.size(), 12);
    List<String> names = written.subList(0, shown).stream().map(Path::toString).toList();
    return String.join(", ", names) + (written.size() > shown ? " and " + (written.size() - shown) + " more files" : "");
  }

  private static BadInput refusal(Path dir, String why) {
    return new BadInput("cannot write into " + dir + ": " + why);
  }
}
