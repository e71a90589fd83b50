package io.charterassurance.report;

import static io.charterassurance.model.report.Confidence.HIGH;
import static io.charterassurance.model.report.Confidence.LOW;
import static io.charterassurance.model.report.Confidence.MEDIUM;
import static io.charterassurance.model.report.CriterionStatus.MET;
import static io.charterassurance.model.report.CriterionStatus.NOT_APPLICABLE;
import static io.charterassurance.model.report.CriterionStatus.NOT_ASSESSED;
import static io.charterassurance.model.report.CriterionStatus.PARTIALLY_MET;
import static io.charterassurance.model.report.CriterionStatus.WAIVED;
import static io.charterassurance.report.Fixtures.finding;
import static io.charterassurance.report.Fixtures.waiver;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.samskivert.mustache.Escapers;
import io.charterassurance.model.io.CharterJson;
import io.charterassurance.model.report.Finding;
import io.charterassurance.model.report.Report;
import io.charterassurance.model.report.WaiverOutcome;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Every format shows both judgements of each criterion, the requirement status and the confidence
 * in its evidence, each with its reasons, plus what would raise the confidence, older evidence
 * cited as history, any waiver asked for (refused and expired ones too) and how each principle's
 * score was reached. The reports are built directly, without the rules engine.
 */
class BothJudgementsTests {
  static final String REFUSED = "A mandatory criterion cannot be waived.";
  static final String EXPIRED = "The waiver expired on 30 September 2025, before the as-at date.";
  static final String APPLIED = "Approved by the organisation's assurer, within the policy's 12-month maximum.";
  static final String BASIS_1 = "Resident share of decision-making bodies: 40% (0.4 of the score).";
  static final String BASIS_2 = "Calls N1, A1 and A2 serving P1 averaged 62.0 (0.6 of the score).";

  static final Finding STRATEGY = finding("N1-CD-STRATEGY", PARTIALLY_MET).mandatory().score("48.0")
      .title("Community development strategy")
      .reason("The strategy names community development as the approach but is a draft.")
      .evidence("strategy-2025")
      .missing("approval by the board, with a minute", "an action plan with owners and dates")
      .confidence(LOW, "The strategy is a draft", "It has no approver")
      .raise("Board approval of the strategy, with a minute")
      .history("Community strategy 2019-22 (strategy-2019), superseded by strategy-2025")
      .waiver(waiver(WaiverOutcome.REFUSED, REFUSED))
      .build();
  static final Finding ASSETS = finding("N2-ASSET-MAP", MET).score("72.0")
      .title("Asset map")
      .reason("An asset map covering 17 of 17 wards, led by residents.")
      .evidence("asset-map")
      .confidence(MEDIUM, "The organisation's own account, not corroborated by the community or an assessor.")
      .raise("Corroboration by residents or an independent assessor")
      .build();
  static final Finding LISTEN = finding("A2-LISTEN", MET).score("90.0")
      .title("Listening to communities")
      .reason("Residents' views changed three commissioning decisions.")
      .evidence("listening-2025")
      .confidence(HIGH, "Approved, current and corroborated by Healthwatch.")
      .build();
  static final Finding INVESTMENT = finding("N3-INVESTMENT", NOT_ASSESSED).score("0")
      .title("Investment in community development")
      .reason("No budget line was submitted.")
      .missing("a recurrent budget line for community development")
      .waiver(waiver(WaiverOutcome.EXPIRED, EXPIRED))
      .build();
  static final Finding CONSTITUTION = finding("N5-CONSTITUTION", WAIVED).score(null)
      .title("Constitution")
      .reason("Waived until 30 September 2026: the constitution is being rewritten.")
      .waiver(waiver(WaiverOutcome.APPLIED, APPLIED))
      .build();
  static final Finding INCENTIVE = finding("N7-INCENTIVE", NOT_APPLICABLE).score(null)
      .title("Local incentive scheme")
      .reason("No local incentive scheme exists; the Quality Premium ended with CCGs.")
      .build();

