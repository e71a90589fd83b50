package io.charterassurance.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.charterassurance.model.charter.Charter;
import io.charterassurance.model.charter.Clause;
import io.charterassurance.model.io.CharterJson;
import io.charterassurance.model.io.ReadResult;
import io.charterassurance.model.io.SubmissionReader;
import io.charterassurance.model.io.SubmissionSchema;
import io.charterassurance.model.io.Violation;
import io.charterassurance.model.organisation.OrganisationKind;
import io.charterassurance.model.report.Report;
import io.charterassurance.model.text.PlainText;
import io.charterassurance.report.ReportFormat;
import io.charterassurance.model.report.ReportSchema;
import io.charterassurance.report.ReportWriter;
import io.charterassurance.rules.Assessor;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * What each endpoint does, over one shared {@link Assessor} and reader. Every answer that is not
 * what was asked for is a {@link Failure}, which {@link CharterServer} sends as a problem.
 */
final class Endpoints {
  /** The media types a submission may be sent as, and the format each is read in. */
  static final Map<String, SubmissionReader.Format> SUBMISSION_TYPES = submissionTypes();
  /** The report formats, by the media type each is sent as, in the order a tie is decided in. */
  static final Map<String, ReportFormat> REPORT_TYPES = reportTypes();

  static final String JSON = "application/json";
  static final String SCHEMA_JSON = "application/schema+json";
  /** The name a submission goes by in reports and violations when the request does not give one. */
  static final String DEFAULT_SOURCE = "submission";
  /** The request attribute that says the body was read to its end. */
  static final String BODY_READ = "io.charterassurance.server.body-read";
  /** The longest {@code source} name accepted. */
  static final int MAX_SOURCE = 200;

  private final Assessor assessor;
  private final SubmissionReader reader = SubmissionReader.create();
  private final ServerOptions options;
  private final Semaphore turns;
  private final byte[] submissionSchema;
  private final byte[] reportSchema;
  private final byte[] health;

  Endpoints(Assessor assessor, ServerOptions options) {
    this.assessor = assessor;
    this.options = options;
    this.turns = new Semaphore(options.concurrentRequests(), true);
    this.submissionSchema = SubmissionSchema.text().getBytes(StandardCharsets.UTF_8);
    this.reportSchema = ReportSchema.text().getBytes(StandardCharsets.UTF_8);
    Map<String, String> status = new LinkedHashMap<>();
    status.put("status", "up");
    status.put("version", Assessor.libraryVersion());
    status.put("charter", Charter.standard().version());
    status.put("ruleSet", assessor.catalogue().version());
    status.put("ruleSetHash", assessor.ruleSetHash());
    status.put("policy", assessor.policy().id());
    this.health = json(status);
  }

  /** {@code POST /assessments}: the report of a submission, in the format the Accept header asks for. */
  void assess(Context ctx) throws Failure {
    String source = queryParameters(ctx, "source").getOrDefault("source", DEFAULT_SOURCE);
    checkSource(source);
    String type = negotiate(ctx, List.copyOf(REPORT_TYPES.keySet()));
    ReportFormat format = REPORT_TYPES.get(type);
    SubmissionReader.Format as = submissionFormat(ctx);
    byte[] rendered = withTurn(() -> {
      ReadResult read = reader.read(source, body(ctx), as);
      Report report = assessor.assess(read);
      if (!report.isAssessed()) {
        throw new Failure(Problem.invalid(report.violations()));
      }
      return ReportWriter.of(format).withSources(List.of(source)).bytes(List.of(report));
    });
    send(ctx, 200, contentType(format), rendered);
  }

  /** {@code POST /validations}: whether a submission is valid, and every problem when it is not. */
  void validate(Context ctx) throws Failure {
    String source = queryParameters(ctx, "source").getOrDefault("source", DEFAULT_SOURCE);
    checkSource(source);
    negotiate(ctx, List.of(JSON));
    SubmissionReader.Format as = submissionFormat(ctx);
    List<Violation> violations = withTurn(() -> assessor.validate(reader.read(source, body(ctx), as)));
    if (!violations.isEmpty()) {
      throw new Failure(Problem.invalid(violations));
    }
    send(ctx, 200, JSON, json(new Validation(true, List.of())));
  }

  /** {@code GET /criteria}: the criteria the assessor decides, for every kind or for one. */
  void criteria(Context ctx) throws Failure {
    OrganisationKind kind = kind(queryParameters(ctx, "kind").get("kind"));
    negotiate(ctx, List.of(JSON));
    send(ctx, 200, JSON, json(kind == null ? assessor.catalogue().criteria() : assessor.catalogue().forKind(kind)));
  }

  /** {@code GET /charter}: the Charter's clauses, or the calls that concern one kind with their parts. */
  void charter(Context ctx) throws Failure {
    OrganisationKind kind = kind(queryParameters(ctx, "kind").get("kind"));
    negotiate(ctx, List.of(JSON));
    Charter charter = Charter.standard();
    List<Clause> clauses = kind == null ? charter.clauses()
        : charter.callsConcerning(kind).stream()
            .flatMap(c -> Stream.concat(Stream.of(c), charter.children(c.id()).stream())).toList();
    send(ctx, 200, JSON, json(clauses));
  }

