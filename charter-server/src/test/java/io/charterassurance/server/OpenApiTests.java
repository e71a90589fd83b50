package io.charterassurance.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.oas.OpenApi31;
import io.charterassurance.model.io.CharterJson;
import io.charterassurance.rules.Assessor;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;

/**
 * The published OpenAPI document (schema/openapi.yaml) against the running service: every path,
 * method and status it documents answers as documented, with a media type it lists and a body
 * that its schema (and the JSON Schemas it refers to) accepts; and the service answers nothing it
 * does not document.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@DisplayName("The OpenAPI document")
class OpenApiTests {
  static final Path DOCUMENT = Path.of("..", "schema", "openapi.yaml").toAbsolutePath().normalize();
  private static final byte[] VALID = Http.example("hwb-tower-hamlets.json");
  private static final byte[] INVALID = Http.fixture("invalid-misspelt-property.json");

  private final JsonSchemaFactory schemas = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012,
      builder -> builder.metaSchema(OpenApi31.getInstance()).defaultMetaSchemaIri(OpenApi31.getInstance().getIri()));
  private JsonNode document;
  private CharterServer server;
  private CharterServer small;
  private URI base;

  /** A request that should get a documented status, sent to the servers under test. */
  record Example(String name, Function<OpenApiTests, Http.Response> send) {}

  @BeforeAll
  void start() throws IOException {
    document = CharterJson.yaml().readTree(DOCUMENT.toFile());
    server = CharterServer.start(Assessor.standard(), ServerOptions.defaults().withPort(0));
    small = CharterServer.start(Assessor.standard(), ServerOptions.defaults().withPort(0).withMaxBodyBytes(100));
    base = server.uri();
  }

  @AfterAll
  void stop() {
    server.stop();
    small.stop();
  }

  /** Requests for every documented operation and status, keyed {@code "POST /assessments 422"}. */
  private Map<String, List<Example>> examples() {
    Map<String, List<Example>> all = new LinkedHashMap<>();
    for (String path : List.of("/assessments", "/validations")) {
      String name = "POST " + path + " ";
      if (path.equals("/assessments")) {
        for (String type : Endpoints.REPORT_TYPES.keySet()) {
          add(all, name + 200, "Accept: " + type, t -> t.post(path, VALID, "application/json", type));
        }
        add(all, name + 200, "YAML", t -> t.post(path, Http.yaml(VALID), "application/yaml", "application/json"));
      } else {
        add(all, name + 200, "valid", t -> t.post(path, VALID, "application/json", "application/json"));
      }
      add(all, name + 400, "unknown query parameter", t -> Http.post(t.base, path + "?format=html", VALID,
          "Content-Type", "application/json"));
      add(all, name + 400, "malformed Accept", t -> t.post(path, VALID, "application/json", "text/html;q=7"));
      add(all, name + 406, "Accept: image/png", t -> t.post(path, VALID, "application/json", "image/png"));
      add(all, name + 413, "too large", t -> t.declaring(path));
      add(all, name + 415, "text/plain", t -> t.post(path, VALID, "text/plain", "application/json"));
      add(all, name + 422, "invalid", t -> t.post(path, INVALID, "application/json", "application/json"));
      add(all, name + 503, "busy", t -> t.busy(path));
    }
    for (String path : List.of("/criteria", "/charter")) {
      String name = "GET " + path + " ";
      add(all, name + 200, "all", t -> Http.get(t.base, path));
      add(all, name + 200, "kind=icb", t -> Http.get(t.base, path + "?kind=icb"));
      add(all, name + 400, "unknown kind", t -> Http.get(t.base, path + "?kind=pct"));
      add(all, name + 406, "Accept: text/html", t -> Http.get(t.base, path, "Accept", "text/html"));
    }
    for (String path : List.of("/schema/submission", "/schema/report", "/health")) {
      String name = "GET " + path + " ";
      add(all, name + 200, "default", t -> Http.get(t.base, path));
      if (path.startsWith("/schema/")) {
        add(all, name + 200, "Accept: application/json", t -> Http.get(t.base, path, "Accept", "application/json"));
      }
      add(all, name + 400, "unknown query parameter", t -> Http.get(t.base, path + "?pretty=1"));
      add(all, name + 406, "Accept: text/html", t -> Http.get(t.base, path, "Accept", "text/html"));
    }
    return all;
  }

  private static void add(Map<String, List<Example>> all, String key, String name, Function<OpenApiTests, Http.Response> send) {
    all.computeIfAbsent(key, k -> new ArrayList<>()).add(new Example(name, send));
  }

  private Http.Response post(String path, byte[] body, String contentType, String accept) {
    return Http.post(base, path, body, "Content-Type", contentType, "Accept", accept);
  }

  /** A request declaring a body over the small server's bound of 100 bytes. */
  private Http.Response declaring(String path) {
    try {
      return Http.declaring(small.uri(), path, VALID.length);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  /** A request to a server whose one turn is taken by a request held in flight. */
  private Http.Response busy(String path) {
    try (CharterServer one = CharterServer.start(Assessor.standard(),
        ServerOptions.defaults().withPort(0).withConcurrency(1, Duration.ZERO));
        HeldRequest held = new HeldRequest(one.uri(), path, VALID)) {
      Thread.sleep(500);
      Http.Response refused = Http.post(one.uri(), path, VALID, "Content-Type", "application/json");
      held.finish();
      return refused;
    } catch (IOException e) {
      throw new AssertionError(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  /** Every {@code "METHOD /path status"} the document lists. */
  private List<String> documented() {
    List<String> out = new ArrayList<>();
    document.get("paths").properties().forEach(path -> path.getValue().properties().forEach(method ->
        method.getValue().get("responses").fieldNames().forEachRemaining(status ->
            out.add(method.getKey().toUpperCase(Locale.ROOT) + " " + path.getKey() + " " + status))));
    return out;
  }

  @Test
  @DisplayName("documents exactly the operations and statuses this test sends a request for")
  void documentsWhatIsTested() {
    assertThat(new TreeSet<>(documented())).isEqualTo(new TreeSet<>(examples().keySet()));
    assertThat(document.get("openapi").asText()).isEqualTo("3.1.0");
  }

  @Test
  @DisplayName("documents every path the service answers, with its methods")
  void documentsEveryPath() {
    Map<String, List<String>> paths = new LinkedHashMap<>();
    document.get("paths").properties().forEach(p -> {
      List<String> methods = new ArrayList<>();
      p.getValue().fieldNames().forEachRemaining(m -> methods.add(m.toUpperCase(Locale.ROOT)));
      paths.put(p.getKey(), methods);
    });
    assertThat(paths).isEqualTo(CharterServer.PATHS);
  }

  @TestFactory
  @DisplayName("each documented answer is what the service sends, and validates against its schema")
  Stream<DynamicTest> everyAnswerMatches() {
    return examples().entrySet().stream().flatMap(entry -> entry.getValue().stream().map(example ->
        DynamicTest.dynamicTest(entry.getKey() + " (" + example.name() + ")", () -> check(entry.getKey(), example))));
  }

  private void check(String key, Example example) throws IOException {
    String[] parts = key.split(" ");
    String method = parts[0].toLowerCase(Locale.ROOT);
    String path = parts[1];
    int status = Integer.parseInt(parts[2]);
    Http.Response r = example.send().apply(this);
    assertThat(r.status()).as(key + ": " + r.text()).isEqualTo(status);

    String pointer = "/paths/" + escape(path) + "/" + method + "/responses/" + status;
    JsonNode response = at(pointer);
    if (response.has("$ref")) {
      pointer = response.get("$ref").asText().substring(1);
      response = at(pointer);
    }
    String mediaType = r.contentType().split(";")[0].trim();
    List<String> listed = new ArrayList<>();
    response.get("content").fieldNames().forEachRemaining(listed::add);
    assertThat(listed).as(key + ": the Content-Type is one the document lists").contains(mediaType);
    if (response.has("headers")) {
      for (Iterator<String> names = response.get("headers").fieldNames(); names.hasNext(); ) {
        String header = names.next();
        assertThat(r.header(header)).as(key + ": documented header " + header).isNotEmpty();
      }
    }

    JsonSchema schema = schemas.getSchema(SchemaLocation.of(DOCUMENT.toUri() + "#" + pointer + "/content/"
        + escape(mediaType) + "/schema"));
    JsonNode body = mediaType.endsWith("json") ? CharterJson.json().readTree(r.body())
        : TextNode.valueOf(new String(r.body(), StandardCharsets.UTF_8));
    assertThat(schema.validate(body)).as(key + ": " + r.text()).isEmpty();
  }

  private JsonNode at(String pointer) {
    JsonNode node = document.at(pointer);
    assertThat(node.isMissingNode()).as(pointer + " is in the document").isFalse();
    return node;
  }

  /** A JSON pointer's escaping of one key (RFC 6901). */
  private static String escape(String key) {
    return key.replace("~", "~0").replace("/", "~1");
  }
}