  static final List<Finding> FINDINGS = List.of(STRATEGY, INVESTMENT, ASSETS, LISTEN, CONSTITUTION, INCENTIVE);
  static final Report REPORT = Fixtures.report(FINDINGS, BASIS_1, BASIS_2);

  static String render(ReportFormat format, Report... reports) {
    return ReportWriter.of(format).render(List.of(reports));
  }

  @Nested
  class Text {
    private final String text = render(ReportFormat.TEXT, REPORT);

    @Test
    void headsEachFindingWithItsStatusAndConfidence() {
      assertThat(text)
          .contains("  [PARTIALLY MET, confidence low] N1-CD-STRATEGY  Community development strategy  (mandatory)  score 48.0\n")
          .contains("  [MET, confidence medium] N2-ASSET-MAP  Asset map  score 72.0\n")
          .contains("  [MET, confidence high] A2-LISTEN  Listening to communities  score 90.0\n")
          .contains("  [NOT ASSESSED, nothing relied on] N3-INVESTMENT  Investment in community development");
    }

    @Test
    void givesTheReasonsForBothJudgementsThenMissingRaiseHistoryAndTheRefusedWaiver() {
      assertThat(text).contains("""
            [PARTIALLY MET, confidence low] N1-CD-STRATEGY  Community development strategy  (mandatory)  score 48.0
              The strategy names community development as the approach but is a draft.
              Evidence: strategy-2025
              Why confidence is low:
                - The strategy is a draft
                - It has no approver
              Missing:
                - approval by the board, with a minute
                - an action plan with owners and dates
              To raise confidence:
                - Board approval of the strategy, with a minute
              History (cited, not scored):
                - Community strategy 2019-22 (strategy-2019), superseded by strategy-2025
              Waiver refused: A mandatory criterion cannot be waived.
                Reason given: The partnership is being re-formed after the merger
                Requested by Chief Executive; approved by Director of Strategy and Transformation \
          (NHS North East London Integrated Care Board) on 2025-10-01; to expire 2026-09-30
          """);
    }

    @Test
    void saysWhatWouldRaiseTheConfidenceOfAMetCriterion() {
      int met = text.indexOf("\nMet (2)\n");
      assertThat(met).isPositive();
      assertThat(text.substring(met)).contains("""
            [MET, confidence medium] N2-ASSET-MAP  Asset map  score 72.0
              An asset map covering 17 of 17 wards, led by residents.
              Evidence: asset-map
              Why confidence is medium:
                - The organisation's own account, not corroborated by the community or an assessor.
              To raise confidence:
                - Corroboration by residents or an independent assessor
          """);
    }

    @Test
    void showsAnExpiredWaiverOnTheCriterionAssessedNormally() {
      int findings = text.indexOf("Findings to act on (2)");
      assertThat(text.indexOf("Waiver expired: " + EXPIRED)).isGreaterThan(text.indexOf("N3-INVESTMENT", findings));
    }

    @Test
    void showsAnAppliedWaiverWithItsExplanation() {
      assertThat(text).contains("\nWaived (1, left out of every score)\n  N5-CONSTITUTION: "
          + CONSTITUTION.reason() + "\n    Waiver applied: " + APPLIED + "\n");
    }

    @Test
    void printsHowEachPrinciplesScoreWasReachedUnderItsLine() {
      int p1 = text.indexOf("\n  P1  ");
      int p2 = text.indexOf("\n  P2  ");
      assertThat(text.substring(p1, p2)).endsWith("\n        " + BASIS_1 + "\n        " + BASIS_2);
    }

    @Test
    void talliesTheConfidenceOfTheCountedCriteria() {
      assertThat(text).contains("Confidence in the evidence for counted criteria: 1 high, 1 medium, 1 low; "
          + "1 with nothing relied on\n");
    }
  }

  @Nested
  class Json {
    private final String json = render(ReportFormat.JSON, REPORT);