  /** {@code GET /schema/submission}: the JSON Schema of a submission. */
  void submissionSchema(Context ctx) throws Failure {
    queryParameters(ctx);
    send(ctx, 200, negotiate(ctx, List.of(SCHEMA_JSON, JSON)), submissionSchema);
  }

  /** {@code GET /schema/report}: the JSON Schema of a report in JSON. */
  void reportSchema(Context ctx) throws Failure {
    queryParameters(ctx);
    send(ctx, 200, negotiate(ctx, List.of(SCHEMA_JSON, JSON)), reportSchema);
  }

  /** {@code GET /health}: the service is up, and what it assesses with. */
  void health(Context ctx) throws Failure {
    queryParameters(ctx);
    negotiate(ctx, List.of(JSON));
    send(ctx, 200, JSON, health);
  }

  /**
   * Sends a failure as a problem. A body the request was refused before reading is read and
   * dropped first (up to the bound), so that the connection can carry the client's next request;
   * one that is too large, or cannot be read, closes the connection instead.
   */
  void refuse(Context ctx, Failure failure) {
    if (ctx.attribute(BODY_READ) == null && (ctx.req().getContentLengthLong() > 0 || ctx.header("Transfer-Encoding") != null)) {
      boolean drained = false;
      if (ctx.req().getContentLengthLong() <= options.maxBodyBytes()) {
        try (InputStream in = ctx.req().getInputStream()) {
          drained = in.readNBytes((int) options.maxBodyBytes() + 1).length <= options.maxBodyBytes();
        } catch (IOException e) {
          drained = false;
        }
      }
      if (drained) {
        ctx.attribute(BODY_READ, Boolean.TRUE);
      }
    }
    CharterServer.send(ctx, failure);
  }

  /** The body of {@code POST /validations} for a valid submission. */
  record Validation(boolean valid, List<Violation> violations) {}

  /** Work done in a turn: reading, assessing and rendering a submission. */
  @FunctionalInterface
  interface Turn<T> {
    T run() throws Failure;
  }

