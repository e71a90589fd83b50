package io.charterassurance.server;

import io.charterassurance.model.io.Violation;
import java.util.List;
import java.util.Objects;
import org.eclipse.jetty.http.HttpStatus;
import org.jspecify.annotations.Nullable;

/**
 * An error response body in the shape of RFC 9457 problem details ({@code
 * application/problem+json}): the status, its reason phrase as the title and a sentence saying
 * what was wrong; for a submission that is not valid, every violation too. It never holds a stack
 * trace or an exception's text, only what the service chose to say.
 *
 * @param type always {@code about:blank}: the status and the title say what kind of problem it is
 * @param title the status's reason phrase, e.g. {@code Unprocessable Content}
 * @param status the HTTP status code
 * @param detail what was wrong with this request, as a sentence
 * @param violations for 422, every problem with the submission (source, path, line, column,
 *     message; line and column are 0 where not known); absent otherwise
 */
record Problem(String type, String title, int status, String detail, @Nullable List<Violation> violations) {
  /** The media type of a problem. */
  static final String MEDIA_TYPE = "application/problem+json";

  Problem {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(detail, "detail");
    violations = violations == null ? null : List.copyOf(violations);
  }

  /** A problem with a status and a sentence. */
  static Problem of(int status, String detail) {
    return new Problem("about:blank", title(status), status, detail, null);
  }

  /** 422: the submission is not valid, with every violation. */
  static Problem invalid(List<Violation> violations) {
    int n = violations.size();
    return new Problem("about:blank", title(422), 422, "The submission is not valid: " + n + " problem"
        + (n == 1 ? "" : "s") + ", listed in violations.", violations);
  }

  /** The status's reason phrase (RFC 9110): Jetty's, but for the two that RFC 9110 renamed. */
  static String title(int status) {
    return switch (status) {
      case 413 -> "Content Too Large";
      case 422 -> "Unprocessable Content";
      default -> HttpStatus.getMessage(status);
    };
  }
}