    @Test
    void writesBothJudgementsInTheRecordsOrderWithTheirExternalSpelling() throws IOException {
      JsonNode strategy = CharterJson.json().readTree(json).at("/findings/0");
      assertThat(names(strategy)).containsExactly("criterion", "title", "status", "mandatory", "weight", "score",
          "clauses", "principles", "evidence", "reason", "missing", "confidence", "confidenceReasons",
          "raiseConfidence", "history", "waiver");
      assertThat(strategy.get("status").asText()).isEqualTo("partially-met");
      assertThat(strategy.get("confidence").asText()).isEqualTo("low");
      assertThat(names(strategy.get("waiver"))).containsExactly("outcome", "explanation", "reason", "requestedBy",
          "approvedBy", "approvingOrganisation", "approvedOn", "expires");
      assertThat(strategy.at("/waiver/outcome").asText()).isEqualTo("refused");
      assertThat(strategy.at("/waiver/explanation").asText()).isEqualTo(REFUSED);
    }

    @Test
    void writesANullConfidenceWhenNothingWasReliedOnAsItDoesAnAbsentScore() throws IOException {
      JsonNode investment = CharterJson.json().readTree(json).at("/findings/1");
      assertThat(investment.get("criterion").asText()).isEqualTo("N3-INVESTMENT");
      assertThat(investment.get("confidence").isNull()).as("every key is written, null for an absent value").isTrue();
      assertThat(investment.get("confidenceReasons")).isEmpty();
      assertThat(investment.at("/waiver/outcome").asText()).isEqualTo("expired");
    }

    @Test
    void writesThePrinciplesBasisAfterItsTally() throws IOException {
      JsonNode p1 = CharterJson.json().readTree(json).at("/principles/0");
      assertThat(names(p1)).containsExactly("id", "title", "score", "countedWeight", "tally", "basis");
      assertThat(p1.get("basis")).hasSize(2);
      assertThat(p1.at("/basis/0").asText()).isEqualTo(BASIS_1);
    }

    @Test
    void readsBackEqualAndIsTheSameBytesEachTime() throws IOException {
      assertThat(CharterJson.json().readValue(json, Report.class)).isEqualTo(REPORT);
      assertThat(render(ReportFormat.JSON, Fixtures.report(FINDINGS, BASIS_1, BASIS_2))).isEqualTo(json);
    }

    private List<String> names(JsonNode node) {
      List<String> names = new ArrayList<>();
      node.fieldNames().forEachRemaining(names::add);
      return names;
    }
  }

  @Nested
  class Html {
    private final String page = render(ReportFormat.HTML, REPORT);

    @Test
    void putsAConfidenceBadgeBesideEachCountedFindingsStatus() {
      assertThat(page)
          .contains("<p class=\"outcome\"><span class=\"status status-partially-met\">Partially met</span> "
              + "<span class=\"confidence confidence-low\">Confidence: Low</span> <span class=\"mandatory\">Mandatory</span> "
              + "<span class=\"score\">Score: 48.0 out of 100</span></p>")
          .contains("<span class=\"status status-met\">Met</span> "
              + "<span class=\"confidence confidence-medium\">Confidence: Medium</span> <span class=\"score\">")
          .contains("<span class=\"status status-met\">Met</span> "
              + "<span class=\"confidence confidence-high\">Confidence: High</span> <span class=\"score\">")
          .contains("<span class=\"status status-not-assessed\">Not assessed</span> "
              + "<span class=\"confidence confidence-none\">Confidence: none, no evidence relied on</span>");
    }

    @Test
    void givesTheConfidenceInTheListOfWhatToAddressFirst() {
      assertThat(page).contains("<span class=\"status status-partially-met\">Partially met</span> "
          + "<span class=\"confidence confidence-low\">Confidence: Low</span> <span class=\"mandatory\">Mandatory</span></li>");
      assertThat(page).contains("<p>Confidence in the evidence for the 4 counted criteria: 1 high, 1 medium, 1 low; "
          + "1 with no evidence relied on.</p>");
    }

