package io.charterassurance.server;

import static io.charterassurance.server.Http.example;
import static io.charterassurance.server.Http.fixture;
import static io.charterassurance.server.Http.get;
import static io.charterassurance.server.Http.post;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.charterassurance.model.io.CharterJson;
import io.charterassurance.model.io.SubmissionReader;
import io.charterassurance.model.io.SubmissionSchema;
import io.charterassurance.report.ReportFormat;
import io.charterassurance.model.report.ReportSchema;
import io.charterassurance.report.ReportWriter;
import io.charterassurance.rules.Assessor;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The service, black-box: a real HTTP client against the server on a free port of this machine. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@DisplayName("The HTTP service")
class ServerTests {
  private static final String EXAMPLE = "hwb-tower-hamlets.json";

  private CharterServer server;
  private URI base;

  @BeforeAll
  void start() {
    server = CharterServer.start(Assessor.standard(), ServerOptions.defaults().withPort(0));
    base = server.uri();
  }

  @AfterAll
  void stop() {
    server.stop();
  }

  /** The report the library gives for a submission, in a format, named as the service names it. */
  static byte[] expected(byte[] submission, SubmissionReader.Format as, ReportFormat format, String source) {
    var report = Assessor.standard().assess(SubmissionReader.create().read(source, submission, as));
    return ReportWriter.of(format).withSources(List.of(source)).bytes(List.of(report));
  }

  private Http.Response assess(byte[] body, String... headers) {
    return post(base, "/assessments", body, headers);
  }

  @Nested
  @DisplayName("POST /assessments")
  class Assessments {
    @Test
    @DisplayName("answers a JSON submission with its report in JSON, the very bytes the library writes")
    void jsonByDefault() {
      var r = assess(example(EXAMPLE), "Content-Type", "application/json");
      assertThat(r.status()).isEqualTo(200);
      assertThat(r.contentType()).isEqualTo("application/json");
      assertThat(r.body()).isEqualTo(expected(example(EXAMPLE), SubmissionReader.Format.JSON, ReportFormat.JSON, "submission"));
      assertThat(r.json().get("subject").get("name").asText()).contains("Tower Hamlets");
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(ReportFormat.class)
    @DisplayName("sends the format the Accept header asks for, with its media type")
    void everyFormat(ReportFormat format) {
      var r = assess(example(EXAMPLE), "Content-Type", "application/json", "Accept", format.mediaType());
      assertThat(r.status()).isEqualTo(200);
      assertThat(r.contentType()).startsWith(format.mediaType());
      assertThat(r.header("Vary")).contains("Accept");
      assertThat(r.body()).isEqualTo(expected(example(EXAMPLE), SubmissionReader.Format.JSON, format, "submission"));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"application/yaml", "application/x-yaml", "text/yaml", "application/yaml; charset=utf-8"})
    @DisplayName("reads YAML as it reads JSON: the same submission gets the same report")
    void yaml(String type) {
      byte[] yaml = Http.yaml(example(EXAMPLE));
      var r = assess(yaml, "Content-Type", type);
      assertThat(r.status()).isEqualTo(200);
      JsonNode fromJson = assess(example(EXAMPLE), "Content-Type", "application/json").json();
      assertThat(r.json()).isEqualTo(fromJson);
    }

    @Test
    @DisplayName("honours quality values: the highest wins, q=0 refuses a type, the most specific range decides")
    void qualityValues() {
      assertThat(assess(example(EXAMPLE), "Content-Type", "application/json", "Accept", "text/html;q=0.5, text/csv")
          .contentType()).startsWith("text/csv");
      assertThat(assess(example(EXAMPLE), "Content-Type", "application/json", "Accept", "application/json;q=0, */*")
          .contentType()).startsWith("text/html");
      assertThat(assess(example(EXAMPLE), "Content-Type", "application/json", "Accept", "text/*;q=0.3, text/plain;q=0.9, */*;q=0.1")
          .contentType()).startsWith("text/plain");
      assertThat(assess(example(EXAMPLE), "Content-Type", "application/json", "Accept",
          "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8").contentType())
          .as("what a browser sends").startsWith("text/html");
    }

    @Test
    @DisplayName("answers 406 listing what it can send when the Accept header accepts none of it")
    void notAcceptable() {
      var r = assess(example(EXAMPLE), "Content-Type", "application/json", "Accept", "image/png, text/html;q=0");
      assertThat(r.status()).isEqualTo(406);
      assertThat(r.contentType()).isEqualTo("application/problem+json");
      assertThat(r.json().get("detail").asText()).contains("application/json", "text/html", "text/csv",
          "application/sarif+json", "application/xml", "text/plain");
    }

