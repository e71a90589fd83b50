package io.charterassurance.model.report;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JavaType;
import io.charterassurance.model.io.CharterJson;
import io.charterassurance.model.io.StrictJson;
import io.charterassurance.model.io.Violation;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Reads JSON reports back into {@link Report}s: a file written by {@code charter assess --format
 * json} (one report object, or an array of them for a batch), or by {@code
 * ReportWriter.of(ReportFormat.JSON)}. A report read back renders byte for byte as the report it
 * was written from.
 *
 * <p>Reading is strict, as for submissions: an unknown key, a value of the wrong type, a key
 * missing (every key is written, an absent value as {@code null}), a null where a value is
 * required, a {@code format} other than {@value Report#FORMAT} are each a {@link Violation} with
 * the file, the JSON path, the line and the column; every such problem is reported (up to 100),
 * not only the first. It never throws for bad input. A file is read no further than {@link
 * CharterJson#MAX_REPORT_BYTES}.
 *
 * <pre>{@code
 * ReportReader.Result read = ReportReader.create().read(Path.of("report.json"));
 * if (!read.isValid()) {
 *   read.violations().forEach(System.err::println); // report.json:12:9: $.findings[0].status: ...
 * }
 * List<Report> reports = read.reports();
 * }</pre>
 *
 * <p>Thread-safe.
 */
public final class ReportReader {
  private static final ReportReader INSTANCE = new ReportReader();
  private static final String EXPECTED = " (expected a JSON report written by `charter assess --format json`)";
  private static final Pattern NO_FORMAT = Pattern.compile("\\$(\\[[0-9]+\\])?\\.format");

  private ReportReader() {}

  /** The reader. */
  public static ReportReader create() {
    return INSTANCE;
  }

  /**
   * What was read from one input.
   *
   * @param source the name of the input, as violations give it
   * @param reports the reports, in the order written; empty when there are violations
   * @param violations every problem found; empty when the reports were read
   */
  public record Result(String source, List<Report> reports, List<Violation> violations) {
    public Result {
      Objects.requireNonNull(source, "source");
      reports = List.copyOf(reports);
      violations = List.copyOf(violations);
    }

    /** Whether the input held reports and nothing wrong. */
    public boolean isValid() {
      return violations.isEmpty();
    }
  }

  /** Reads a file: only a regular file (or a link to one), of at most {@link CharterJson#MAX_REPORT_BYTES}. */
  public Result read(Path file) {
    Objects.requireNonNull(file, "file");
    String source = file.toString();
    try {
      BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
      if (attributes.isDirectory()) {
        return refused(source, "is a directory, not a report");
      }
      if (!attributes.isRegularFile()) {
        return refused(source, "is not a regular file; a report is read only from a regular file");
      }
      byte[] bytes;
      try (InputStream in = Files.newInputStream(file)) {
        bytes = in.readNBytes((int) CharterJson.MAX_REPORT_BYTES + 1);
      }
      return read(source, bytes);
    } catch (NoSuchFileException e) {
      return refused(source, "no such file");
    } catch (AccessDeniedException e) {
      return refused(source, "cannot be read: permission denied");
    } catch (IOException e) {
      return refused(source, "cannot be read: "
          + (e instanceof FileSystemException f && f.getReason() != null ? f.getReason() : String.valueOf(e.getMessage())));
    }
  }

  /** Reads a document; {@code source} names it in violations. */
  public Result read(String source, byte[] content) {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(content, "content");
    if (content.length > CharterJson.MAX_REPORT_BYTES) {
      return refused(source, "is larger than " + CharterJson.MAX_REPORT_BYTES
          + " bytes (64 MiB), the largest report read");
    }
    boolean array = isArray(content);
    JavaType type = array
        ? CharterJson.json().getTypeFactory().constructCollectionType(List.class, Report.class)
        : CharterJson.json().constructType(Report.class);
    StrictJson.Result<Object> read = StrictJson.read(source, content, type);
    if (!read.violations().isEmpty()) {
      // A document without a format (a submission, say) is no report at all: one line says so.
      for (Violation v : read.violations()) {
        if (NO_FORMAT.matcher(v.path()).matches() && v.message().equals("is required")) {
          String at = v.path().substring(0, v.path().length() - ".format".length());
          return new Result(source, List.of(), List.of(new Violation(source, at, v.line(), v.column(),
              "has no \"format\", so it is not a report" + EXPECTED)));
        }
      }
      return new Result(source, List.of(), read.violations().stream().map(ReportReader::expecting).toList());
    }
    Object value = read.value();
    List<Report> reports = new ArrayList<>();
    if (value instanceof Report one) {
      reports.add(one);
    } else if (value instanceof List<?> many) {
      many.forEach(r -> reports.add((Report) r));
    }
    if (reports.isEmpty()) {
      return refused(source, value == null ? "is empty (null); expected a report" : "is an empty list; expected a report");
    }
    List<Violation> problems = new ArrayList<>();
    for (int i = 0; i < reports.size(); i++) {
      String format = reports.get(i).format();
      if (!format.equals(Report.FORMAT)) {
        problems.add(Violation.at(source, (array ? "$[" + i + "]" : "$") + ".format",
            "is \"" + format + "\"; this version reads reports in the format " + Report.FORMAT));
      }
    }
    return problems.isEmpty() ? new Result(source, reports, List.of()) : new Result(source, List.of(), problems);
  }

  /** The message of a document that is not a report at all says what was expected. */
  private static Violation expecting(Violation v) {
    if (!v.path().equals("$") || v.message().startsWith("has more problems")) {
      return v;
    }
    String message = v.message().startsWith("is empty;") ? "is empty"
        : v.message().startsWith("holds more after the submission has ended") ? "holds more after the report has ended"
        : v.message();
    return new Violation(v.source(), v.path(), v.line(), v.column(), message + EXPECTED);
  }

  /** Whether the document starts with {@code [}: a batch, an array of reports. */
  private static boolean isArray(byte[] content) {
    try (JsonParser parser = CharterJson.json().createParser(content)) {
      return parser.nextToken() == JsonToken.START_ARRAY;
    } catch (IOException | RuntimeException e) {
      return false; // the read proper says what is wrong
    }
  }

  private static Result refused(String source, String message) {
    return new Result(source, List.of(), List.of(Violation.at(source, "$", message)));
  }
}