    @Test
    void listsWhyTheConfidenceIsWhatItIsAndWhatWouldRaiseIt() {
      String strategy = article(page, "N1-CD-STRATEGY");
      assertThat(strategy).contains("<p class=\"sub\" id=\"report-1-finding-1-confidence\">Why this confidence</p>\n"
          + "<ul aria-labelledby=\"report-1-finding-1-confidence\">\n<li>The strategy is a draft</li>\n"
          + "<li>It has no approver</li>\n</ul>");
      assertThat(strategy).contains("<p class=\"sub\" id=\"report-1-finding-1-raise\">What would raise the confidence</p>\n"
          + "<ul aria-labelledby=\"report-1-finding-1-raise\">\n<li>Board approval of the strategy, with a minute</li>\n</ul>");
      assertThat(strategy).contains("<p class=\"sub\" id=\"report-1-finding-1-history\">Older evidence, cited as history "
          + "and not scored</p>\n<ul aria-labelledby=\"report-1-finding-1-history\">\n<li>"
          + escaped(STRATEGY.history().get(0)) + "</li>\n</ul>");
      assertThat(article(page, "N2-ASSET-MAP")).as("a met criterion below high confidence")
          .contains("What would raise the confidence")
          .contains("<li>Corroboration by residents or an independent assessor</li>");
      assertThat(article(page, "A2-LISTEN")).doesNotContain("What would raise the confidence");
    }

    @Test
    void showsARefusedOrExpiredWaiverWithItsReasonOnTheCriterionAssessedNormally() {
      assertThat(article(page, "N1-CD-STRATEGY")).contains("<div class=\"waiver waiver-refused\">\n"
          + "<p><strong>Waiver refused.</strong> " + escaped(REFUSED) + "</p>\n<dl>\n"
          + "<div><dt>Reason given</dt><dd>The partnership is being re-formed after the merger</dd></div>\n"
          + "<div><dt>Requested by</dt><dd>Chief Executive</dd></div>\n"
          + "<div><dt>Approved by</dt><dd><bdi>Director of Strategy and Transformation</bdi>, <bdi>NHS North East "
          + "London Integrated Care Board</bdi>, on <time datetime=\"2025-10-01\">1 October 2025</time></dd></div>\n"
          + "<div><dt>To expire</dt><dd><time datetime=\"2026-09-30\">30 September 2026</time></dd></div>\n</dl>\n</div>");
      assertThat(article(page, "N3-INVESTMENT")).contains("<p><strong>Waiver expired.</strong> " + escaped(EXPIRED) + "</p>");
    }

    @Test
    void showsAnAppliedWaiverInTheTableOfCriteriaLeftOut() {
      assertThat(page).contains("<td>" + escaped(CONSTITUTION.reason()) + "\n<div class=\"waiver waiver-applied\">\n"
          + "<p><strong>Waiver applied.</strong> " + escaped(APPLIED) + "</p>");
    }

    @Test
    void explainsEachPrinciplesScoreUnderTheScoreTable() {
      int table = page.indexOf("<caption>Score per Charter principle, out of 100</caption>");
      int basis = page.indexOf("<h4 id=\"report-1-basis-heading\">How each principle's score was reached</h4>");
      int calls = page.indexOf("<h3 id=\"report-1-calls-heading\">");
      assertThat(basis).isBetween(table, calls);
      assertThat(page.substring(basis, calls)).contains("<dl class=\"basis\">\n<div><dt><span class=\"criterion\">P1</span> ")
          .contains("<li>" + escaped(BASIS_1) + "</li>\n<li>" + escaped(BASIS_2) + "</li>")
          .doesNotContain(">P2</span>");
      assertThat(render(ReportFormat.HTML, Fixtures.report(FINDINGS))).as("no basis, no heading")
          .doesNotContain("How each principle's score was reached");
    }