    @ParameterizedTest(name = "Accept: {0}")
    @ValueSource(strings = {"text/html;q=2", "text/html;q=abc", "html", "*/json", "text/html;q=0.0001"})
    @DisplayName("answers 400 to a malformed Accept header, quoting it")
    void malformedAccept(String accept) {
      var r = assess(example(EXAMPLE), "Content-Type", "application/json", "Accept", accept);
      assertThat(r.status()).isEqualTo(400);
      assertThat(r.json().get("detail").asText()).contains("Accept");
    }

    @Test
    @DisplayName("answers 422 with every violation, each with its path, line, column and message")
    void invalid() {
      var r = assess(fixture("invalid-misspelt-property.json"), "Content-Type", "application/json", "Accept", "text/html");
      assertThat(r.status()).isEqualTo(422);
      assertThat(r.contentType()).isEqualTo("application/problem+json");
      JsonNode problem = r.json();
      assertThat(problem.get("status").asInt()).isEqualTo(422);
      assertThat(problem.get("title").asText()).isEqualTo("Unprocessable Content");
      JsonNode violation = problem.get("violations").get(0);
      assertThat(violation.get("source").asText()).isEqualTo("submission");
      assertThat(violation.get("path").asText()).isEqualTo("$.evidence[0].provenance.coProduce");
      assertThat(violation.get("line").asInt()).isEqualTo(23);
      assertThat(violation.get("column").asInt()).isEqualTo(9);
      assertThat(violation.get("message").asText()).startsWith("unknown property \"coProduce\"; did you mean \"coProduced\"?");
    }

    @Test
    @DisplayName("names the submission as the source parameter says, in the report and in violations")
    void source() {
      var report = post(base, "/assessments?source=tower-hamlets.json", example(EXAMPLE), "Content-Type", "application/json",
          "Accept", "application/sarif+json");
      assertThat(report.status()).isEqualTo(200);
      assertThat(report.body()).isEqualTo(expected(example(EXAMPLE), SubmissionReader.Format.JSON, ReportFormat.SARIF,
          "tower-hamlets.json"));
      var invalid = post(base, "/assessments?source=mine.json", fixture("invalid-negative-hours.json"),
          "Content-Type", "application/json");
      assertThat(invalid.json().get("violations").get(0).get("source").asText()).isEqualTo("mine.json");
      assertThat(post(base, "/assessments?source=a%0Ab", example(EXAMPLE), "Content-Type", "application/json").status())
          .as("a source with a line break").isEqualTo(400);
    }

    @Test
    @DisplayName("answers 415 to a body without a Content-Type, of another type, in another charset, or compressed")
    void unsupportedMediaType() {
      assertThat(assess(example(EXAMPLE)).status()).isEqualTo(415);
      var text = assess(example(EXAMPLE), "Content-Type", "text/plain");
      assertThat(text.status()).isEqualTo(415);
      assertThat(text.json().get("detail").asText()).contains("application/json", "application/yaml");
      assertThat(assess(example(EXAMPLE), "Content-Type", "application/json; charset=iso-8859-1").status()).isEqualTo(415);
      assertThat(assess(example(EXAMPLE), "Content-Type", "application/json", "Content-Encoding", "gzip").status()).isEqualTo(415);
    }

    @Test
    @DisplayName("answers 422, never a fault, to bodies that are not submissions at all")
    void hostileBodies() {
      for (byte[] body : List.of(new byte[0], "null".getBytes(StandardCharsets.UTF_8), "[1,2]".getBytes(StandardCharsets.UTF_8),
          new byte[] {(byte) 0xff, (byte) 0xfe, 0, 0x1b, '[', '2', 'J'}, "{\"a\":".repeat(200).getBytes(StandardCharsets.UTF_8),
          "key: [unclosed".getBytes(StandardCharsets.UTF_8))) {
        for (String type : List.of("application/json", "application/yaml")) {
          var r = assess(body, "Content-Type", type);
          assertThat(r.status()).as(new String(body, StandardCharsets.ISO_8859_1)).isEqualTo(422);
          assertThat(r.json().get("violations")).isNotEmpty();
          assertThat(r.text()).doesNotContain("Exception", "\tat ", "\u001b");
        }
      }
    }

