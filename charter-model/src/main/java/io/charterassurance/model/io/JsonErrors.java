package io.charterassurance.model.io;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.InvalidNullException;
import com.fasterxml.jackson.databind.exc.InvalidTypeIdException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import io.charterassurance.model.text.PlainText;
import io.charterassurance.model.text.Spelling;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Turns Jackson's parse and mapping exceptions into {@link Violation}s a person can act on: the
 * JSON path, the line, and what was expected (with the nearest known name for a misspelt
 * property or kind).
 */
public final class JsonErrors {
  private static final Pattern MISSING_CREATOR = Pattern.compile("Missing (?:required )?creator property '([^']+)'");
  private static final Pattern PROPERTY_NAME = Pattern.compile("[A-Za-z][A-Za-z0-9]*");
  private static final Pattern DUPLICATE = Pattern.compile("Duplicate (?:field|key) '([^']+)'");
  private static final Pattern CONTROL = Pattern.compile("Illegal unquoted character \\(\\(CTRL-CHAR, code ([0-9]+)\\)\\)");
  private static final Pattern OUT_OF_RANGE = Pattern.compile("Numeric value \\(([^)]{1,60})\\) out of range of (int|long)");

  /** How a parser can be made again over the same document, to find where a problem is. */
  private interface Reparse {
    JsonParser parser() throws IOException;
  }

  private JsonErrors() {}

  /** The violation describing why {@code source} could not be read. */
  public static Violation describe(String source, JsonProcessingException e) {
    return describe(source, e, e.getLocation());
  }

  /**
   * The violation describing why {@code content} could not be read, with the line and column of
   * the offending property found by walking the document to the exception's path. (Jackson
   * reports some problems, such as unknown properties of records, only at the end of the
   * enclosing object.)
   */
  public static Violation describe(String source, JsonProcessingException e, ObjectMapper mapper, byte[] content) {
    return describe(source, e, () -> mapper.createParser(content));
  }

  /** As {@link #describe(String, JsonProcessingException, ObjectMapper, byte[])}, for a document already decoded. */
  public static Violation describe(String source, JsonProcessingException e, ObjectMapper mapper, String text) {
    return describe(source, e, () -> mapper.createParser(text));
  }

  private static Violation describe(String source, JsonProcessingException e, Reparse reparse) {
    // A refusal knows the exact token it refused (an alias, a number, a date); other mapping
    // problems are found by walking the document to their path.
    JsonLocation at = e instanceof Refusal r ? r.getLocation()
        : e instanceof JsonMappingException m && !m.getPath().isEmpty()
            ? locate(reparse, m.getPath()).orElse(e.getLocation())
            : e.getLocation();
    return describe(source, e, at);
  }