    @Test
    void escapesHostileTextInEveryNewFieldAndStaysWellFormed() {
      String hostile = "<script>alert(1)</script> \"&'";
      Finding f = finding("N1-CD-STRATEGY", MET).confidence(MEDIUM, "Reason " + hostile).raise("Raise " + hostile)
          .history("History " + hostile).waiver(new io.charterassurance.model.report.WaiverReview(WaiverOutcome.REFUSED,
              "Explanation " + hostile, "Reason " + hostile, "Requester " + hostile, "Approver " + hostile,
              "Organisation " + hostile, Fixtures.AS_AT, Fixtures.AS_AT))
          .build();
      String html = render(ReportFormat.HTML, Fixtures.report(List.of(f), "Basis " + hostile));
      assertThat(html).doesNotContain("<script").doesNotContain("\"&'");
      String escapedHostile = escaped(hostile);
      for (String label : List.of("Reason", "Raise", "History", "Explanation", "Requester", "Approver", "Organisation",
          "Basis")) {
        assertThat(html).as(label).contains(label + " " + escapedHostile);
      }
    }

    @Test
    void keepsEveryIdUniqueEveryReferenceResolvedAndHeadingsInOrder() {
      String several = render(ReportFormat.HTML, REPORT, Fixtures.report(FINDINGS, BASIS_1));
      List<String> ids = all(Pattern.compile("\\sid=\"([^\"]+)\""), several);
      Set<String> unique = new HashSet<>(ids);
      assertThat(ids).hasSameSizeAs(unique);
      assertThat(all(Pattern.compile("aria-labelledby=\"([^\"]+)\""), several))
          .allSatisfy(refs -> assertThat(unique).contains(refs.split(" ")));
      assertThat(all(Pattern.compile("href=\"#([^\"]+)\""), several)).allSatisfy(id -> assertThat(unique).contains(id));
      List<Integer> levels = all(Pattern.compile("<h([1-6])[ >]"), several).stream().map(Integer::valueOf).toList();
      for (int i = 1; i < levels.size(); i++) {
        assertThat(levels.get(i)).as("heading %d after h%d", i, levels.get(i - 1)).isLessThanOrEqualTo(levels.get(i - 1) + 1);
      }
    }

    @Test
    void isTheSameBytesEachTime() {
      assertThat(render(ReportFormat.HTML, Fixtures.report(FINDINGS, BASIS_1, BASIS_2))).isEqualTo(page);
    }

    /** Each badge's text has a contrast of at least 4.5:1 against its background (WCAG 1.4.3). */
    @Test
    void givesEveryBadgeTextContrastOfAtLeastFourAndAHalfToOne() throws IOException {
      String css;
      try (InputStream in = getClass().getResourceAsStream("/io/charterassurance/report/html-style.css.mustache")) {
        css = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      }
      Matcher m = Pattern.compile("\\.((?:status|confidence|waiver)-[a-z-]+)(?:, [^{]*)? \\{([^}]*)}").matcher(css);
      List<String> checked = new ArrayList<>();
      while (m.find()) {
        String background = property(m.group(2), "background");
        String color = property(m.group(2), "color");
        assertThat(background).as("%s background", m.group(1)).isNotNull();
        assertThat(color).as("%s colour", m.group(1)).isNotNull();
        assertThat(contrast(background, color)).as("%s: %s on %s", m.group(1), color, background).isGreaterThanOrEqualTo(4.5);
        checked.add(m.group(1));
      }
      assertThat(checked).contains("status-met", "confidence-high", "confidence-medium", "confidence-low",
          "confidence-none", "waiver-refused");
    }

    private static String property(String block, String name) {
      Matcher m = Pattern.compile("(?:^|[;\\s])" + name + ":\\s*(#[0-9a-fA-F]{6})").matcher(block);
      return m.find() ? m.group(1) : null;
    }

    private static double contrast(String a, String b) {
      double la = luminance(a);
      double lb = luminance(b);
      return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(String hex) {
      double[] c = new double[3];
      for (int i = 0; i < 3; i++) {
        double v = Integer.parseInt(hex.substring(1 + 2 * i, 3 + 2 * i), 16) / 255.0;
        c[i] = v <= 0.04045 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
      }
      return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
    }

    private static String article(String page, String criterion) {
      int heading = page.indexOf("-heading\"><span class=\"criterion\">" + criterion + "</span>");
      int start = page.lastIndexOf("<article", heading);
      return page.substring(start, page.indexOf("</article>", start));
    }
  }