    @Test
    @DisplayName("gives every request the same answer when many arrive at once (one assessor, shared)")
    void concurrent() throws Exception {
      byte[] expected = expected(example(EXAMPLE), SubmissionReader.Format.JSON, ReportFormat.JSON, "submission");
      ExecutorService pool = Executors.newFixedThreadPool(16);
      try {
        List<Future<Http.Response>> answers = new ArrayList<>();
        for (int i = 0; i < 48; i++) {
          answers.add(pool.submit(() -> assess(example(EXAMPLE), "Content-Type", "application/json")));
        }
        for (Future<Http.Response> answer : answers) {
          assertThat(answer.get().status()).isEqualTo(200);
          assertThat(answer.get().body()).isEqualTo(expected);
        }
      } finally {
        pool.shutdownNow();
      }
    }
  }

  @Nested
  @DisplayName("POST /validations")
  class Validations {
    @Test
    @DisplayName("answers 200 with no violations for a valid submission")
    void valid() {
      var r = post(base, "/validations", example(EXAMPLE), "Content-Type", "application/json");
      assertThat(r.status()).isEqualTo(200);
      assertThat(r.json().get("valid").asBoolean()).isTrue();
      assertThat(r.json().get("violations")).isEmpty();
    }

    @Test
    @DisplayName("answers 422 with the violations, including those only the rule set can find")
    void invalid() {
      var r = post(base, "/validations", fixture("invalid-duplicate-evidence-ids.json"), "Content-Type", "application/json");
      assertThat(r.status()).isEqualTo(422);
      assertThat(r.json().get("violations").get(0).get("path").asText()).isEqualTo("$.evidence[1].id");
      String waiver = new String(example(EXAMPLE), StandardCharsets.UTF_8).replaceFirst("\"evidence\"",
          "\"waivers\": [{\"criterion\": \"N99\", \"reason\": \"r\", \"requestedBy\": \"A\", \"approvedBy\": \"B\","
              + " \"approverRole\": \"Regional Director\", \"approvingOrganisation\": \"NHS England London region\","
              + " \"approverKind\": \"nhs-england-region\", \"approvedOn\": \"2025-01-01\", \"expires\": \"2025-06-30\"}],\n  \"evidence\"");
      var unknown = post(base, "/validations", waiver.getBytes(StandardCharsets.UTF_8), "Content-Type", "application/json");
      assertThat(unknown.status()).isEqualTo(422);
      assertThat(unknown.text()).contains("is not a criterion of rule set");
    }
  }

  @Nested
  @DisplayName("Limits")
  class Limits {
    @Test
    @DisplayName("answers 413 to a body over 16 MiB by its declared length, before reading it")
    void declaredTooLarge() throws Exception {
      var r = Http.declaring(base, "/assessments", 16L * 1024 * 1024 + 1);
      assertThat(r.status()).isEqualTo(413);
      assertThat(r.contentType()).isEqualTo("application/problem+json");
      assertThat(r.json().get("detail").asText()).contains("16777217 bytes", "16777216");
      assertThat(Http.declaring(base, "/validations", 16L * 1024 * 1024 + 1).status()).isEqualTo(413);
    }

    @Test
    @DisplayName("answers 413 to a body over the configured bound sent without a length (chunked)")
    void chunkedTooLarge() {
      try (CharterServer small = CharterServer.start(Assessor.standard(),
          ServerOptions.defaults().withPort(0).withMaxBodyBytes(1_000))) {
        byte[] body = " ".repeat(5_000).getBytes(StandardCharsets.UTF_8);
        var r = send(java.net.http.HttpRequest.newBuilder(small.uri().resolve("/validations"))
            .header("Content-Type", "application/json")
            .POST(java.net.http.HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(body)))
            .build());
        assertThat(r.status()).isEqualTo(413);
        assertThat(r.json().get("detail").asText()).contains("1000 bytes");
      }
    }

    @Test
    @DisplayName("answers 404 to an unknown path and 405 with Allow to a method a path does not take")
    void unknownPathsAndMethods() {
      var missing = get(base, "/assessment");
      assertThat(missing.status()).isEqualTo(404);
      assertThat(missing.contentType()).isEqualTo("application/problem+json");
      assertThat(missing.json().get("detail").asText()).contains("POST /assessments", "GET /health");
      var wrong = get(base, "/assessments");
      assertThat(wrong.status()).isEqualTo(405);
      assertThat(wrong.header("Allow")).isEqualTo("POST");
      assertThat(post(base, "/health", new byte[0]).status()).isEqualTo(405);
    }

