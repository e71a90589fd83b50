package io.charterassurance.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.charterassurance.model.io.CharterJson;
import io.charterassurance.model.report.Confidence;
import io.charterassurance.model.report.CriterionStatus;
import io.charterassurance.model.report.Finding;
import io.charterassurance.model.report.Report;
import io.charterassurance.model.io.Violation;
import io.charterassurance.model.report.WaiverReview;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * SARIF 2.1.0, so code-scanning tools show findings natively: one run per report, a rule per
 * criterion, and a result per criterion (fail for those short of met, pass for met, not
 * applicable, and waived ones suppressed with the waiver as justification). The requirement
 * status decides the kind and level; the confidence in the evidence never turns a pass into a
 * fail. Each result's message gives both judgements with their reasons, and its property bag
 * holds them as data: {@code status}, {@code confidence} (absent when nothing was relied on),
 * {@code score}, {@code evidence}, {@code confidenceReasons}, {@code raiseConfidence}, {@code
 * history} and, when one was asked for, {@code waiver} with its {@code outcome} and {@code
 * explanation} (a refused or expired waiver is reported, not dropped). An invalid submission's
 * violations are error results of the rule {@code SUBMISSION-VALID}.
 *
 * <p>Every string comes from a {@linkplain Printable#report printable copy} of the report, so
 * controls, bidirectional controls, noncharacters and lone surrogates are shown as escapes such as
 * <code>&#92;u001B</code> in what a code-scanning tool displays. The submission file is named by a
 * URI reference ({@link #uri(String)}), built from the file name as given.
 */
final class SarifRenderer implements Renderer {
  static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
  static final String INVALID_RULE = "SUBMISSION-VALID";
  private static final Pattern DRIVE = Pattern.compile("[A-Za-z]:/");
  private static final String HEX = "0123456789ABCDEF";

  /** The log opens with its schema and version, then holds a run per report, each written as it comes. */
  @Override
  public Sink open(OutputStream out, int spillAfter) {
    ObjectWriter writer = CharterJson.json().writer().without(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    return new Sink() {
      private @Nullable JsonGenerator log;

      @Override
      public void add(Report report, String source) throws IOException {
        JsonGenerator g = log;
        if (g == null) {
          g = writer.createGenerator(out);
          log = g;
          g.writeStartObject();
          g.writeStringField("$schema", SCHEMA);
          g.writeStringField("version", "2.1.0");
          g.writeArrayFieldStart("runs");
        }
        writer.writeValue(g, run(Printable.report(report), source));
      }

      @Override
      public void finish() throws IOException {
        JsonGenerator g = log;
        if (g != null) {
          g.writeEndArray();
          g.writeEndObject();
          g.close();
        }
        out.write('\n');
      }
    };
  }

  /** One report's run, from a printable report and the submission's file name as given. */
  static ObjectNode run(Report r, String source) {
    ObjectNode run = CharterJson.json().createObjectNode();
    ObjectNode driver = run.putObject("tool").putObject("driver");
    driver.put("name", "Charter Assurance");
    driver.put("version", r.provenance().libraryVersion());
    driver.put("informationUri", "https://github.com/charter-assurance/charter-assurance");
    ArrayNode rules = driver.putArray("rules");
    Map<String, Integer> index = new LinkedHashMap<>();
    if (!r.isAssessed()) {
      index.put(INVALID_RULE, 0);
      ObjectNode rule = rules.addObject();
      rule.put("id", INVALID_RULE);
      rule.put("name", "SubmissionValid");
      rule.putObject("shortDescription").put("text", "The submission is well formed and valid");
      rule.putObject("defaultConfiguration").put("level", "error");
    }
    for (Finding f : r.findings()) {
      // One rule per criterion id, as SARIF's rules must be distinct; a repeated id reuses the first.
      if (index.putIfAbsent(f.criterion(), rules.size()) != null) {
        continue;
      }
      ObjectNode rule = rules.addObject();
      rule.put("id", f.criterion());
      rule.put("name", f.criterion().replace("-", ""));
      rule.putObject("shortDescription").put("text", f.title());
      rule.putObject("defaultConfiguration").put("level", f.mandatory() ? "error" : "warning");
      ObjectNode props = rule.putObject("properties");
      ArrayNode tags = props.putArray("tags");
      Set<String> distinct = new LinkedHashSet<>(f.clauses());
      distinct.addAll(f.principles());
      distinct.forEach(tags::add);
      props.put("mandatory", f.mandatory());
      props.put("weight", f.weight());
    }
    if (!source.isEmpty()) {
      run.putArray("artifacts").addObject().putObject("location").put("uri", uri(source));
    }
    ObjectNode automation = run.putObject("automationDetails");
    automation.put("id", "charter-readiness/" + (r.subject() == null ? "unknown" : r.subject().code()) + "/"
        + (r.provenance().asAt() == null ? "unknown" : r.provenance().asAt()));
    ArrayNode results = run.putArray("results");
    for (Violation v : r.violations()) {
      ObjectNode result = result(results, INVALID_RULE, 0, "error", "fail", v.path() + ": " + v.message(), r, source);
      result.putObject("properties").put("path", v.path());
    }
    for (Finding f : r.findings()) {
      String kind = switch (f.status()) {
        case MET -> "pass";
        case NOT_APPLICABLE -> "notApplicable";
        default -> "fail";
      };
      String level = switch (f.status()) {
        case NOT_MET, NOT_ASSESSED -> f.mandatory() ? "error" : "warning";
        case PARTIALLY_MET -> f.mandatory() ? "warning" : "note";
        case WAIVED -> f.mandatory() ? "error" : "warning";
        default -> "none";
      };
      ObjectNode result = result(results, f.criterion(), index.get(f.criterion()), level, kind, message(f), r, source);
      if (f.status() == CriterionStatus.WAIVED) {
        ObjectNode suppression = result.putArray("suppressions").addObject();
        suppression.put("kind", "external");
        suppression.put("status", "accepted");
        suppression.put("justification", f.reason());
      }
      ObjectNode props = result.putObject("properties");
      props.put("status", CharterJson.externalName(f.status()));
      if (f.confidence() != null) {
        props.put("confidence", CharterJson.externalName(f.confidence()));
      }
      if (f.score() != null) {
        props.put("score", f.score());
      }
      ArrayNode evidence = props.putArray("evidence");
      f.evidence().forEach(evidence::add);
      ArrayNode reasons = props.putArray("confidenceReasons");
      f.confidenceReasons().forEach(reasons::add);
      ArrayNode raise = props.putArray("raiseConfidence");
      f.raiseConfidence().forEach(raise::add);
      ArrayNode history = props.putArray("history");
      f.history().forEach(history::add);
      WaiverReview waiver = f.waiver();
      if (waiver != null) {
        ObjectNode w = props.putObject("waiver");
        w.put("outcome", CharterJson.externalName(waiver.outcome()));
        w.put("explanation", waiver.explanation());
        w.put("reason", waiver.reason());
        w.put("requestedBy", waiver.requestedBy());
        w.put("approvedBy", waiver.approvedBy());
        w.put("approvingOrganisation", waiver.approvingOrganisation());
        w.put("approvedOn", waiver.approvedOn().toString());
        w.put("expires", waiver.expires().toString());
      }
    }
    ObjectNode props = run.putObject("properties");
    props.put("band", r.band() == null ? null : r.band().id());
    props.put("overall", r.overall());
    props.put("ruleSetVersion", r.provenance().ruleSetVersion());
    props.put("ruleSetHash", r.provenance().ruleSetHash());
    props.put("scoringPolicy", r.provenance().scoringPolicy());
    props.put("scoringPolicyHash", r.provenance().scoringPolicyHash());
    props.put("submissionDigest", r.provenance().submissionDigest());
    return run;
  }

  /**
   * Both judgements and their reasons in one message, e.g. "Met, confidence medium: ... Why this
   * confidence: ... To raise confidence: ...".
   */
  private static String message(Finding f) {
    Confidence c = f.confidence();
    StringBuilder text = new StringBuilder(f.status().label())
        .append(c == null ? ", nothing relied on" : ", confidence " + c.label().toLowerCase(Locale.ROOT))
        .append(": ").append(f.reason());
    if (!f.confidenceReasons().isEmpty()) {
      text.append(" Why this confidence: ").append(Prose.sentences(f.confidenceReasons()));
    }
    sentence(text, "Missing", f.missing());
    sentence(text, "To raise confidence", f.raiseConfidence());
    sentence(text, "History (cited, not scored)", f.history());
    WaiverReview waiver = f.waiver();
    if (waiver != null && !waiver.applied()) {
      text.append(" Waiver ").append(waiver.outcome().label().toLowerCase(Locale.ROOT)).append(": ")
          .append(waiver.explanation());
    }
    return text.toString();
  }

  private static void sentence(StringBuilder text, String heading, List<String> items) {
    if (!items.isEmpty()) {
      text.append(' ').append(heading).append(": ").append(Prose.clauses(items));
    }
  }

  private static ObjectNode result(ArrayNode results, String ruleId, int ruleIndex, String level, String kind,
      String message, Report r, String source) {
    ObjectNode result = results.addObject();
    result.put("ruleId", ruleId);
    result.put("ruleIndex", ruleIndex);
    result.put("kind", kind);
    result.put("level", level);
    result.putObject("message").put("text", message);
    ObjectNode location = result.putArray("locations").addObject();
    if (!source.isEmpty()) {
      location.putObject("physicalLocation").putObject("artifactLocation").put("uri", uri(source)).put("index", 0);
    }
    if (r.subject() != null) {
      ObjectNode logical = location.putArray("logicalLocations").addObject();
      logical.put("name", r.subject().code());
      logical.put("fullyQualifiedName", r.subject().name() + " (" + r.subject().code() + ")");
    }
    return result;
  }

  /**
   * A submission's file name as a URI reference, the same on every platform. Backslashes are
   * taken as separators. A name starting with {@code /} (or a drive, {@code C:/}) becomes a {@code
   * file} URI; any other stays a relative reference, with a colon in its first segment
   * percent-encoded so that {@code a:b.json} is not read as the scheme {@code a}. Every character
   * a URI cannot hold, and every one beyond ASCII, is percent-encoded as UTF-8, without Unicode
   * normalisation, so the reference parses back to the file name exactly and holds no control or
   * bidirectional character. A lone surrogate, which has no UTF-8 form, is first written as its
   * {@linkplain Printable#escape(int) escape}.
   */
  static String uri(String source) {
    String path = Printable.escape(source.replace('\\', '/'), Printable::isLoneSurrogate);
    try {
      if (path.startsWith("/")) {
        return ascii(new URI("file", "", path, null, null).toString());
      }
      if (DRIVE.matcher(path).lookingAt()) {
        return ascii(new URI("file", "", "/" + path, null, null).toString());
      }
      // Built after "./" so that the URI class never reads a colon in the first segment as a scheme.
      String relative = ascii(new URI(null, null, "./" + path, null).toString()).substring(2);
      int slash = relative.indexOf('/');
      int end = slash < 0 ? relative.length() : slash;
      return relative.substring(0, end).replace(":", "%3A") + relative.substring(end);
    } catch (URISyntaxException e) {
      throw new IllegalStateException("the file name " + Printable.line(source) + " could not be written as a URI", e);
    }
  }

  /**
   * A URI with its characters beyond ASCII percent-encoded as UTF-8. Unlike {@link
   * URI#toASCIIString()}, which first normalises to NFC, this keeps a decomposed name as it is.
   */
  private static String ascii(String uri) {
    StringBuilder out = new StringBuilder(uri.length());
    uri.codePoints().forEach(c -> {
      if (c < 0x80) {
        out.append((char) c);
      } else {
        for (byte b : Character.toString(c).getBytes(StandardCharsets.UTF_8)) {
          out.append('%').append(HEX.charAt((b >> 4) & 0xF)).append(HEX.charAt(b & 0xF));
        }
      }
    });
    return out.toString();
  }
}