  private static Optional<JsonLocation> locate(Reparse reparse, List<JsonMappingException.Reference> path) {
    try (JsonParser p = reparse.parser()) {
      p.nextToken();
      JsonLocation at = null;
      for (JsonMappingException.Reference ref : path) {
        if (ref.getFieldName() != null) {
          if (p.currentToken() != JsonToken.START_OBJECT) {
            return Optional.empty();
          }
          boolean found = false;
          while (p.nextToken() == JsonToken.FIELD_NAME) {
            if (p.currentName().equals(ref.getFieldName())) {
              at = p.currentTokenLocation();
              p.nextToken();
              found = true;
              break;
            }
            p.nextToken();
            p.skipChildren();
          }
          if (!found) {
            return Optional.empty();
          }
        } else if (ref.getIndex() >= 0) {
          if (p.currentToken() != JsonToken.START_ARRAY) {
            return Optional.empty();
          }
          for (int i = 0; i <= ref.getIndex(); i++) {
            if (p.nextToken() == JsonToken.END_ARRAY) {
              return Optional.empty();
            }
            if (i < ref.getIndex()) {
              p.skipChildren();
            }
          }
          at = p.currentTokenLocation();
        }
      }
      return Optional.ofNullable(at);
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  /** The violation for a problem found at {@code at} (or where the exception says, when null). */
  static Violation describe(String source, JsonProcessingException e, @Nullable JsonLocation at) {
    MarkedYAMLException yaml = yamlCause(e);
    if (yaml != null && yaml.getProblemMark() != null) {
      // SnakeYAML knows the character it stopped at and why; Jackson keeps only where it was.
      return new Violation(source, "$", yaml.getProblemMark().getLine() + 1, yaml.getProblemMark().getColumn() + 1,
          yamlMessage(yaml));
    }
    int line = at == null ? 0 : Math.max(0, at.getLineNr());
    int column = at == null ? 0 : Math.max(0, at.getColumnNr());
    String path = e instanceof Refusal r && r.jsonPath() != null ? r.jsonPath()
        : e instanceof JsonMappingException m ? path(m) : "$";
    if (e instanceof ValueInstantiationException v && v.getCause() instanceof NullPointerException npe
        && npe.getMessage() != null && PROPERTY_NAME.matcher(npe.getMessage()).matches()) {
      // A record refuses a null it must not hold with Objects.requireNonNull(value, "name").
      return new Violation(source, path + "." + npe.getMessage(), line, column, "must not be null");
    }
    if (e instanceof MismatchedInputException m) {
      Matcher missing = MISSING_CREATOR.matcher(String.valueOf(m.getOriginalMessage()));
      if (missing.find()) {
        String property = missing.group(1);
        String where = path.endsWith("." + property) ? path : path + "." + property;
        return new Violation(source, where, line, column, "is required");
      }
    }
    return new Violation(source, path, line, column, message(e));
  }

  private static String message(JsonProcessingException e) {
    if (e instanceof Refusal r) {
      return r.sentence();
    }
    if (e instanceof JsonMappingException && e.getCause() instanceof JsonProcessingException cause
        && (cause instanceof JsonParseException || cause instanceof StreamConstraintsException
            || cause instanceof InputCoercionException)) {
      return message(cause);
    }
    if (e instanceof StreamConstraintsException) {
      return limit(String.valueOf(e.getOriginalMessage()));
    }
    if (e instanceof InputCoercionException) {
      Matcher range = OUT_OF_RANGE.matcher(String.valueOf(e.getOriginalMessage()));
      if (range.find()) {
        return "is " + range.group(1) + ", too large a whole number (a count may be at most 100,000,000)";
      }
    }
    if (e instanceof UnrecognizedPropertyException u) {
      List<String> known = u.getKnownPropertyIds().stream().map(String::valueOf).sorted().toList();
      return "unknown property \"" + u.getPropertyName() + "\"" + suggestion(u.getPropertyName(), known)
          + "; expected one of " + String.join(", ", known);
    }
    if (e instanceof InvalidTypeIdException t) {
      List<String> kinds = t.getBaseType() == null ? List.of() : CharterJson.subtypeNames(t.getBaseType().getRawClass());
      if (t.getTypeId() == null) {
        return "has no \"kind\"; every evidence item names its kind, one of " + String.join(", ", kinds);
      }
      return "\"kind\" is \"" + PlainText.excerpt(t.getTypeId()) + "\", which is not an evidence kind"
          + suggestion(t.getTypeId(), kinds) + "; expected one of " + String.join(", ", kinds);
    }
    if (e instanceof InvalidNullException) {
      return "must not be null";
    }
    if (e instanceof InvalidFormatException f) {
      return "expected " + expected(f.getTargetType()) + " but found " + found(f.getValue());
    }
    if (e instanceof ValueInstantiationException v) {
      Throwable cause = v.getCause() == null ? v : v.getCause();
      return "could not be built: " + firstLine(cause.getMessage());
    }
    if (e instanceof MismatchedInputException m) {
      if (String.valueOf(m.getOriginalMessage()).startsWith("No content to map")) {
        return "is empty; expected a submission object";
      }
      if (String.valueOf(m.getOriginalMessage()).startsWith("Trailing token")) {
        return "holds more after the submission has ended: a file holds one submission, so remove what follows"
            + " (or put a second submission in a file of its own)";
      }
      if (m.getTargetType() != null) {
        return "expected " + expected(m.getTargetType()) + foundToken(m.getOriginalMessage());
      }
      return firstLine(m.getOriginalMessage());
    }
    if (e instanceof JsonParseException p) {
      Matcher duplicate = DUPLICATE.matcher(String.valueOf(p.getOriginalMessage()));
      if (duplicate.find()) {
        return "has the property \"" + duplicate.group(1) + "\" twice";
      }
      Matcher control = CONTROL.matcher(String.valueOf(p.getOriginalMessage()));
      if (control.find()) {
        return "contains the control character " + PlainText.codePoint(Integer.parseInt(control.group(1)))
            + ", which text may not hold; remove it";
      }
      return "is not well-formed: " + firstLine(p.getOriginalMessage());
    }
    return firstLine(e.getOriginalMessage());
  }

  /** The YAML scanner's or parser's own exception, when a YAML document is not well formed. */
  private static @Nullable MarkedYAMLException yamlCause(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof MarkedYAMLException marked) {
        return marked;
      }
      if (t.getCause() == t) {
        break;
      }
    }
    return null;
  }