    @Test
    @DisplayName("answers 400 to an unknown or repeated query parameter rather than ignoring it")
    void queryParameters() throws Exception {
      var unknown = get(base, "/criteria?knd=icb");
      assertThat(unknown.status()).isEqualTo(400);
      assertThat(unknown.json().get("detail").asText()).contains("\"knd\"", "kind");
      assertThat(get(base, "/criteria?kind=icb&kind=ccg").status()).isEqualTo(400);
      assertThat(get(base, "/health?verbose").status()).isEqualTo(400);
      String encoding = Http.raw(base, "GET /criteria?kind=%zz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"
          .getBytes(StandardCharsets.ISO_8859_1));
      assertThat(Http.parse(encoding).status()).as("a malformed percent-encoding").isEqualTo(400);
      assertThat(Http.parse(encoding).contentType()).isEqualTo("application/problem+json");
    }

    @Test
    @DisplayName("answers malformed HTTP with a problem, not a stack trace or an HTML page")
    void malformedHttp() throws Exception {
      String bad = Http.raw(base, "GET /health HTTP/1.1\r\nHost: x\r\nBad Header\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
      assertThat(bad).startsWith("HTTP/1.1 400").contains("application/problem+json").doesNotContain("<html", "Exception");
      String huge = Http.raw(base, ("GET /health HTTP/1.1\r\nHost: x\r\nX-Big: " + "a".repeat(20_000) + "\r\n\r\n")
          .getBytes(StandardCharsets.ISO_8859_1));
      assertThat(huge).startsWith("HTTP/1.1 431").contains("application/problem+json").doesNotContain("<html", "Exception");
    }

    @Test
    @DisplayName("marks every response not to be sniffed, cached or framed")
    void safetyHeaders() {
      for (Http.Response r : List.of(get(base, "/health"), get(base, "/nowhere"),
          assess(example(EXAMPLE), "Content-Type", "application/json", "Accept", "text/html"))) {
        assertThat(r.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(r.header("Cache-Control")).isEqualTo("no-store");
        assertThat(r.header("Content-Security-Policy")).contains("default-src 'none'", "frame-ancestors 'none'");
      }
    }
  }

  @Nested
  @DisplayName("GET endpoints")
  class Listings {
    @Test
    @DisplayName("/criteria lists every criterion, and ?kind= those of one kind")
    void criteria() {
      JsonNode all = get(base, "/criteria").json();
      assertThat(all.size()).isEqualTo(Assessor.standard().catalogue().criteria().size());
      JsonNode icb = get(base, "/criteria?kind=icb").json();
      assertThat(icb.size()).isLessThan(all.size()).isPositive();
      icb.forEach(c -> assertThat(c.get("kinds")).extracting(JsonNode::asText).contains("icb"));
      var unknown = get(base, "/criteria?kind=pct");
      assertThat(unknown.status()).isEqualTo(400);
      assertThat(unknown.json().get("detail").asText()).contains("\"pct\" is not a kind of organisation", "icb");
    }

    @Test
    @DisplayName("/charter lists the clauses, and ?kind= the calls that concern a kind with their parts")
    void charter() {
      JsonNode all = get(base, "/charter").json();
      assertThat(all).extracting(c -> c.get("id").asText()).contains("P1", "N1", "A6d");
      JsonNode icb = get(base, "/charter?kind=icb").json();
      assertThat(icb.size()).isLessThan(all.size()).isPositive();
    }

    @Test
    @DisplayName("/schema/submission and /schema/report are the published schemas")
    void schemas() {
      var submission = get(base, "/schema/submission");
      assertThat(submission.contentType()).isEqualTo("application/schema+json");
      assertThat(submission.text()).isEqualTo(SubmissionSchema.text());
      assertThat(get(base, "/schema/report", "Accept", "application/json").text()).isEqualTo(ReportSchema.text());
      assertThat(get(base, "/schema/report", "Accept", "application/json").contentType()).isEqualTo("application/json");
      assertThat(get(base, "/schema/report", "Accept", "text/html").status()).isEqualTo(406);
    }

    @Test
    @DisplayName("/health says the service is up and what it assesses with")
    void health() {
      JsonNode health = get(base, "/health").json();
      assertThat(health.get("status").asText()).isEqualTo("up");
      assertThat(health.get("ruleSetHash").asText()).isEqualTo(Assessor.standard().ruleSetHash());
      assertThat(health.get("policy").asText()).isEqualTo(Assessor.standard().policy().id());
    }
  }

  private static Http.Response send(java.net.http.HttpRequest request) {
    return Http.send(request);
  }
}
