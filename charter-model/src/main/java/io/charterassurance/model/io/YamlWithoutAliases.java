package io.charterassurance.model.io;

import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.ObjectCodec;
import com.fasterxml.jackson.core.io.IOContext;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactoryBuilder;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import io.charterassurance.model.text.PlainText;
import java.io.CharArrayReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import org.jspecify.annotations.Nullable;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * The YAML factory every mapper of the project reads with. Its parsers refuse YAML anchors and
 * aliases, which Jackson would otherwise read as the alias's name ({@code title: *t} would give
 * the title "t"), and apply to YAML the string, name and number limits that Jackson's JSON parser
 * enforces itself ({@link Limits}), so that a YAML file is bounded exactly as a JSON one.
 */
final class YamlWithoutAliases extends YAMLFactory {
  private static final long serialVersionUID = 1L;

  YamlWithoutAliases(YAMLFactoryBuilder builder) {
    super(builder);
  }

  private YamlWithoutAliases(YamlWithoutAliases source, @Nullable ObjectCodec codec) {
    super(source, codec);
  }

  @Override
  public YAMLFactory copy() {
    _checkInvalidCopy(YamlWithoutAliases.class);
    return new YamlWithoutAliases(this, null);
  }

  @Override
  protected YAMLParser _createParser(InputStream in, IOContext context) throws IOException {
    return parser(context, _createReader(in, null, context));
  }

  @Override
  protected YAMLParser _createParser(Reader reader, IOContext context) throws IOException {
    return parser(context, reader);
  }

  @Override
  protected YAMLParser _createParser(char[] data, int offset, int length, IOContext context, boolean recyclable)
      throws IOException {
    return parser(context, new CharArrayReader(data, offset, length));
  }

  @Override
  protected YAMLParser _createParser(byte[] data, int offset, int length, IOContext context) throws IOException {
    return parser(context, _createReader(data, offset, length, null, context));
  }

  private YAMLParser parser(IOContext context, Reader reader) {
    return new Parser(context, _parserFeatures, _yamlParserFeatures, _loaderOptions, _objectCodec, reader);
  }

  /** A YAML parser that refuses anchors and aliases and bounds every scalar. */
  private static final class Parser extends YAMLParser {
    Parser(IOContext context, int features, int yamlFeatures, LoaderOptions options, ObjectCodec codec, Reader reader) {
      super(context, features, yamlFeatures, options, codec, reader);
    }

    @Override
    public JsonToken nextToken() throws IOException {
      JsonToken token = super.nextToken();
      if (token == null) {
        return null;
      }
      if (isCurrentAlias()) {
        throw Refusal.ofToken(this, "is the YAML alias *" + PlainText.visible(getText())
            + "; YAML anchors and aliases are not accepted: write the value out in full");
      }
      Object anchor = getObjectId();
      if (anchor != null) {
        throw Refusal.ofToken(this, "has the YAML anchor &" + PlainText.visible(String.valueOf(anchor))
            + "; YAML anchors and aliases are not accepted: write each value out in full");
      }
      if (token == JsonToken.VALUE_STRING && getTextLength() > Limits.STRING) {
        throw Refusal.ofToken(this, Limits.string());
      }
      if (token == JsonToken.FIELD_NAME && getTextLength() > Limits.NAME) {
        throw Refusal.ofToken(this, Limits.name());
      }
      if (token.isNumeric() && getTextLength() > Limits.NUMBER) {
        throw Refusal.ofToken(this, Limits.number());
      }
      return token;
    }
  }
}