  @Nested
  class Csv {
    private List<List<String>> rows(String csv) throws IOException {
      try (MappingIterator<List<String>> it = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY)
          .readerForListOf(String.class).readValues(csv)) {
        return it.readAll();
      }
    }

    private String cell(List<String> row, String column) {
      return row.get(CsvRenderer.COLUMNS.indexOf(column));
    }

    @Test
    void keepsTheExistingColumnsAndAddsTheNewOnesAfterThem() throws IOException {
      List<String> header = rows(render(ReportFormat.CSV, REPORT)).get(0);
      assertThat(header).containsExactly(
          "code", "name", "kind", "as_at", "assessed", "band", "band_uncapped", "overall",
          "p1", "p2", "p3", "p4", "p5", "p6",
          "met", "partially_met", "not_met", "not_assessed", "not_applicable", "waived", "violations",
          "charter_version", "rule_set_version", "rule_set_hash", "scoring_policy", "scoring_policy_hash",
          "library_version", "submission_digest", "source",
          "confidence", "confidence_reasons", "raise_confidence", "history", "waiver_outcome", "waiver_explanation",
          "overall_lowest", "overall_highest", "band_lowest", "band_highest", "band_certain", "notices");
    }

    @Test
    void givesEachCriterionsConfidenceReasonsHistoryAndWaiverAsPartsOfOneRowPerOrganisation()
        throws IOException {
      List<List<String>> rows = rows(render(ReportFormat.CSV, REPORT, REPORT));
      assertThat(rows).hasSize(3);
      List<String> row = rows.get(1);
      assertThat(cell(row, "confidence")).isEqualTo("N1-CD-STRATEGY: low | N2-ASSET-MAP: medium | A2-LISTEN: high");
      assertThat(cell(row, "confidence_reasons")).isEqualTo("N1-CD-STRATEGY: The strategy is a draft. It has no approver. | "
          + "N2-ASSET-MAP: The organisation's own account, not corroborated by the community or an assessor. | "
          + "A2-LISTEN: Approved, current and corroborated by Healthwatch.");
      assertThat(cell(row, "raise_confidence")).isEqualTo("N1-CD-STRATEGY: Board approval of the strategy, with a minute | "
          + "N2-ASSET-MAP: Corroboration by residents or an independent assessor");
      assertThat(cell(row, "history")).isEqualTo("N1-CD-STRATEGY: " + STRATEGY.history().get(0));
      assertThat(cell(row, "waiver_outcome")).isEqualTo("N1-CD-STRATEGY: refused | N3-INVESTMENT: expired | "
          + "N5-CONSTITUTION: applied");
      assertThat(cell(row, "waiver_explanation")).isEqualTo("N1-CD-STRATEGY: " + REFUSED + " | N3-INVESTMENT: " + EXPIRED
          + " | N5-CONSTITUTION: " + APPLIED);
    }

    @Test
    void leavesThemEmptyForAnInvalidSubmission() throws IOException {
      List<String> row = rows(render(ReportFormat.CSV, Fixtures.invalid())).get(1);
      for (String column : List.of("confidence", "confidence_reasons", "raise_confidence", "history", "waiver_outcome",
          "waiver_explanation")) {
        assertThat(cell(row, column)).as(column).isEmpty();
      }
    }

    @Test
    void neverStartsACellWithWhatASpreadsheetWouldRunAsAFormula() throws IOException {
      Finding f = finding("=HYPERLINK-X", MET).clauses("N1").confidence(LOW, "=1+1").raise("+1").history("@SUM(A1)")
          .waiver(waiver(WaiverOutcome.REFUSED, "-2+3")).build();
      List<String> row = rows(render(ReportFormat.CSV, Fixtures.report("=cmd|' /C calc'!A0", List.of(f), List.of())))
          .get(1);
      assertThat(cell(row, "name")).isEqualTo("'=cmd|' /C calc'!A0");
      for (String column : List.of("confidence", "confidence_reasons", "raise_confidence", "history", "waiver_outcome",
          "waiver_explanation")) {
        assertThat(cell(row, column)).as(column).startsWith("'=HYPERLINK-X: ");
      }
    }
  }

