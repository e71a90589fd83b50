package io.charterassurance.model.io;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.charterassurance.model.submission.Submission;
import io.charterassurance.model.submission.SubmissionConstraintValidator;
import io.charterassurance.model.text.PlainText;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.jspecify.annotations.Nullable;

/**
 * The boundary between files and the model: reads a submission from JSON or YAML, maps it
 * strictly, and validates it with Bean Validation. It never throws for bad input; every problem
 * comes back as a {@link Violation} naming the file, the JSON path and what was expected.
 *
 * <p>Hostile input is bounded at each step: only a regular file is read, and no more than
 * {@link CharterJson#MAX_DOCUMENT_BYTES} of it; the bytes must be UTF-8; the parser's limits
 * (text, names, numbers, nesting, list lengths) hold for YAML as for JSON, and YAML anchors and
 * aliases are refused; numbers too long to write out and dates with a time are refused as they are
 * mapped; and validation takes time linear in the size of the submission. docs/limits.md lists
 * every limit.
 *
 * <p>A document that parses but does not map (wrong types, unknown properties, values not among
 * those allowed, missing required properties) gets a violation for each such problem, up to
 * 100, each with its path, line and column, not only for the first one found.
 *
 * <pre>{@code
 * SubmissionReader reader = SubmissionReader.create();
 * ReadResult result = reader.read(Path.of("submission.json"));
 * if (!result.isValid()) {
 *   result.violations().forEach(System.err::println); // submission.json: $.evidence[3].provenance.date: ...
 * }
 * }</pre>
 *
 * <p>Thread-safe; build one and share it.
 */
public final class SubmissionReader {
  private static final Clock SYSTEM_CLOCK = Clock.system(SubmissionConstraintValidator.ZONE);
  /**
   * Hibernate Validator announces its version, at INFO, the first time it starts. Where nothing
   * configures logging, jboss-logging writes that through java.util.logging to standard error,
   * and it would be the only line an embedding program had not asked for; so its logger is set to
   * warnings only, unless the application has given it a level of its own. Held here, as
   * java.util.logging keeps only weak references to its loggers. (With Logback, Log4j 2 or
   * SLF4J, which jboss-logging prefers, the application's configuration decides.)
   */
  private static final Logger VALIDATOR_BANNER = quietValidatorBanner();
  private static final ValidatorFactory FACTORY_WITH_SYSTEM_CLOCK = factory(SYSTEM_CLOCK);

  private final Validator validator;
  private final Clock clock;

  private SubmissionReader(Validator validator, Clock clock) {
    this.validator = validator;
    this.clock = clock;
  }

  /**
   * The Bean Validation factory the library validates with (the system clock, the day decided in
   * the UK), started once per process: with its version banner kept off standard error (above).
   * The rules module validates tailored catalogues and policies with it, so that a process starts
   * Bean Validation once, not once per module.
   */
  public static ValidatorFactory validation() {
    return FACTORY_WITH_SYSTEM_CLOCK;
  }

  /**
   * A reader that checks "not in the future" against the system clock, deciding what day it is
   * in the UK (Europe/London), whatever the machine's time zone.
   */
  public static SubmissionReader create() {
    return new SubmissionReader(FACTORY_WITH_SYSTEM_CLOCK.getValidator(), SYSTEM_CLOCK);
  }

  /**
   * A reader that checks "not in the future" against {@code clock} (for tests and replays); the
   * day is still decided in the UK (Europe/London), whatever the clock's zone.
   */
  public static SubmissionReader create(Clock clock) {
    Clock london = Objects.requireNonNull(clock, "clock").withZone(SubmissionConstraintValidator.ZONE);
    return new SubmissionReader(factory(london).getValidator(), london);
  }

  /** The formats a submission can be written in. */
  public enum Format {
    /** JSON, the canonical form. */
    JSON,
    /** YAML, for hand-written submissions. */
    YAML;

    /**
     * The format a file name implies: {@code .yaml} or {@code .yml} is YAML; {@code .json} is
     * JSON; anything else is judged by its first character (an opening brace means JSON).
     */
    public static Format of(String name, byte[] content) {
      String lower = name.toLowerCase(Locale.ROOT);
      if (lower.endsWith(".yaml") || lower.endsWith(".yml")) {
        return YAML;
      }
      if (lower.endsWith(".json")) {
        return JSON;
      }
      // A UTF-8 byte order mark is not the first character.
      int start = content.length >= 3 && (content[0] & 0xFF) == 0xEF && (content[1] & 0xFF) == 0xBB
          && (content[2] & 0xFF) == 0xBF ? 3 : 0;
      for (int i = start; i < content.length; i++) {
        byte b = content[i];
        if (!Character.isWhitespace(b)) {
          return b == '{' || b == '[' ? JSON : YAML;
        }
      }
      return JSON;
    }

