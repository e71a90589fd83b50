package io.charterassurance.model.io;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Reads a JSON document into records of the model that write every key, as a report does: the
 * shared mapping of {@link CharterJson}, and in addition every key must be present (an absent
 * value is written {@code null}) and a list may not be {@code null}. It never throws for bad
 * input: the bytes must be UTF-8, and every problem, up to 100, is a {@link Violation} with the
 * JSON path, the line and the column, not only the first one Jackson stops at. {@link
 * io.charterassurance.model.report.ReportReader} reads reports with it.
 */
public final class StrictJson {
  private StrictJson() {}

  /**
   * What was read.
   *
   * @param value the value, when there are no violations
   * @param violations every problem found; empty when the value was read
   */
  public record Result<T>(@Nullable T value, List<Violation> violations) {
    public Result {
      violations = List.copyOf(violations);
    }
  }

  /**
   * Reads a document of at most {@link CharterJson#MAX_REPORT_BYTES}.
   *
   * @param source the name violations give the document
   * @param type what to read, built with {@code CharterJson.json().getTypeFactory()}
   */
  public static <T> Result<T> read(String source, byte[] content, JavaType type) {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(content, "content");
    Objects.requireNonNull(type, "type");
    Utf8.Decoded decoded = Utf8.decode(content);
    if (decoded.isRefused()) {
      return new Result<>(null, List.of(new Violation(source, "$", decoded.line(), decoded.column(), decoded.problem())));
    }
    String text = decoded.text();
    ObjectMapper mapper = CharterJson.reportJson();
    try (JsonParser parser = mapper.createParser(text)) {
      T value = mapper.readValue(parser, type);
      return new Result<>(value, List.of());
    } catch (JsonProcessingException e) {
      Violation first = JsonErrors.describe(source, e, mapper, text);
      if (!StructuralProblems.isMapping(e)) {
        return new Result<>(null, List.of(first));
      }
      return new Result<>(null, StructuralProblems.find(source, mapper, () -> mapper.createParser(text), type, first)
          .stream().sorted(Violation.ORDER).toList());
    } catch (IOException e) {
      return new Result<>(null, List.of(Violation.at(source, "$", "cannot be read: " + e.getMessage())));
    }
  }
}
