package io.charterassurance.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Content negotiation as RFC 9110 describes it. */
@DisplayName("Content negotiation")
class MediaTypesTests {
  private static final List<String> REPORTS = List.copyOf(Endpoints.REPORT_TYPES.keySet());

  private static String choose(String accept) throws MediaTypes.Malformed {
    return MediaTypes.choose(accept, REPORTS).orElse("none");
  }

  @Test
  @DisplayName("sends the endpoint's first type when the header is absent, empty or accepts anything")
  void anything() throws Exception {
    assertThat(MediaTypes.choose(null, REPORTS)).contains("application/json");
    assertThat(choose("")).isEqualTo("application/json");
    assertThat(choose("*/*")).isEqualTo("application/json");
  }

  @Test
  @DisplayName("takes the highest quality, and the endpoint's order among equals")
  void quality() throws Exception {
    assertThat(choose("text/csv;q=0.4, text/plain;q=0.6")).isEqualTo("text/plain");
    assertThat(choose("text/csv, text/plain")).isEqualTo("text/csv");
    assertThat(choose("text/*")).isEqualTo("text/html");
    assertThat(choose("TEXT/CSV")).as("media types are case-insensitive").isEqualTo("text/csv");
  }

  @Test
  @DisplayName("gives a type the quality of the most specific range that matches it")
  void specificity() throws Exception {
    assertThat(choose("text/*;q=0.9, text/html;q=0.1")).isEqualTo("text/csv");
    assertThat(choose("*/*;q=0.5, application/json;q=0")).isEqualTo("text/html");
  }

  @Test
  @DisplayName("refuses a type with quality 0, and chooses none when nothing is acceptable")
  void refusal() throws Exception {
    assertThat(choose("application/json;q=0")).isEqualTo("none");
    assertThat(choose("image/png, text/html;q=0.000")).isEqualTo("none");
  }

  @Test
  @DisplayName("ignores parameters other than q, and reads quoted ones")
  void parameters() throws Exception {
    assertThat(choose("text/html;level=1;q=0.2, text/csv;charset=\"utf-8\";q=0.3")).isEqualTo("text/csv");
  }

  @Test
  @DisplayName("refuses what is not a media range or not a quality")
  void malformed() {
    for (String accept : List.of("html", "text/", "*/html", "text/html;q=1.5", "text/html;q=", "text/html;q=0.12345",
        "text/h tml")) {
      assertThatThrownBy(() -> choose(accept)).as(accept).isInstanceOf(MediaTypes.Malformed.class);
    }
  }

  @Test
  @DisplayName("reads a Content-Type's media type and charset")
  void contentType() {
    assertThat(MediaTypes.contentType("Application/JSON; charset=UTF-8"))
        .isEqualTo(new MediaTypes.ContentType("application/json", "UTF-8"));
    assertThat(MediaTypes.contentType("text/yaml").isUtf8()).isTrue();
    assertThat(MediaTypes.contentType("text/yaml; charset=latin1").isUtf8()).isFalse();
  }
}
