package io.charterassurance.model.io;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import org.jspecify.annotations.Nullable;

/**
 * Input the reader refuses, with the plain sentence to report and the location of the offending
 * token. A mapping exception, so that Jackson adds the JSON path as it unwinds; a refusal made by
 * the parser itself, before a deserializer has the token, carries its own path.
 */
final class Refusal extends MismatchedInputException {
  private static final long serialVersionUID = 1L;

  private final String sentence;
  private final @Nullable String jsonPath;

  private Refusal(JsonParser parser, String sentence, JsonLocation at, @Nullable String jsonPath) {
    super(parser, sentence, at);
    this.sentence = sentence;
    this.jsonPath = jsonPath;
  }

  /** A deserializer's refusal of the parser's current token; Jackson gives the path. */
  static Refusal at(JsonParser parser, String sentence) {
    return new Refusal(parser, sentence, parser.currentTokenLocation(), null);
  }

  /**
   * The parser's refusal of its current token, at the path the parser is at (for a property name,
   * the path of its object).
   */
  static Refusal ofToken(JsonParser parser, String sentence) {
    return new Refusal(parser, sentence, parser.currentTokenLocation(),
        path(parser.getParsingContext(), parser.currentToken() == JsonToken.FIELD_NAME));
  }

  /** The JSON path of a parser's current token, such as {@code $.evidence[0].provenance.title}. */
  private static String path(@Nullable JsonStreamContext context, boolean skipName) {
    StringBuilder out = new StringBuilder();
    boolean first = true;
    for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
      boolean skip = first && skipName;
      first = false;
      if (c.inObject() && c.getCurrentName() != null && !skip) {
        out.insert(0, "." + c.getCurrentName());
      } else if (c.inArray() && c.getCurrentIndex() >= 0) {
        out.insert(0, "[" + c.getCurrentIndex() + "]");
      }
    }
    return "$" + out;
  }

  /** The path the parser gave, when the parser refused the token itself. */
  @Nullable String jsonPath() {
    return jsonPath;
  }

  /** What is wrong, read after the path. */
  String sentence() {
    return sentence;
  }
}