  @Nested
  class Junit {
    private Document xml(Report report) throws Exception {
      byte[] bytes = ReportWriter.of(ReportFormat.JUNIT).bytes(List.of(report));
      return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new ByteArrayInputStream(bytes));
    }

    private Element testcase(Document doc, String criterion) {
      NodeList cases = doc.getElementsByTagName("testcase");
      for (int i = 0; i < cases.getLength(); i++) {
        Element e = (Element) cases.item(i);
        if (e.getAttribute("name").startsWith(criterion + ":")) {
          return e;
        }
      }
      throw new AssertionError("no test case for " + criterion);
    }

    @Test
    void passesAMetCriterionWhateverItsConfidenceAndSaysTheConfidence() throws Exception {
      Element assets = testcase(xml(REPORT), "N2-ASSET-MAP");
      assertThat(assets.getElementsByTagName("failure").getLength()).isZero();
      String out = assets.getElementsByTagName("system-out").item(0).getTextContent();
      assertThat(out).startsWith("Met (score 72.0), confidence medium: " + ASSETS.reason() + "\n")
          .contains("Confidence: medium. " + ASSETS.confidenceReasons().get(0) + "\n")
          .contains("To raise confidence: Corroboration by residents or an independent assessor\n");
    }

    @Test
    void failsCriteriaShortOfMetWithBothJudgementsInTheMessage() throws Exception {
      Document doc = xml(REPORT);
      Element suite = (Element) doc.getElementsByTagName("testsuite").item(0);
      assertThat(suite.getAttribute("failures")).isEqualTo("2");
      assertThat(suite.getAttribute("skipped")).isEqualTo("2");
      Element failure = (Element) testcase(doc, "N1-CD-STRATEGY").getElementsByTagName("failure").item(0);
      assertThat(failure.getAttribute("type")).isEqualTo("partially-met");
      assertThat(failure.getAttribute("message"))
          .isEqualTo("Mandatory, partially met (score 48.0), confidence low: " + STRATEGY.reason());
      assertThat(failure.getTextContent())
          .contains("Confidence: low. The strategy is a draft. It has no approver.\n")
          .contains("Missing: an action plan with owners and dates\n")
          .contains("To raise confidence: Board approval of the strategy, with a minute\n")
          .contains("History (cited, not scored): " + STRATEGY.history().get(0) + "\n")
          .contains("Waiver refused: " + REFUSED + " (reason given: ");
      Element notAssessed = (Element) testcase(doc, "N3-INVESTMENT").getElementsByTagName("failure").item(0);
      assertThat(notAssessed.getAttribute("message")).startsWith("Not assessed (score 0), nothing relied on: ");
      assertThat(notAssessed.getTextContent()).contains("Waiver expired: " + EXPIRED);
    }

    @Test
    void skipsAWaivedCriterionSayingWhyTheWaiverApplied() throws Exception {
      Element skipped = (Element) testcase(xml(REPORT), "N5-CONSTITUTION").getElementsByTagName("skipped").item(0);
      assertThat(skipped.getAttribute("message")).isEqualTo("Waived: " + CONSTITUTION.reason() + " Waiver applied: " + APPLIED);
    }