  /**
   * Runs {@code work} when one of the {@link ServerOptions#concurrentRequests} turns is free, so
   * that however many requests arrive, only so many bodies are held and assessed at once.
   */
  private <T> T withTurn(Turn<T> work) throws Failure {
    boolean acquired;
    try {
      acquired = turns.tryAcquire(options.queueTimeout().toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new Failure(Problem.of(503, "The service is stopping; send the request again later."),
          Map.of("Retry-After", "5"));
    }
    if (!acquired) {
      throw new Failure(Problem.of(503, "The service is busy: every one of its " + options.concurrentRequests()
          + " turns stayed taken for " + options.queueTimeout().toSeconds() + " s; send the request again later."),
          Map.of("Retry-After", "5"));
    }
    try {
      return work.run();
    } finally {
      turns.release();
    }
  }

  /**
   * The request's query parameters, each given at most once and each one of {@code allowed}: a
   * misspelt parameter is refused rather than ignored.
   */
  static Map<String, String> queryParameters(Context ctx, String... allowed) throws Failure {
    Set<String> names = Set.of(allowed);
    Map<String, String> out = new LinkedHashMap<>();
    Map<String, List<String>> given;
    try {
      given = ctx.queryParamMap();
    } catch (RuntimeException e) {
      throw Failure.of(400, "the query string is not well-formed: a % must start a percent-encoded UTF-8 byte, such as %20");
    }
    for (Map.Entry<String, List<String>> parameter : given.entrySet()) {
      String name = parameter.getKey();
      if (!names.contains(name)) {
        throw Failure.of(400, "\"" + MediaTypes.quote(name) + "\" is not a query parameter of " + ctx.req().getMethod() + " "
            + ctx.path() + (allowed.length == 0 ? ", which takes none" : "; it takes " + String.join(", ", allowed)));
      }
      if (parameter.getValue().size() != 1) {
        throw Failure.of(400, "the query parameter " + name + " is given " + parameter.getValue().size()
            + " times; give it once");
      }
      out.put(name, parameter.getValue().get(0));
    }
    return out;
  }

  /** The media type to answer with, of those offered, or 406 naming them; a malformed Accept header is 400. */
  static String negotiate(Context ctx, List<String> offered) throws Failure {
    try {
      return MediaTypes.choose(ctx.header("Accept"), offered).orElseThrow(() -> Failure.of(406,
          "The Accept header accepts none of the media types " + ctx.req().getMethod() + " " + ctx.path() + " can send: "
              + String.join(", ", offered) + "."));
    } catch (MediaTypes.Malformed e) {
      throw Failure.of(400, e.getMessage());
    }
  }

  /** The format the body is in, from its Content-Type; 415 when there is none or it is not one a submission may be sent as. */
  private static SubmissionReader.Format submissionFormat(Context ctx) throws Failure {
    String header = ctx.header("Content-Type");
    String expected = "send a submission as " + String.join(", ", SUBMISSION_TYPES.keySet()) + ", in UTF-8";
    if (header == null || header.isBlank()) {
      throw Failure.of(415, "The request has no Content-Type; " + expected + ".");
    }
    MediaTypes.ContentType type = MediaTypes.contentType(header);
    SubmissionReader.Format format = SUBMISSION_TYPES.get(type.type());
    if (format == null) {
      throw Failure.of(415, "The Content-Type " + MediaTypes.quote(type.type()) + " is not one a submission is read from; "
          + expected + ".");
    }
    if (!type.isUtf8()) {
      throw Failure.of(415, "The Content-Type names the charset " + MediaTypes.quote(String.valueOf(type.charset()))
          + "; a submission is read as UTF-8 only: send it as UTF-8, with charset=utf-8 or no charset.");
    }
    String encoding = ctx.header("Content-Encoding");
    if (encoding != null && !encoding.isBlank() && !encoding.trim().equalsIgnoreCase("identity")) {
      throw Failure.of(415, "The body is sent with Content-Encoding " + MediaTypes.quote(encoding.trim())
          + ", which the service does not decode; send the submission uncompressed.");
    }
    return format;
  }

  /**
   * The request body, read no further than {@link ServerOptions#maxBodyBytes} (413 past it,
   * whether the request declares its length or not).
   */
  private byte[] body(Context ctx) throws Failure {
    long max = options.maxBodyBytes();
    long declared = ctx.req().getContentLengthLong();
    if (declared > max) {
      throw tooLarge(declared);
    }
    try (InputStream in = ctx.req().getInputStream()) {
      byte[] bytes = in.readNBytes((int) max + 1);
      if (bytes.length > max) {
        throw tooLarge(-1);
      }
      ctx.attribute(BODY_READ, Boolean.TRUE);
      return bytes;
    } catch (IOException e) {
      throw Failure.of(400, "The request body could not be read to its end: the connection failed or the body is"
          + " not well-formed HTTP.");
    }
  }

  private Failure tooLarge(long declared) {
    return Failure.of(413, "The body " + (declared >= 0 ? "is " + declared + " bytes" : "is larger than that")
        + "; the largest accepted is " + options.maxBodyBytes() + " bytes.");
  }

  /** A {@code source} name: short, one line, nothing a report could not show. */
  private static void checkSource(String source) throws Failure {
    if (source.isBlank() || source.length() > MAX_SOURCE) {
      throw Failure.of(400, "the query parameter source must have 1 to " + MAX_SOURCE + " characters");
    }
    String problem = PlainText.problem(source, false).orElse(null);
    if (problem != null) {
      throw Failure.of(400, "the query parameter source " + problem);
    }
  }

  /** The kind a {@code kind} parameter names by its JSON name, or null for none; 400 listing the kinds otherwise. */
  private static @Nullable OrganisationKind kind(@Nullable String value) throws Failure {
    if (value == null) {
      return null;
    }
    for (OrganisationKind kind : OrganisationKind.values()) {
      if (CharterJson.externalName(kind).equalsIgnoreCase(value.trim())) {
        return kind;
      }
    }
    throw Failure.of(400, "\"" + MediaTypes.quote(value) + "\" is not a kind of organisation; expected one of "
        + Arrays.stream(OrganisationKind.values()).map(CharterJson::externalName).collect(Collectors.joining(", ")));
  }

  /** The Content-Type a report is sent with: its media type, with the charset for text. */
  static String contentType(ReportFormat format) {
    return switch (format) {
      case JSON, SARIF -> format.mediaType();
      case CSV -> format.mediaType() + "; charset=utf-8; header=present";
      case HTML, TEXT, JUNIT -> format.mediaType() + "; charset=utf-8";
    };
  }

  static void send(Context ctx, int status, String contentType, byte[] body) {
    ctx.status(status);
    ctx.contentType(contentType);
    ctx.result(body);
  }

  static byte[] json(Object value) {
    try {
      return CharterJson.json().writeValueAsBytes(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a response could not be written as JSON", e);
    }
  }

  private static Map<String, SubmissionReader.Format> submissionTypes() {
    Map<String, SubmissionReader.Format> types = new LinkedHashMap<>();
    types.put("application/json", SubmissionReader.Format.JSON);
    types.put("application/yaml", SubmissionReader.Format.YAML);
    types.put("application/x-yaml", SubmissionReader.Format.YAML);
    types.put("text/yaml", SubmissionReader.Format.YAML);
    return java.util.Collections.unmodifiableMap(types);
  }

  private static Map<String, ReportFormat> reportTypes() {
    Map<String, ReportFormat> types = new LinkedHashMap<>();
    for (ReportFormat format : List.of(ReportFormat.JSON, ReportFormat.HTML, ReportFormat.CSV, ReportFormat.SARIF,
        ReportFormat.JUNIT, ReportFormat.TEXT)) {
      types.put(format.mediaType(), format);
    }
    return java.util.Collections.unmodifiableMap(types);
  }
}
