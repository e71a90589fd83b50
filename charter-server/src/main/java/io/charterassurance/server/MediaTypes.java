package io.charterassurance.server;

import io.charterassurance.model.text.PlainText;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.QuotedCSV;
import org.jspecify.annotations.Nullable;

/**
 * Content negotiation (RFC 9110, sections 12.5.1 and 8.3): which of the media types an endpoint
 * can send an {@code Accept} header prefers, and what media type a {@code Content-Type} header
 * names. Jetty splits the headers into elements and parameters (quoted strings and all); this
 * class judges them.
 */
final class MediaTypes {
  /** A token (RFC 9110, 5.6.2). */
  private static final Pattern TOKEN = Pattern.compile("[!#$%&'*+.^_`|~0-9A-Za-z-]+");
  /** A quality value (RFC 9110, 12.4.2): 0 to 1 with at most three decimals. */
  private static final Pattern QVALUE = Pattern.compile("0(\\.[0-9]{0,3})?|1(\\.0{0,3})?");

  private MediaTypes() {}

  /** A request header this class refuses, with the sentence that says why (the 400's detail). */
  static final class Malformed extends Exception {
    private static final long serialVersionUID = 1L;

    Malformed(String message) {
      super(message, null, false, false);
    }
  }

  /** One media range of an {@code Accept} header with its quality. */
  private record Range(String type, String subtype, BigDecimal quality) {
    /** How specific the range is for a media type it matches: 2 exact, 1 {@code type/*}, 0 {@code *}{@code /*}; -1 no match. */
    int specificity(String mediaType) {
      int slash = mediaType.indexOf('/');
      String t = mediaType.substring(0, slash);
      String s = mediaType.substring(slash + 1);
      if (type.equals("*")) {
        return 0;
      }
      if (!type.equals(t)) {
        return -1;
      }
      if (subtype.equals("*")) {
        return 1;
      }
      return subtype.equals(s) ? 2 : -1;
    }
  }

  /**
   * The media type to send: of those {@code offered} (in the endpoint's order of preference), the
   * one the header gives the highest quality, the quality of a type being that of the most specific
   * range that matches it; a tie goes to the endpoint's preference. No header, or an empty one,
   * accepts anything, so the first offered is sent.
   *
   * @param header the {@code Accept} header, or null
   * @param offered lower-case {@code type/subtype}s, most preferred first
   * @return the type to send; empty when the header accepts none of them (406)
   * @throws Malformed if the header is not a list of media ranges with valid qualities
   */
  static Optional<String> choose(@Nullable String header, List<String> offered) throws Malformed {
    if (header == null || header.isBlank()) {
      return Optional.of(offered.get(0));
    }
    List<Range> ranges = ranges(header);
    String best = null;
    BigDecimal bestQuality = BigDecimal.ZERO;
    for (String type : offered) {
      int specificity = -1;
      BigDecimal quality = BigDecimal.ZERO;
      for (Range range : ranges) {
        int s = range.specificity(type);
        if (s > specificity) {
          specificity = s;
          quality = range.quality();
        } else if (s == specificity && s >= 0 && range.quality().compareTo(quality) > 0) {
          quality = range.quality();
        }
      }
      if (quality.compareTo(bestQuality) > 0) {
        best = type;
        bestQuality = quality;
      }
    }
    return Optional.ofNullable(best);
  }

  private static List<Range> ranges(String header) throws Malformed {
    QuotedCSV elements = new QuotedCSV(true, header);
    List<Range> ranges = new ArrayList<>();
    for (String element : elements.getValues()) {
      Map<String, String> parameters = new HashMap<>();
      String mediaRange = HttpField.getValueParameters(element, parameters).trim().toLowerCase(Locale.ROOT);
      int slash = mediaRange.indexOf('/');
      String type = slash < 0 ? "" : mediaRange.substring(0, slash);
      String subtype = slash < 0 ? "" : mediaRange.substring(slash + 1);
      if (!TOKEN.matcher(type).matches() || !TOKEN.matcher(subtype).matches()
          || type.equals("*") && !subtype.equals("*")) {
        throw new Malformed("the Accept header is not a list of media ranges: \"" + quote(element)
            + "\" is not one (expected type/subtype, type/* or */*, such as application/json)");
      }
      BigDecimal quality = BigDecimal.ONE;
      for (Map.Entry<String, String> parameter : parameters.entrySet()) {
        if (parameter.getKey().trim().equalsIgnoreCase("q")) {
          String q = parameter.getValue() == null ? "" : parameter.getValue().trim();
          if (!QVALUE.matcher(q).matches()) {
            throw new Malformed("the Accept header gives \"" + quote(mediaRange) + "\" the quality \""
                + quote(q) + "\"; a quality is a number from 0 to 1 with at most three decimals");
          }
          quality = new BigDecimal(q);
        }
      }
      ranges.add(new Range(type, subtype, quality));
    }
    return ranges;
  }

  /**
   * What a {@code Content-Type} header says.
   *
   * @param type the media type, lower case, without parameters
   * @param charset the charset parameter, or null when there is none
   */
  record ContentType(String type, @Nullable String charset) {
    /** Whether the charset is UTF-8 or not given (a submission is read as UTF-8 only). */
    boolean isUtf8() {
      return charset == null || charset.equalsIgnoreCase("utf-8") || charset.equalsIgnoreCase("utf8");
    }
  }

  /** The media type and charset a {@code Content-Type} header names. */
  static ContentType contentType(String header) {
    Map<String, String> parameters = new HashMap<>();
    String type = HttpField.getValueParameters(header, parameters).trim().toLowerCase(Locale.ROOT);
    String charset = null;
    for (Map.Entry<String, String> parameter : parameters.entrySet()) {
      if (parameter.getKey().trim().equalsIgnoreCase("charset")) {
        charset = parameter.getValue() == null ? "" : parameter.getValue().trim();
      }
    }
    return new ContentType(type, charset);
  }

  /** Text from a request, as a message may quote it: at most 100 characters, controls shown as code points. */
  static String quote(String text) {
    return PlainText.visible(PlainText.excerpt(text));
  }
}