    ObjectMapper mapper() {
      return this == JSON ? CharterJson.submissionJson() : CharterJson.submissionYaml();
    }
  }

  /**
   * Reads, maps and validates a file. Only a regular file is read (a link is followed and judged
   * by its target): a directory, a named pipe, a device or a socket is refused without being
   * opened, and a file is read no further than the size limit.
   */
  public ReadResult read(java.nio.file.Path file) {
    Objects.requireNonNull(file, "file");
    String source = file.toString();
    InputFile.Content content = InputFile.read(file);
    if (content.isRefused()) {
      return failed(source, content.problem());
    }
    return read(source, content.bytes());
  }

  /** Reads, maps and validates a document; {@code source} names it in violations and picks the format. */
  public ReadResult read(String source, byte[] content) {
    return read(source, content, Format.of(source, content));
  }

  /** Reads, maps and validates a document in the given format. */
  public ReadResult read(String source, byte[] content, Format format) {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(content, "content");
    Objects.requireNonNull(format, "format");
    if (content.length > CharterJson.MAX_DOCUMENT_BYTES) {
      return failed(source, InputFile.tooLarge(content.length, "submission"));
    }
    Utf8.Decoded decoded = Utf8.decode(content);
    if (decoded.isRefused()) {
      return ReadResult.invalid(source, null,
          List.of(new Violation(source, "$", decoded.line(), decoded.column(), decoded.problem())));
    }
    String text = decoded.text();
    if (format == Format.YAML) {
      Violation beforeParsing = scanYaml(source, text);
      if (beforeParsing != null) {
        return ReadResult.invalid(source, null, List.of(beforeParsing));
      }
    }
    ObjectMapper mapper = format.mapper();
    Submission submission;
    try (JsonParser parser = new GuardedParser(mapper.createParser(text))) {
      submission = mapper.readValue(parser, Submission.class);
    } catch (JsonProcessingException e) {
      Violation first = JsonErrors.describe(source, e, mapper, text);
      if (!StructuralProblems.isMapping(e)) {
        return ReadResult.invalid(source, null, List.of(first));
      }
      // Jackson stops at the first problem; the others are looked for value by value.
      return ReadResult.invalid(source, null, StructuralProblems.find(source, mapper,
          () -> new GuardedParser(mapper.createParser(text)), mapper.constructType(Submission.class),
          first));
    } catch (IOException e) {
      return failed(source, "cannot be read: " + e.getMessage());
    }
    if (submission == null) {
      return failed(source, "is empty (null); expected a submission object");
    }
    List<Violation> violations = validate(submission, source);
    String digest;
    try {
      // The digest of what was read, in RFC 8785 canonical form (see ValidatedSubmission).
      digest = format == Format.JSON ? SubmissionDigest.ofJson(text)
          : SubmissionDigest.ofTree(mapper.readTree(text));
    } catch (IOException | RuntimeException e) {
      if (!violations.isEmpty()) {
        return ReadResult.invalid(source, submission, violations);
      }
      return failed(source, "cannot be put in canonical form (RFC 8785) for its digest: " + e.getMessage());
    }
    if (!violations.isEmpty()) {
      return ReadResult.invalid(source, submission, violations, digest);
    }
    return ReadResult.valid(ValidatedSubmission.of(source, submission, digest));
  }

  /**
   * Validates a submission built in code, as {@link #validate} does, and gives it as a {@link
   * ValidatedSubmission} when it is valid, its digest taken over its JSON form.
   *
   * @param submission the submission
   * @param source the name violations give it, such as {@code "submission"}
   */
  public ReadResult check(Submission submission, String source) {
    List<Violation> violations = validate(submission, source);
    if (!violations.isEmpty()) {
      return ReadResult.invalid(source, submission, violations, digestOrNull(submission));
    }
    return ReadResult.valid(ValidatedSubmission.of(source, submission, SubmissionDigest.of(submission)));
  }

  /** The digest of an invalid submission built in code, which may not even be writable as JSON. */
  private static @Nullable String digestOrNull(Submission submission) {
    try {
      return SubmissionDigest.of(submission);
    } catch (RuntimeException e) {
      return null;
    }
  }

