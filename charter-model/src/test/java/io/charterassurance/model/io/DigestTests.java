package io.charterassurance.model.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/**
 * The submission digest: SHA-256 of the document's RFC 8785 canonical JSON, taken once by the
 * reader, so that anyone can recompute it from the file without this library.
 */
class DigestTests {
  private static final SubmissionReader READER = SubmissionReader.create();

  /** The minimal board submission in RFC 8785 form, written out by hand: keys sorted, no spaces. */
  private static final String CANONICAL = "{\"asAt\":\"2026-03-31\",\"evidence\":[{\"hoursPerYear\":96000,"
      + "\"id\":\"volunteering-2025\",\"kind\":\"volunteering\",\"provenance\":{\"approvedBy\":"
      + "\"Tower Hamlets Health and Wellbeing Board\",\"coProduced\":false,\"date\":\"2026-02-01\","
      + "\"minuteReference\":\"HWB/26/04\",\"source\":\"organisation\",\"status\":\"approved\","
      + "\"title\":\"Volunteering in Tower Hamlets 2025/26\"},\"satisfactionPercent\":87,\"surveyRespondents\":612,"
      + "\"volunteers\":2300}],\"organisation\":{\"code\":\"E09000030\",\"kind\":\"health-and-wellbeing-board\","
      + "\"name\":\"Tower Hamlets Health and Wellbeing Board\"},\"period\":{\"end\":\"2026-03-31\","
      + "\"start\":\"2025-04-01\"}}";

  private static String sha256(String text) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
  }

  private static String digestOf(String name) {
    return READER.read(Fixtures.file(name)).valid().orElseThrow().digest();
  }

  @Test
  void isTheSha256OfTheDocumentsRfc8785CanonicalJson() throws Exception {
    assertThat(digestOf("valid-minimal-board.json")).isEqualTo(sha256(CANONICAL));
  }

  @Test
  void doesNotDependOnSpacingKeyOrderOrHowANumberIsSpelt() throws Exception {
    String respelt = Files.readString(Fixtures.file("valid-minimal-board.json"))
        .replace("\"satisfactionPercent\": 87", "\"satisfactionPercent\": 8.70e1")
        .replace("\n", "\r\n  ");
    String reordered = "{\"period\":{\"start\":\"2025-04-01\",\"end\":\"2026-03-31\"}," + respelt.substring(respelt.indexOf('{') + 1)
        .replaceFirst(",\\s*\"period\": \\{[^}]*\\}", "");
    ReadResult read = READER.read("reordered.json", reordered.getBytes(StandardCharsets.UTF_8));
    assertThat(read.violations()).isEmpty();
    assertThat(read.valid().orElseThrow().digest()).isEqualTo(sha256(CANONICAL));
  }

  @Test
  void aYamlSubmissionHasTheDigestOfTheSameContentAsJson() {
    assertThat(digestOf("valid-minimal-board.yaml")).isEqualTo(digestOf("valid-minimal-board.json"));
  }

  @Test
  void aSubmissionBuiltInCodeIsDigestedOverItsJsonForm() throws Exception {
    var submission = READER.read(Fixtures.file("valid-minimal-board.json")).valid().orElseThrow().submission();
    ReadResult checked = READER.check(submission, "in code");
    String json = CharterJson.json().writeValueAsString(submission);
    assertThat(checked.valid().orElseThrow().digest()).isEqualTo(
        READER.read("written.json", json.getBytes(StandardCharsets.UTF_8)).valid().orElseThrow().digest());
    assertThat(checked.valid().orElseThrow().source()).isEqualTo("in code");
  }

  @Test
  void anInvalidDocumentThatCouldBeReadStillHasItsDigestAndOneThatCouldNotHasNone() {
    String invalid = "{\"organisation\":{\"code\":\"X\",\"name\":\"\",\"kind\":\"health-and-wellbeing-board\"},"
        + "\"asAt\":\"2026-03-31\",\"period\":{\"start\":\"2025-04-01\",\"end\":\"2026-03-31\"},\"evidence\":[]}";
    ReadResult read = READER.read("invalid.json", invalid.getBytes(StandardCharsets.UTF_8));
    assertThat(read.isValid()).isFalse();
    assertThat(read.digest()).hasSize(64);
    assertThat(READER.read("broken.json", "{".getBytes(StandardCharsets.UTF_8)).digest()).isNull();
  }
}
