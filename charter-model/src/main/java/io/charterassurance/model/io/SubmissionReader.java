package io.charterassurance.model.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.charterassurance.model.submission.Submission;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The boundary between files and the model: reads a submission from JSON or YAML, maps it
 * strictly, and validates it with Bean Validation. It never throws for bad input; every problem
 * comes back as a {@link Violation} naming the file, the JSON path and what was expected.
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
  private static final ValidatorFactory FACTORY_WITH_SYSTEM_CLOCK = factory(Clock.systemDefaultZone());

  private final Validator validator;

  private SubmissionReader(Validator validator) {
    this.validator = validator;
  }

  /** A reader that checks "not in the future" against the system clock. */
  public static SubmissionReader create() {
    return new SubmissionReader(FACTORY_WITH_SYSTEM_CLOCK.getValidator());
  }

  /** A reader that checks "not in the future" against {@code clock} (for tests and replays). */
  public static SubmissionReader create(Clock clock) {
    return new SubmissionReader(factory(Objects.requireNonNull(clock, "clock")).getValidator());
  }

  /** The formats a submission can be written in. */
  public enum Format {
    /** JSON, the canonical form. */
    JSON,
    /** YAML, for hand-written submissions. */
    YAML;

    /**
     * The format a file name implies: {@code .yaml} or {@code .yml} is YAML; {@code .json} is
     * JSON; anything else is judged by its first character ({@code {} means JSON).
     */
    public static Format of(String name, byte[] content) {
      String lower = name.toLowerCase(Locale.ROOT);
      if (lower.endsWith(".yaml") || lower.endsWith(".yml")) {
        return YAML;
      }
      if (lower.endsWith(".json")) {
        return JSON;
      }
      for (byte b : content) {
        if (!Character.isWhitespace(b)) {
          return b == '{' || b == '[' ? JSON : YAML;
        }
      }
      return JSON;
    }

    ObjectMapper mapper() {
      return this == JSON ? CharterJson.json() : CharterJson.yaml();
    }
  }

  /** Reads, maps and validates a file. */
  public ReadResult read(java.nio.file.Path file) {
    Objects.requireNonNull(file, "file");
    String source = file.toString();
    try {
      if (Files.isDirectory(file)) {
        return failed(source, "is a directory, not a submission file");
      }
      long size = Files.size(file);
      if (size > CharterJson.MAX_DOCUMENT_BYTES) {
        return failed(source, "is " + size + " bytes; the largest submission accepted is "
            + CharterJson.MAX_DOCUMENT_BYTES + " bytes");
      }
      return read(source, Files.readAllBytes(file));
    } catch (NoSuchFileException e) {
      return failed(source, "no such file");
    } catch (AccessDeniedException e) {
      return failed(source, "cannot be read: permission denied");
    } catch (IOException e) {
      return failed(source, "cannot be read: " + e.getMessage());
    }
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
      return failed(source, "is " + content.length + " bytes; the largest submission accepted is "
          + CharterJson.MAX_DOCUMENT_BYTES + " bytes");
    }
    Submission submission;
    try {
      submission = format.mapper().readValue(content, Submission.class);
    } catch (JsonProcessingException e) {
      return new ReadResult(source, null, List.of(JsonErrors.describe(source, e, format.mapper(), content)));
    } catch (IOException e) {
      return failed(source, "cannot be read: " + e.getMessage());
    }
    if (submission == null) {
      return failed(source, "is empty (null); expected a submission object");
    }
    return new ReadResult(source, submission, validate(submission, source));
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
    for (ConstraintViolation<Submission> v : validator.validate(submission)) {
      out.add(Violation.at(source, jsonPath(v.getPropertyPath()), v.getMessage()));
    }
    out.sort(Violation.ORDER);
    return List.copyOf(out);
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
    return new ReadResult(source, null, List.of(Violation.at(source, "$", message)));
  }

  private static ValidatorFactory factory(Clock clock) {
    return Validation.byDefaultProvider().configure().clockProvider(() -> clock).buildValidatorFactory();
  }
}
