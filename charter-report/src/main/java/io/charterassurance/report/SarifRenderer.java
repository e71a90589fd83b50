package io.charterassurance.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.charterassurance.model.io.CharterJson;
import io.charterassurance.model.report.Confidence;
import io.charterassurance.model.report.CriterionStatus;
import io.charterassurance.model.report.Finding;
import io.charterassurance.model.report.Report;
import io.charterassurance.model.report.ReportViolation;
import io.charterassurance.model.report.WaiverReview;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

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
 */
final class SarifRenderer implements Renderer {
  static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
  static final String INVALID_RULE = "SUBMISSION-VALID";

  @Override
  public void render(List<Report> reports, List<String> sources, OutputStream out) throws IOException {
    ObjectNode log = CharterJson.json().createObjectNode();
    log.put("$schema", SCHEMA);
    log.put("version", "2.1.0");
    ArrayNode runs = log.putArray("runs");
    for (int i = 0; i < reports.size(); i++) {
      runs.add(run(reports.get(i), sources.get(i)));
    }
    CharterJson.json().writer().without(JsonGenerator.Feature.AUTO_CLOSE_TARGET).writeValue(out, log);
    out.write('\n');
  }

  private static ObjectNode run(Report r, String source) {
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
      index.put(f.criterion(), rules.size());
      ObjectNode rule = rules.addObject();
      rule.put("id", f.criterion());
      rule.put("name", f.criterion().replace("-", ""));
      rule.putObject("shortDescription").put("text", f.title());
      rule.putObject("defaultConfiguration").put("level", f.mandatory() ? "error" : "warning");
      ObjectNode props = rule.putObject("properties");
      ArrayNode tags = props.putArray("tags");
      f.clauses().forEach(tags::add);
      f.principles().forEach(tags::add);
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
    for (ReportViolation v : r.violations()) {
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

  /** A file name as a relative or absolute URI reference, with characters a URI cannot hold escaped. */
  static String uri(String source) {
    Path path = Path.of(source);
    if (path.isAbsolute()) {
      return path.toUri().toString();
    }
    try {
      return new URI(null, null, source.replace('\\', '/'), null).toASCIIString();
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("the file name " + source + " cannot be written as a URI", e);
    }
  }
}