  /**
   * What SnakeYAML found wrong, in its own words (a tab in the indentation in plain ones), with
   * what it was reading when it found it.
   */
  private static String yamlMessage(MarkedYAMLException e) {
    String problem = e.getProblem() == null ? "" : e.getProblem().strip();
    if (problem.contains("(TAB)")) {
      return "is not well-formed YAML: tab characters are not allowed for indentation; indent with spaces";
    }
    String context = e.getContext() == null ? "" : e.getContext().strip();
    String cause = problem.isEmpty() ? "could not be read" : problem;
    return "is not well-formed YAML: " + firstLine(cause) + (context.isEmpty() ? "" : " (" + firstLine(context) + ")");
  }

  /** Jackson's own limits (on JSON and YAML) in the words of {@link Limits}. */
  private static String limit(String original) {
    if (original.startsWith("String value length")) {
      return Limits.string();
    }
    if (original.startsWith("Name length")) {
      return Limits.name();
    }
    if (original.startsWith("Number value length") || original.startsWith("Number length")) {
      return Limits.number();
    }
    if (original.startsWith("Document nesting depth")) {
      return Limits.depth();
    }
    if (original.startsWith("Document length")) {
      return Limits.document();
    }
    return "exceeds the input limits: " + firstLine(original);
  }

  /** The JSON path of a mapping exception's references alone, {@code $} for the root. */
  static String plainPath(JsonMappingException e) {
    StringBuilder out = new StringBuilder("$");
    for (JsonMappingException.Reference ref : e.getPath()) {
      if (ref.getFieldName() != null) {
        out.append('.').append(ref.getFieldName());
      } else if (ref.getIndex() >= 0) {
        out.append('[').append(ref.getIndex()).append(']');
      }
    }
    return out.toString();
  }

  /** The JSON path a mapping exception points at, {@code $} for the root. */
  static String path(JsonMappingException e) {
    StringBuilder out = new StringBuilder("$");
    for (JsonMappingException.Reference ref : e.getPath()) {
      if (ref.getFieldName() != null) {
        out.append('.').append(ref.getFieldName());
      } else if (ref.getIndex() >= 0) {
        out.append('[').append(ref.getIndex()).append(']');
      }
    }
    if (e instanceof InvalidTypeIdException) {
      out.append(".kind");
    }
    return out.toString();
  }

  /** {@code "; did you mean "x"?"} for the nearest candidate, or nothing when none is near. */
  public static String suggestion(@Nullable String given, Collection<String> candidates) {
    return Spelling.suggestion(given, candidates);
  }

  /** The candidate nearest to {@code given} by edit distance, if one is close enough to be a typo. */
  public static Optional<String> nearest(@Nullable String given, Collection<String> candidates) {
    return Spelling.nearest(given, candidates);
  }

  private static String expected(@Nullable Class<?> type) {
    if (type == null) {
      return "a different value";
    }
    if (type.isEnum()) {
      return "one of " + String.join(", ", CharterJson.externalNames(type));
    }
    if (type == LocalDate.class) {
      return "a date written YYYY-MM-DD";
    }
    if (type == BigDecimal.class || type == Integer.class || type == int.class || type == Long.class
        || type == long.class || type == Double.class || type == double.class) {
      return type == Integer.class || type == int.class || type == Long.class || type == long.class
          ? "a whole number" : "a number";
    }
    if (type == Boolean.class || type == boolean.class) {
      return "true or false";
    }
    if (type == String.class) {
      return "text";
    }
    if (Collection.class.isAssignableFrom(type) || type.isArray()) {
      return "a list";
    }
    if (Map.class.isAssignableFrom(type)) {
      return "an object";
    }
    return "an object (" + words(type.getSimpleName()) + ")";
  }

  private static String foundToken(@Nullable String original) {
    if (original == null) {
      return "";
    }
    String text = original.toLowerCase(Locale.ROOT);
    if (text.contains("from string value") || text.contains("value_string")) {
      return " but found text";
    }
    if (text.contains("from array value") || text.contains("start_array")) {
      return " but found a list";
    }
    if (text.contains("from object value") || text.contains("start_object")) {
      return " but found an object";
    }
    if (text.contains("from boolean") || text.contains("value_true") || text.contains("value_false")) {
      return " but found true or false";
    }
    if (text.contains("from number") || text.contains("from integer") || text.contains("from floating")
        || text.contains("value_number")) {
      return " but found a number";
    }
    return "";
  }

  private static String found(@Nullable Object value) {
    if (value == null) {
      return "nothing";
    }
    return value instanceof String s ? "\"" + PlainText.excerpt(s) + "\"" : PlainText.excerpt(String.valueOf(value));
  }

  private static String words(String camel) {
    return camel.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
  }

  private static String firstLine(@Nullable String text) {
    if (text == null || text.isBlank()) {
      return "could not be read";
    }
    String line = text.strip().lines().findFirst().orElse("").strip();
    int hint = line.indexOf(" at [Source");
    line = hint > 0 ? line.substring(0, hint) : line;
    return line.replaceAll("\\s+", " ");
  }
}