    @Test
    void staysWellFormedWhenTheTextHoldsCharactersXmlCannot() throws Exception {
      Finding f = finding("N1-CD-STRATEGY", PARTIALLY_MET).reason("Bell \u0007 and NUL \u0000 and \uD83D\uDE00 <&>")
          .confidence(LOW, "Form feed \f here").history("Lone surrogate \uD800 here").build();
      Document doc = xml(Fixtures.report(List.of(f)));
      Element failure = (Element) doc.getElementsByTagName("failure").item(0);
      assertThat(failure.getAttribute("message")).endsWith("Bell \\u0007 and NUL \\u0000 and \uD83D\uDE00 <&>");
      assertThat(failure.getTextContent()).contains("Form feed \\u000C here").contains("Lone surrogate \\uD800 here");
    }
  }

  @Nested
  class Sarif {
    private JsonNode run(Report report) throws IOException {
      return CharterJson.json().readTree(render(ReportFormat.SARIF, report)).at("/runs/0");
    }

    private JsonNode result(JsonNode run, String criterion) {
      for (Iterator<JsonNode> it = run.get("results").elements(); it.hasNext(); ) {
        JsonNode result = it.next();
        if (result.get("ruleId").asText().equals(criterion)) {
          return result;
        }
      }
      throw new AssertionError("no result for " + criterion);
    }

    @Test
    void passesAMetCriterionWithItsConfidenceInTheMessageAndThePropertyBag() throws IOException {
      JsonNode assets = result(run(REPORT), "N2-ASSET-MAP");
      assertThat(assets.get("kind").asText()).isEqualTo("pass");
      assertThat(assets.get("level").asText()).isEqualTo("none");
      assertThat(assets.at("/message/text").asText()).isEqualTo("Met, confidence medium: " + ASSETS.reason()
          + " Why this confidence: " + ASSETS.confidenceReasons().get(0)
          + " To raise confidence: Corroboration by residents or an independent assessor.");
      assertThat(assets.at("/properties/status").asText()).isEqualTo("met");
      assertThat(assets.at("/properties/confidence").asText()).isEqualTo("medium");
      assertThat(assets.at("/properties/raiseConfidence/0").asText())
          .isEqualTo("Corroboration by residents or an independent assessor");
    }

    @Test
    void reportsARefusedWaiverWithoutSuppressingTheResult() throws IOException {
      JsonNode strategy = result(run(REPORT), "N1-CD-STRATEGY");
      assertThat(strategy.get("kind").asText()).isEqualTo("fail");
      assertThat(strategy.get("level").asText()).isEqualTo("warning");
      assertThat(strategy.has("suppressions")).isFalse();
      assertThat(strategy.at("/message/text").asText()).startsWith("Partially met, confidence low: ")
          .endsWith(" Waiver refused: " + REFUSED);
      assertThat(strategy.at("/properties/waiver/outcome").asText()).isEqualTo("refused");
      assertThat(strategy.at("/properties/waiver/explanation").asText()).isEqualTo(REFUSED);
      assertThat(strategy.at("/properties/history/0").asText()).isEqualTo(STRATEGY.history().get(0));
    }

    @Test
    void leavesOutTheConfidenceWhenNothingWasReliedOn() throws IOException {
      JsonNode investment = result(run(REPORT), "N3-INVESTMENT");
      assertThat(investment.at("/properties").has("confidence")).isFalse();
      assertThat(investment.at("/message/text").asText()).startsWith("Not assessed, nothing relied on: ");
    }

    @Test
    void suppressesAnAppliedWaiverAndValidatesAgainstTheSarif210Schema() throws IOException {
      JsonNode constitution = result(run(REPORT), "N5-CONSTITUTION");
      assertThat(constitution.at("/suppressions/0/justification").asText()).isEqualTo(CONSTITUTION.reason());
      assertThat(constitution.at("/properties/waiver/outcome").asText()).isEqualTo("applied");
      String schemaFile = System.getProperty("sarif.schema");
      assertThat(schemaFile).as("system property sarif.schema (set by the build)").isNotBlank();
      var schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7)
          .getSchema(CharterJson.json().readTree(Files.readAllBytes(Path.of(schemaFile))));
      JsonNode log = CharterJson.json().readTree(render(ReportFormat.SARIF, REPORT));
      assertThat(schema.validate(log)).isEmpty();
    }
  }

  static String escaped(String text) {
    return Escapers.HTML.escape(text);
  }

  static List<String> all(Pattern pattern, String text) {
    List<String> out = new ArrayList<>();
    Matcher m = pattern.matcher(text);
    while (m.find()) {
      out.add(m.group(1));
    }
    return out;
  }
}