  /**
   * Validates a submission built in code (or already read): every Bean Validation constraint of
   * the model and the cross-field rules of {@link io.charterassurance.model.submission.ValidSubmission}.
   *
   * @return every violation, sorted by path; empty when valid
   */
  public List<Violation> validate(Submission submission, String source) {
    Objects.requireNonNull(submission, "submission");
    Objects.requireNonNull(source, "source");
    List<Violation> out = new ArrayList<>();
    // Each evidence item, waiver and object is validated on its own: Bean Validation collects a
    // call's violations in a hash set in which like violations of list items collide, which makes
    // one call over thousands of faulty items take minutes.
    for (RecordComponent component : Submission.class.getRecordComponents()) {
      String name = component.getName();
      add(out, source, "", validator.validateProperty(submission, name));
      Object value = read(component, submission);
      if (value instanceof List<?> list) {
        for (int i = 0; i < list.size(); i++) {
          if (list.get(i) != null) {
            add(out, source, "." + name + "[" + i + "]", validator.validate(list.get(i)));
          }
        }
      } else if (value instanceof Record) {
        add(out, source, "." + name, validator.validate(value));
      }
    }
    SubmissionConstraintValidator.check(submission, clock, (path, message) -> out.add(Violation.at(source, path, message)));
    out.sort(Violation.ORDER);
    return List.copyOf(out);
  }

  private static <T> void add(List<Violation> out, String source, String prefix, Set<ConstraintViolation<T>> violations) {
    for (ConstraintViolation<T> v : violations) {
      out.add(Violation.at(source, "$" + prefix + jsonPath(v.getPropertyPath()).substring(1), v.getMessage()));
    }
  }

  private static @Nullable Object read(RecordComponent component, Submission submission) {
    try {
      return component.getAccessor().invoke(submission);
    } catch (IllegalAccessException | InvocationTargetException e) {
      throw new IllegalStateException("the submission's " + component.getName() + " could not be read", e);
    }
  }

  /**
   * What YAML is refused for before its scanner runs, in one pass: a line longer than
   * {@link Limits#YAML_LINE} (the scanner takes time that grows with the square of a value's
   * length on one line, two minutes for 15 MB, and no valid value needs such a line), and a
   * control character or noncharacter anywhere (the scanner would refuse it, without saying which
   * or where).
   */
  private static @Nullable Violation scanYaml(String source, String text) {
    int line = 1;
    int start = 0;
    for (int i = 0; i <= text.length(); i++) {
      char c = i == text.length() ? '\n' : text.charAt(i);
      if (c == '\n') {
        if (i - start > Limits.YAML_LINE) {
          return new Violation(source, "$", line, 1, Limits.yamlLine(i - start));
        }
        line++;
        start = i + 1;
      } else if (c != '\t' && c != '\r' && PlainText.isControlOrNoncharacter(c)) {
        PlainText.Problem problem = PlainText.find(String.valueOf(c), false).orElseThrow();
        return new Violation(source, "$", line, i - start + 1,
            "contains " + problem.what() + ", which a submission may not hold anywhere; remove it");
      }
    }
    return null;
  }

  /** A Bean Validation property path as a JSON path: {@code evidence[3].provenance.date} becomes {@code $.evidence[3].provenance.date}. */
  static String jsonPath(Path path) {
    StringBuilder out = new StringBuilder("$");
    for (Path.Node node : path) {
      if (node.isInIterable()) {
        if (node.getIndex() != null) {
          out.append('[').append(node.getIndex()).append(']');
        } else if (node.getKey() != null) {
          out.append("['").append(node.getKey()).append("']");
        }
      }
      if (node.getKind() == ElementKind.PROPERTY && node.getName() != null) {
        out.append('.').append(node.getName());
      }
    }
    return out.toString();
  }

  private static ReadResult failed(String source, String message) {
    return ReadResult.invalid(source, null, List.of(Violation.at(source, "$", message)));
  }

  private static Logger quietValidatorBanner() {
    Logger banner = Logger.getLogger("org.hibernate.validator.internal.util.Version");
    if (banner.getLevel() == null) {
      banner.setLevel(Level.WARNING);
    }
    return banner;
  }

  private static ValidatorFactory factory(Clock clock) {
    return Validation.byDefaultProvider().configure().clockProvider(() -> clock).buildValidatorFactory();
  }
}
