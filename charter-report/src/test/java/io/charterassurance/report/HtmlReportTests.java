package io.charterassurance.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.samskivert.mustache.Escapers;
import io.charterassurance.model.charter.Charter;
import io.charterassurance.model.io.CharterJson;
import io.charterassurance.model.io.ReadResult;
import io.charterassurance.model.io.SubmissionReader;
import io.charterassurance.model.report.BandResult;
import io.charterassurance.model.report.CriterionStatus;
import io.charterassurance.model.report.EvidenceSummary;
import io.charterassurance.model.report.Finding;
import io.charterassurance.model.report.Report;
import io.charterassurance.model.io.Violation;
import io.charterassurance.model.report.ScoreLine;
import io.charterassurance.model.submission.Submission;
import io.charterassurance.rules.Assessor;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.opentest4j.TestAbortedException;

/**
 * The HTML report: one self-contained, accessible page. The first half checks the markup as a
 * string; the second opens it in headless Chromium and runs axe-core against WCAG 2.2 AA.
 */
class HtmlReportTests {
  /** The rule module's scenario fixtures, read in place (the working directory is this module). */
  private static final Path SCENARIOS = Path.of("..", "charter-rules", "src", "test", "resources", "scenarios");
  private static final ReportWriter HTML = ReportWriter.of(ReportFormat.HTML);
  private static final String HOSTILE = "<script>alert(1)</script> \"&'";
  private static final String HOSTILE_ESCAPED = "&lt;script&gt;alert(1)&lt;/script&gt; &quot;&amp;&#39;";

  static Submission scenario(String name) {
    ReadResult read = SubmissionReader.create().read(SCENARIOS.resolve(name));
    return read.valid().orElseThrow(() -> new AssertionError("fixture " + name + " is not valid: " + read.violations())).submission();
  }

  static Report assess(String name) {
    return Assessor.standard().assess(scenario(name));
  }

  static String html(Report... reports) {
    return HTML.render(List.of(reports));
  }

  /** A scenario as a JSON tree, to be changed and read back. */
  static ObjectNode tree(String name) {
    try {
      return (ObjectNode) CharterJson.json().readTree(SCENARIOS.resolve(name).toFile());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Submission submission(JsonNode tree) {
    try {
      return CharterJson.json().treeToValue(tree, Submission.class);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static ObjectNode evidence(ObjectNode tree, String id) {
    for (JsonNode item : tree.withArray("/evidence")) {
      if (item.path("id").asText().equals(id)) {
        return (ObjectNode) item;
      }
    }
    throw new AssertionError("no evidence " + id);
  }

  /** The strong ICB with markup in its name, an evidence title and a published URL. */
  static Report hostile() {
    ObjectNode tree = tree("icb-strong.json");
    ((ObjectNode) tree.get("organisation")).put("name", "NHS " + HOSTILE + " ICB");
    ((ObjectNode) evidence(tree, "strategy-2025").get("provenance")).put("title", "Strategy " + HOSTILE);
    ((ObjectNode) evidence(tree, "asset-map").get("provenance"))
        .put("url", "https://example.org/map?a=1&b=\"><script>alert(2)</script>'");
    Report report = Assessor.standard().assess(submission(tree));
    assertThat(report.isAssessed()).as("the hostile submission is still valid: %s", report.violations()).isTrue();
    return report;
  }

  /** The strong ICB made invalid: an as-at date in the future and two evidence items with one id. */
  static Report invalid() {
    ObjectNode tree = tree("icb-strong.json");
    tree.put("asAt", "2999-01-01");
    evidence(tree, "asset-map").put("id", "strategy-2025");
    Report report = Assessor.standard().assess(submission(tree));
    assertThat(report.isAssessed()).isFalse();
    return report;
  }

  static Report withPrinciples(Report r, List<ScoreLine> principles) {
    return new Report(r.format(), r.subject(), r.overall(), r.band(), r.tally(), principles, r.calls(),
        r.findings(), r.evidence(), r.violations(), r.provenance());
  }

  static Report withEvidence(Report r, List<EvidenceSummary> evidence) {
    return new Report(r.format(), r.subject(), r.overall(), r.band(), r.tally(), r.principles(), r.calls(),
        r.findings(), evidence, r.violations(), r.provenance());
  }

  static List<String> all(Pattern pattern, String text) {
    List<String> out = new ArrayList<>();
    Matcher m = pattern.matcher(text);
    while (m.find()) {
      out.add(m.group(1));
    }
    return out;
  }

  static String escaped(String text) {
    return Escapers.HTML.escape(text);
  }

  /** The chart's markup, from its opening to the line of the scale that ends it. */
  static String chart(String page) {
    int start = page.indexOf("<div class=\"chart\"");
    int end = page.indexOf("<div class=\"scale\">", start);
    assertThat(start).as("the page has a chart").isNotNegative();
    return page.substring(start, end);
  }

  @Nested
  @DisplayName("the rendered page")
  class TheRenderedPage {
    @Test
    void isOneHtml5PageInBritishEnglishEncodedAsUtf8() throws IOException {
      byte[] bytes = HTML.bytes(List.of(assess("icb-strong.json")));
      String page = new String(bytes, StandardCharsets.UTF_8);
      assertThat(page).startsWith("<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head>\n<meta charset=\"utf-8\">");
      assertThat(page).contains("<title>Charter readiness report: NHS North East London Integrated Care Board</title>");
      assertThat(page.strip()).endsWith("</html>");
      assertThat(StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes)).toString()).isEqualTo(page);
    }

    @Test
    void isSelfContainedWithNoScriptsStylesheetsFontsOrImagesFromElsewhere() {
      for (Report report : List.of(assess("icb-strong.json"), assess("icb-weak.json"), invalid())) {
        String page = html(report);
        assertThat(page).doesNotContainIgnoringCase("<script")
            .doesNotContainIgnoringCase("<link")
            .doesNotContainIgnoringCase("<img")
            .doesNotContainIgnoringCase("<iframe")
            .doesNotContainIgnoringCase("<object")
            .doesNotContainIgnoringCase("<embed")
            .doesNotContainIgnoringCase("@import")
            .doesNotContainIgnoringCase("url(")
            .doesNotContainIgnoringCase("@font-face")
            .doesNotContainIgnoringCase("javascript:");
        assertThat(all(Pattern.compile("<(?:link|img|script|source|video|audio|iframe)\\b[^>]*?\\b(?:src|href)=\"([^\"]*)\"",
            Pattern.CASE_INSENSITIVE), page)).isEmpty();
        assertThat(all(Pattern.compile("\\s(on[a-z]+)=", Pattern.CASE_INSENSITIVE), page))
            .as("event handler attributes").isEmpty();
        assertThat(all(Pattern.compile("\\ssrc=\"([^\"]*)\""), page)).as("src attributes").isEmpty();
        assertThat(page).as("a policy that forbids anything from elsewhere")
            .contains("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline';");
      }
    }

    @Test
    void linksOnlyToWithinItselfOrToHttpAddressesOfEvidence() {
      String page = html(assess("icb-strong.json"));
      assertThat(all(Pattern.compile("href=\"([^\"]*)\""), page))
          .isNotEmpty()
          .allSatisfy(href -> assertThat(href).matches("#[A-Za-z0-9-]+|https?://\\S+"));
      assertThat(page).contains("<a class=\"url\" href=\"https://www.northeastlondon.icb.nhs.uk/asset-map\">"
          + "https://www.northeastlondon.icb.nhs.uk/asset-map</a>");
    }

    @Test
    void escapesSubmittedTextWhereverItAppearsAndNeverEmitsItRaw() {
      String page = html(hostile());
      assertThat(page).contains("<h2 id=\"report-1-heading\">NHS " + HOSTILE_ESCAPED + " ICB</h2>");
      assertThat(page).contains("<title>Charter readiness report: NHS " + HOSTILE_ESCAPED + " ICB</title>");
      assertThat(page).contains("aria-label=\"Sections of the report on NHS " + HOSTILE_ESCAPED + " ICB\"");
      assertThat(page).contains("<h4>Strategy " + HOSTILE_ESCAPED + "</h4>");
      assertThat(page).contains("\"><bdi>Strategy " + HOSTILE_ESCAPED + "</bdi></a>");
      assertThat(page).contains("href=\"https://example.org/map?a&#x3D;1&amp;b&#x3D;&quot;&gt;&lt;script&gt;alert(2)&lt;/script&gt;&#39;\"");
      assertThat(page).doesNotContain("<script").doesNotContain("alert(1)</script>").doesNotContain("alert(2)</script>")
          .doesNotContain("\"&'");
    }

    @Test
    void showsAnAddressThatIsNotHttpAsTextNotAsALink() {
      Report strong = assess("icb-strong.json");
      List<EvidenceSummary> evidence = strong.evidence().stream()
          .map(e -> e.id().equals("asset-map")
              ? new EvidenceSummary(e.id(), e.kind(), e.title(), e.date(), e.status(), e.source(),
                  "javascript:alert(document.domain)", e.producedBy())
              : e)
          .toList();
      String page = html(withEvidence(strong, evidence));
      assertThat(page).contains("<code>javascript:alert(document.domain)</code></bdi> (not a web address, so not linked)");
      assertThat(page).doesNotContain("href=\"javascript");
    }

    @Test
    void isTheSameBytesEveryTimeForTheSameReport() {
      Report report = assess("icb-weak.json");
      byte[] first = HTML.bytes(List.of(report));
      assertThat(HTML.bytes(List.of(report))).isEqualTo(first);
      assertThat(HTML.bytes(List.of(assess("icb-weak.json")))).as("from a fresh assessment").isEqualTo(first);
      assertThat(new String(first, StandardCharsets.UTF_8)).doesNotContain("\r");
    }

    @Test
    void showsTheOrganisationItsCodeKindAndAsAtDate() {
      String page = html(assess("icb-strong.json"));
      assertThat(page).contains("<h2 id=\"report-1-heading\">NHS North East London Integrated Care Board</h2>")
          .contains("<dt>ODS code</dt><dd><code>QMF</code></dd>")
          .contains("<dt>Kind of organisation</dt><dd>Integrated Care Board</dd>")
          .contains("<dt>Assessed as at</dt><dd><time datetime=\"2026-03-31\">31 March 2026</time></dd>")
          .contains("<dt>Predecessors whose evidence counted</dt>");
    }

    @Test
    void namesTheSubmissionFileWhenTheWriterKnowsIt() {
      String page = HTML.withSources(List.of("submissions/qmf.json")).render(assess("icb-strong.json"));
      assertThat(page).contains("<dt>Submission file</dt><dd><code>qmf.json</code></dd>").doesNotContain("submissions/");
    }

    @Test
    void showsTheBandTheOverallScoreAndWhyTheBandIsCapped() {
      Report report = assess("icb-missing-strategy.json");
      String page = html(report);
      assertThat(page).contains("Band: <strong>" + report.band().label() + "</strong>")
          .contains("Overall score: <strong>" + report.overall().setScale(1, java.math.RoundingMode.HALF_UP)
              .toPlainString() + " out of 100</strong>")
          .contains("The score alone would reach <strong>Established</strong>, but the band is capped:")
          .contains("<li>" + escaped(report.band().cappedBy().get(0)) + "</li>");
      assertThat(html(assess("icb-strong.json"))).doesNotContain("but the band is capped");
    }

    @Test
    void showsEachBandOfTheScoringPolicyWithItsThresholdAndMarksTheBandReachedInWords() {
      Report report = assess("icb-missing-strategy.json");
      assertThat(report.band().isCapped()).isTrue();
      String page = html(report);
      int start = page.indexOf("<table class=\"legend\">");
      assertThat(start).as("a legend").isPositive().isLessThan(page.indexOf("id=\"report-1-principles\""));
      String legend = page.substring(start, page.indexOf("</table>", start));
      assertThat(legend).contains("<caption id=\"report-1-legend-caption\">Readiness bands under the scoring policy "
          + report.provenance().scoringPolicy() + ", by the overall score out of 100</caption>");
      Matcher rows = Pattern.compile("<tr( class=\"reached\")?><th scope=\"row\">([A-Za-z]+)(?: <strong>\\(([^)]+)\\)</strong>)?"
          + "</th><td>([^<]+)</td></tr>").matcher(legend);
      List<String> shown = new ArrayList<>();
      while (rows.find()) {
        shown.add(rows.group(2) + " | " + rows.group(4) + " | " + (rows.group(3) == null ? "" : rows.group(3))
            + (rows.group(1) == null ? "" : " | shaded"));
      }
      String reached = report.band().label();
      assertThat(shown).containsExactly(
          mark("Leading | 80 to 100", "Leading", reached),
          "Established | 60 to under 80 | the band the score alone reaches",
          mark("Developing | 40 to under 60", "Developing", reached),
          mark("Emerging | 20 to under 40", "Emerging", reached),
          mark("Early | 0 to under 20", "Early", reached));
    }

    private static String mark(String row, String band, String reached) {
      return band.equals(reached) ? row + " | " + escaped("this report's band") + " | shaded" : row + " | ";
    }

    @Test
    void leavesTheLegendOutOfAReportThatDoesNotCarryItsPolicysBands() {
      Report report = assess("icb-strong.json");
      BandResult b = report.band();
      Report old = new Report(report.format(), report.subject(), report.overall(),
          new BandResult(b.id(), b.label(), b.minimum(), b.uncapped(), b.uncappedLabel(), b.cappedBy(), List.of()),
          report.tally(), report.principles(), report.calls(), report.findings(), report.evidence(), report.violations(),
          report.provenance());
      assertThat(html(report)).contains("<table class=\"legend\">");
      assertThat(html(old)).doesNotContain("<table class=\"legend\">").contains("Band: <strong>" + b.label() + "</strong>");
    }

    @Test
    void endsEachAssessedReportWithASignOffToCompleteByHandOnPaperThatSubmitsNothing() {
      String page = html(assess("icb-strong.json"), assess("icb-weak.json"));
      for (int r = 1; r <= 2; r++) {
        int start = page.indexOf("<section class=\"sign-off\" id=\"report-" + r + "-sign-off\"");
        assertThat(start).as("report %d's sign-off", r).isPositive()
            .isGreaterThan(page.indexOf("id=\"report-" + r + "-provenance\""));
        String block = page.substring(start, page.indexOf("</section>", start));
        assertThat(block).contains("<h3 id=\"report-" + r + "-sign-off-heading\">Sign-off</h3>")
            .contains("print it and complete each line by hand");
        assertThat(all(Pattern.compile("<tr class=\"line[a-z ]*\"><th scope=\"row\">([A-Za-z]+)[^\n]*</th><td></td></tr>"),
            block)).containsExactly("Assessor", "Role", "Date", "Decision", "Signature");
        assertThat(page).contains("<li><a href=\"#report-" + r + "-sign-off\">Sign-off</a></li>");
      }
      assertThat(page).contains("<caption id=\"report-1-sign-off-caption\">Sign-off of the report on "
          + "NHS North East London Integrated Care Board</caption>");
      assertThat(page).doesNotContainIgnoringCase("<form").doesNotContainIgnoringCase("<input")
          .doesNotContainIgnoringCase("<textarea").doesNotContainIgnoringCase("<select")
          .doesNotContainIgnoringCase("<button").doesNotContainIgnoringCase("contenteditable");
      assertThat(html(invalid())).doesNotContain("<section class=\"sign-off\"").doesNotContain("Sign-off of the report");
    }

    @Test
    void hasADarkColourSchemeForTheScreenAndPrintsItsSummaryOnAPageOfItsOwn() {
      String page = html(assess("icb-strong.json"));
      assertThat(page).contains(":root { color-scheme: light dark; }")
          .contains("@media screen and (prefers-color-scheme: dark) {")
          .contains("<section class=\"summary\" id=\"report-1-band\"");
      String print = page.substring(page.indexOf("@media print {"));
      assertThat(print).contains(".summary { break-after: page; }").contains(".sign-off");
    }

    @Test
    void drawsOneLabelledBarPerPrincipleWithItsScore() {
      Report report = assess("icb-weak.json");
      String chart = chart(html(report));
      assertThat(chart).startsWith("<div class=\"chart\" role=\"img\" aria-labelledby=\"report-1-chart-title\" "
              + "aria-describedby=\"report-1-chart-desc\">")
          .contains("<p class=\"chart-title\" id=\"report-1-chart-title\">Score per Charter principle, out of 100</p>")
          .contains("<p class=\"visually-hidden\" id=\"report-1-chart-desc\">Bar chart. P1 ");
      assertThat(all(Pattern.compile("<div class=\"(bar)\">"), chart)).hasSize(6);
      assertThat(all(Pattern.compile("<rect class=\"bar-fill\"[^>]*width=\"([0-9.]+%)\""), chart)).hasSize(6);
      assertThat(report.principles()).extracting(ScoreLine::id).containsExactly("P1", "P2", "P3", "P4", "P5", "P6");
      for (ScoreLine line : report.principles()) {
        String value = line.score().setScale(1, java.math.RoundingMode.HALF_UP).toPlainString();
        String width = line.score().setScale(1, java.math.RoundingMode.HALF_UP).stripTrailingZeros().toPlainString() + "%";
        assertThat(chart).as(line.id())
            .contains("<p class=\"bar-label\">" + escaped(line.id() + " " + line.title()) + "</p>")
            .contains("<rect class=\"bar-fill\" x=\"0\" y=\"2\" width=\"" + width + "\" height=\"20\">")
            .contains("<span class=\"bar-value\">" + value + "</span>")
            .contains(line.id() + " " + escaped(line.title()) + ": " + value);
      }
    }

    @Test
    void drawsBarsInPercentagesOfTheirWidthSoThatNothingInTheChartIsScaledDown() {
      String page = html(assess("icb-strong.json"));
      assertThat(chart(page)).doesNotContain("viewBox").doesNotContain("<text");
      assertThat(all(Pattern.compile("<svg class=\"bar-track\" (width=\"100%\" height=\"24\")>"), page)).hasSize(6);
      assertThat(all(Pattern.compile("<line class=\"grid\" x1=\"([0-9]+%)\""), chart(page)))
          .hasSize(30).containsSubsequence("0%", "25%", "50%", "75%", "100%");
      assertThat(page).contains("<div class=\"scale\"><span class=\"tick tick-0\">0</span><span class=\"tick tick-25\">25</span>"
          + "<span class=\"tick tick-50\">50</span><span class=\"tick tick-75\">75</span>"
          + "<span class=\"tick tick-100\">100</span></div>");
      assertThat(HtmlModel.percent(new BigDecimal("100"))).isEqualTo("100%");
      assertThat(HtmlModel.percent(new BigDecimal("45.25"))).isEqualTo("45.3%");
      assertThat(HtmlModel.percent(BigDecimal.ZERO)).isEqualTo("0%");
    }

    @Test
    void showsAPrincipleWithNoScoreAsNoScoreNotAsZero() {
      Report report = assess("icb-weak.json");
      List<ScoreLine> principles = new ArrayList<>(report.principles());
      ScoreLine p5 = principles.get(4);
      principles.set(4, new ScoreLine(p5.id(), p5.title(), null, BigDecimal.ZERO, p5.tally(), List.of()));
      String page = html(withPrinciples(report, principles));
      String chart = chart(page);
      assertThat(all(Pattern.compile("<div class=\"(bar)\">"), chart)).hasSize(6);
      assertThat(all(Pattern.compile("<rect class=\"(bar-fill)\""), chart)).hasSize(5);
      assertThat(chart).contains("<span class=\"bar-value unscored\">no score</span>")
          .contains("P5 " + escaped(p5.title()) + ": no score");
      assertThat(page).contains("<tr><th scope=\"row\"><span class=\"criterion\">P5</span> " + escaped(p5.title())
          + "</th><td class=\"number\">no score</td>");
    }

    @Test
    void givesTheChartsNumbersInATableToo() {
      Report report = assess("icb-strong.json");
      String page = html(report);
      assertThat(page).contains("-principles-caption\">Score per Charter principle, out of 100</caption>")
          .contains("-calls-caption\">Score per Charter call, out of 100</caption>");
      for (ScoreLine line : report.principles()) {
        assertThat(page).contains("<tr><th scope=\"row\"><span class=\"criterion\">" + line.id() + "</span> "
            + escaped(line.title()) + "</th><td class=\"number\">"
            + line.score().setScale(1, java.math.RoundingMode.HALF_UP).toPlainString() + " out of 100</td>");
      }
      for (ScoreLine line : report.calls()) {
        assertThat(page).contains("<th scope=\"row\"><span class=\"criterion\">" + line.id() + "</span> "
            + escaped(line.title()) + "</th>");
      }
    }

    @Test
    void groupsCountedFindingsUnderTheirCallInCharterOrderAndListsTheRestCompactly() {
      Report report = assess("icb-weak.json");
      String page = html(report);
      List<String> calls = all(Pattern.compile("<section class=\"call\" id=\"report-1-call-([A-Z0-9]+)\""), page);
      List<String> charterOrder = Charter.standard().calls().stream().map(c -> c.id()).filter(calls::contains).toList();
      assertThat(calls).isNotEmpty().containsExactlyElementsOf(charterOrder);
      assertThat(page).contains("<blockquote class=\"call-text\"><p>"
          + escaped(Charter.standard().clause("N1").text()) + "</p></blockquote>");
      for (Finding f : report.findings()) {
        String heading = "<span class=\"criterion\">" + f.criterion() + "</span> <bdi>" + escaped(f.title()) + "</bdi>";
        if (f.status().isCounted()) {
          assertThat(page).as(f.criterion()).contains("<h5 id=\"report-1-finding-" + (report.findings().indexOf(f) + 1)
              + "-heading\">" + heading + "</h5>").contains(escaped(f.reason()));
          f.missing().forEach(m -> assertThat(page).contains("<li>" + escaped(m) + "</li>"));
        } else {
          assertThat(page).as(f.criterion()).contains("<tr><th scope=\"row\">" + heading).doesNotContain(">" + heading + "</h5>");
        }
      }
      int n1 = page.indexOf("id=\"report-1-call-N1\"");
      int strategy = page.indexOf(">N1-CD-STRATEGY</span>", n1);
      int n2 = page.indexOf("id=\"report-1-call-N2\"");
      assertThat(strategy).isBetween(n1, n2);
    }

    @Test
    void givesEachFindingItsStatusInWordsScoreMandatoryMarkerAndCitedEvidence() {
      Report report = assess("icb-weak.json");
      String page = html(report);
      Finding strategy = report.findings().get(0);
      assertThat(strategy.criterion()).isEqualTo("N1-CD-STRATEGY");
      assertThat(page).contains("<p class=\"outcome\"><span class=\"status status-not-met\">Not met</span> "
          + "<span class=\"confidence confidence-low\">Confidence: Low</span> "
          + "<span class=\"mandatory\">Mandatory</span> <span class=\"score\">Score: 0.0 out of 100</span></p>");
      assertThat(page).contains("<li><a href=\"#report-1-evidence-1\"><bdi>Draft community engagement and development "
          + "strategy</bdi></a> (<bdi><code>draft-strategy</code></bdi>, Draft, 12 January 2026)</li>");
      assertThat(page).contains("<li id=\"report-1-evidence-1\">\n<h4>Draft community engagement and development strategy</h4>");
      assertThat(page).contains("<p class=\"sub\" id=\"report-1-finding-1-missing\">What is missing</p>");
    }

    @Test
    void listsWaivedCriteriaWithTheWaiver() {
      Report report = Reports.appliedWaiver();
      Finding waived = report.findings().stream().filter(f -> f.status() == CriterionStatus.WAIVED).findFirst().orElseThrow();
      assertThat(waived.criterion()).isEqualTo("N6-ASSURANCE");
      String page = html(report);
      assertThat(page).contains("<td><span class=\"status status-waived\">Waived</span></td><td>" + escaped(waived.reason())
          + "\n<div class=\"waiver waiver-applied\">\n<p><strong>Waiver applied.</strong> "
          + escaped(waived.waiver().explanation()) + "</p>");
    }

    @Test
    void showsAWaiverTheAssessmentRefusedOnTheFindingNotInTheTableOfCriteriaLeftOut() {
      Report report = assess("icb-waived.json");
      Finding constitution = report.findings().stream().filter(f -> f.criterion().equals("N5-CONSTITUTION")).findFirst()
          .orElseThrow();
      assertThat(constitution.status().isCounted()).isTrue();
      String page = html(report);
      int finding = page.indexOf("-heading\"><span class=\"criterion\">N5-CONSTITUTION</span>");
      assertThat(finding).isPositive();
      assertThat(page.substring(finding, page.indexOf("</article>", finding)))
          .contains("<div class=\"waiver waiver-refused\">\n<p><strong>Waiver refused.</strong> "
              + escaped(constitution.waiver().explanation()) + "</p>")
          .contains("<div><dt>Reason given</dt><dd>" + escaped(constitution.waiver().reason()) + "</dd></div>");
    }

    @Test
    void recordsWhatTheReportWasMadeFrom() {
      Report report = assess("hwb-stale.json");
      var p = report.provenance();
      String page = html(report);
      assertThat(page).contains("<tr><th scope=\"row\">Charter version</th><td>" + p.charterVersion() + "</td></tr>")
          .contains("<code>" + p.charterHash() + "</code>")
          .contains("<tr><th scope=\"row\">Rule set version</th><td>" + p.ruleSetVersion() + "</td></tr>")
          .contains("<code>" + p.ruleSetHash() + "</code>")
          .contains("<tr><th scope=\"row\">Scoring policy</th><td>" + p.scoringPolicy() + "</td></tr>")
          .contains("<code>" + p.scoringPolicyHash() + "</code>")
          .contains("<code>" + p.submissionDigest() + "</code>")
          .contains("<tr><th scope=\"row\">Charter Assurance version</th><td>" + p.libraryVersion() + "</td></tr>")
          .contains("<tr><th scope=\"row\">As at</th><td><time datetime=\"2026-03-31\">31 March 2026</time></td></tr>");
    }

    @Test
    void showsTheViolationsOfAnInvalidSubmissionInsteadOfScores() {
      Report report = invalid();
      assertThat(report.violations()).hasSizeGreaterThanOrEqualTo(2);
      String page = html(report);
      assertThat(page).contains("<strong>This submission was not assessed.</strong>")
          .contains("-problems-caption\">Problems that stopped the assessment, by where they are in the submission</caption>");
      for (Violation v : report.violations()) {
        assertThat(page).contains("<tr><th scope=\"row\"><code>" + escaped(v.path()) + "</code></th><td>"
            + escaped(v.message()) + "</td></tr>");
      }
      assertThat(page).doesNotContain("<svg").doesNotContain("Readiness band").doesNotContain("Findings by Charter call");
    }

    @Test
    void showsAnUnreadableSubmissionThatNamesNoOrganisation() {
      Report report = Assessor.standard().unreadable(List.of(Violation.at("submission", "$", "is not well-formed JSON <here>")));
      String page = html(report);
      assertThat(page).contains("<h2 id=\"report-1-heading\">A submission that names no organisation</h2>")
          .contains("<td>is not well-formed JSON &lt;here&gt;</td>")
          .contains("<tr><th scope=\"row\">As at</th><td>not given</td></tr>");
    }

    @Test
    void givesSeveralReportsOneSectionEachWithAContentsList() {
      String page = html(assess("icb-strong.json"), assess("icb-weak.json"), invalid());
      assertThat(page).contains("<title>Charter readiness reports for 3 organisations</title>")
          .contains("<h2 id=\"contents-heading\">Contents</h2>");
      assertThat(all(Pattern.compile("<li><a href=\"(#report-\\d)\">"), page))
          .containsExactly("#report-1", "#report-2", "#report-3");
      assertThat(all(Pattern.compile("<section class=\"report\" id=\"(report-\\d)\""), page))
          .containsExactly("report-1", "report-2", "report-3");
      assertThat(page).contains(": not assessed: the submission has " + invalid().violations().size() + " problems</li>");
    }

    @Test
    void givesEveryIdOnceAndEveryInternalLinkATarget() {
      String page = html(assess("icb-strong.json"), assess("icb-weak.json"), assess("icb-waived.json"), invalid());
      List<String> ids = all(Pattern.compile("\\sid=\"([^\"]+)\""), page);
      Set<String> unique = new HashSet<>(ids);
      assertThat(ids).hasSameSizeAs(unique);
      assertThat(all(Pattern.compile("href=\"#([^\"]+)\""), page)).isNotEmpty().allSatisfy(id -> assertThat(unique).contains(id));
      assertThat(all(Pattern.compile("aria-labelledby=\"([^\"]+)\""), page))
          .allSatisfy(refs -> assertThat(unique).contains(refs.split(" ")));
    }

    @Test
    void hasHeadingsThatNeverSkipALevel() {
      for (String page : List.of(html(assess("icb-weak.json")), html(assess("icb-strong.json"), invalid()))) {
        List<Integer> levels = all(Pattern.compile("<h([1-6])[ >]"), page).stream().map(Integer::valueOf).toList();
        assertThat(levels.get(0)).isEqualTo(1);
        assertThat(levels.stream().filter(l -> l == 1).count()).isEqualTo(1);
        for (int i = 1; i < levels.size(); i++) {
          assertThat(levels.get(i)).as("heading %d after h%d", i, levels.get(i - 1)).isLessThanOrEqualTo(levels.get(i - 1) + 1);
        }
      }
    }

    @Test
    void givesEveryTableACaptionAndScopedHeaders() {
      String page = html(assess("icb-waived.json"), invalid());
      int tables = all(Pattern.compile("<(table)[ >]"), page).size();
      assertThat(tables).isGreaterThanOrEqualTo(5);
      assertThat(all(Pattern.compile("<table[^>]*>\\n(<caption) id=\"[^\"]+\">"), page)).hasSize(tables);
      // A table that may scroll sits in a region named by its caption, which a keyboard can reach.
      assertThat(all(Pattern.compile("(<div class=\"table-(?:wrap|scroll)\" role=\"region\" aria-labelledby=\"[^\"]+-caption\" tabindex=\"0\">)\\n<table"), page))
          .hasSize(tables);
      assertThat(all(Pattern.compile("<(th)[ >]"), page)).hasSameSizeAs(all(Pattern.compile("<th (scope)=\"(?:col|row)\""), page));
    }

    @Test
    void startsWithASkipLinkToTheMainContent() {
      String page = html(assess("icb-strong.json"));
      assertThat(page.substring(page.indexOf("<body>"))).startsWith("<body>\n<a class=\"skip-link\" href=\"#main\">Skip to main content</a>\n<main id=\"main\"");
    }
  }

  /**
   * Goes on when Chromium is installed; otherwise skips the browser tests on a developer's machine
   * and fails them in CI (where {@code CI} is set), so that CI can never pass without running them.
   */
  static void requireChromium(boolean installed, @Nullable String ci) {
    if (installed) {
      return;
    }
    if (ci != null && !ci.isBlank()) {
      fail("CI is set but " + InChromium.CHROMIUM + " is missing: install Debian's chromium package "
          + "(apt-get install -y chromium) so that the accessibility tests run rather than pass vacuously");
    }
    assumeTrue(false, InChromium.CHROMIUM + " is missing, so the browser accessibility tests are skipped on this "
        + "machine (apt-get install -y chromium to run them; where CI is set they fail instead)");
  }

  @Nested
  @DisplayName("without Chromium")
  class WithoutChromium {
    @Test
    void theBrowserTestsAreSkippedWithAReasonOnADevelopersMachine() {
      assertThatThrownBy(() -> requireChromium(false, null))
          .isInstanceOf(TestAbortedException.class)
          .hasMessageContaining("/usr/bin/chromium is missing, so the browser accessibility tests are skipped");
      assertThatThrownBy(() -> requireChromium(false, "")).isInstanceOf(TestAbortedException.class);
    }

    @Test
    void theBrowserTestsFailInCi() {
      assertThatThrownBy(() -> requireChromium(false, "true"))
          .isInstanceOf(AssertionError.class)
          .hasMessageContaining("CI is set but /usr/bin/chromium is missing");
    }

    @Test
    void theBrowserTestsRunWhereverChromiumIsInstalled() {
      requireChromium(true, null);
      requireChromium(true, "true");
    }
  }

  /**
   * The page in real headless Chromium, checked by axe-core for WCAG 2.0, 2.1 and 2.2 A and AA.
   * Skips when Chromium is missing on a developer's machine; fails when it is missing in CI.
   */
  @Nested
  @DisplayName("the page in Chromium")
  @TestInstance(TestInstance.Lifecycle.PER_CLASS)
  class InChromium {
    static final Path CHROMIUM = Chromium.EXECUTABLE;

    private Chromium chromium;
    private Browser browser;

    @BeforeAll
    void launch() throws IOException {
      chromium = Chromium.launch();
      browser = chromium.browser();
    }

    @AfterAll
    void close() {
      if (chromium != null) {
        chromium.close();
      }
    }

    /** A page showing {@code html}, with every request it tries recorded in {@code requests} and refused. */
    private Page open(BrowserContext context, String html, List<String> requests) {
      return Chromium.open(context, html, requests);
    }

    /** A context that lets the test inject axe past the page's own Content-Security-Policy. */
    private BrowserContext context() {
      return chromium.context(new Browser.NewContextOptions().setViewportSize(1280, 900));
    }

    private List<Report> reports(String which) {
      return switch (which) {
        case "invalid" -> List.of(invalid());
        case "several" -> List.of(assess("icb-strong.json"), assess("icb-missing-strategy.json"), invalid());
        case "hostile" -> List.of(hostile());
        case "both-judgements" -> List.of(BothJudgementsTests.REPORT);
        case "applied-waiver" -> List.of(Reports.appliedWaiver());
        case "controls-and-bidi" -> List.of(Hostile.report(Hostile.ALL), Hostile.invalid(Hostile.ALL));
        default -> List.of(assess(which));
      };
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"icb-strong.json", "icb-weak.json", "hwb-stale.json", "icb-waived.json", "invalid",
        "several", "hostile", "both-judgements", "applied-waiver", "controls-and-bidi"})
    void passesEveryAxeWcag22AaCheckAndRequestsNothingFromTheNetwork(String which) {
      String html = HTML.render(reports(which));
      List<String> requests = new CopyOnWriteArrayList<>();
      try (BrowserContext context = context()) {
        Page page = open(context, html, requests);
        assertThat(page.evaluate("() => document.scripts.length")).as("scripts in the page itself").isEqualTo(0);
        JsonNode results = axe(page);
        assertThat(results.path("passes").size()).as("axe ran its checks").isPositive();
        assertThat(results.path("violations")).as("axe violations:%n%s", describe(results.path("violations"))).isEmpty();
      }
      assertThat(requests).as("requests the page made").isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"icb-strong.json", "icb-waived.json", "invalid", "hostile", "controls-and-bidi"})
    void onA320PixelScreenEveryTableThatScrollsCanBeReachedAndScrolledByKeyboard(String which) {
      List<Report> reports = which.equals("controls-and-bidi")
          ? List.of(Hostile.report(Hostile.ALL + " " + "W".repeat(3_000)), Hostile.invalid("W".repeat(3_000)))
          : reports(which);
      try (BrowserContext context = chromium.context(new Browser.NewContextOptions().setViewportSize(320, 640))) {
        Page page = open(context, HTML.render(reports), new ArrayList<>());
        Object scrolling = page.evaluate("() => [...document.querySelectorAll('main *')]"
            + ".filter(e => e.scrollWidth > e.clientWidth + 1 && getComputedStyle(e).overflowX === 'auto')"
            + ".filter(e => e.tabIndex < 0 || !e.getAttribute('aria-labelledby')).length");
        assertThat(scrolling).as("scrolling regions that a keyboard cannot reach, or that have no name").isEqualTo(0);
        JsonNode results = axe(page);
        assertThat(results.path("violations")).as("axe violations at 320 px:%n%s", describe(results.path("violations")))
            .isEmpty();
      }
    }

    @Test
    void showsControlsAndBidiControlsAsTextThatKeepsTheDirectionAndWidthOfThePage() {
      String hebrew = "\u05E9\u05DC\u05D5\u05DD";
      String text = Hostile.ALL + " " + hebrew + " " + "W".repeat(3_000);
      try (BrowserContext context = context()) {
        Page page = open(context, HTML.render(List.of(Hostile.report(text), Hostile.report(hebrew + " 1, 2"))),
            new ArrayList<>());
        assertThat(page.evaluate("() => document.getElementById('report-1-heading').textContent"))
            .isEqualTo("Name " + Printable.line(text));
        assertThat(page.evaluate("() => [...document.querySelectorAll('main, h2, h5, p, li, dt, dd, th, td')]"
            + ".filter(e => getComputedStyle(e).direction !== 'ltr').length")).as("elements not left to right")
            .isEqualTo(0);
        String wide = "() => [...document.querySelectorAll('main *')]"
            + ".filter(e => !e.closest('svg') && e.getBoundingClientRect().right > document.documentElement.clientWidth)"
            + ".slice(0, 8).map(e => e.tagName + '.' + e.className).join(', ')";
        assertThat(page.evaluate("() => document.documentElement.scrollWidth"))
            .as("the page's width, widened by %s", page.evaluate(wide))
            .isEqualTo(page.evaluate("() => document.documentElement.clientWidth"));
      }
    }

    @Test
    void wouldCatchAPageThatBreaksTheRules() {
      String broken = "<!DOCTYPE html><html><head><title>Broken</title></head><body><main>"
          + "<p style=\"color:#aaaaaa;background:#ffffff\">Faint text</p><svg role=\"img\"><rect width=\"9\" height=\"9\"/></svg>"
          + "<table><tr><th>Score</th></tr></table><a href=\"#nowhere\"></a></main></body></html>";
      try (BrowserContext context = context()) {
        JsonNode violations = axe(open(context, broken, new ArrayList<>())).path("violations");
        List<String> ids = new ArrayList<>();
        violations.forEach(v -> ids.add(v.path("id").asText()));
        assertThat(ids).as("axe found:%n%s", describe(violations))
            .contains("html-has-lang", "color-contrast", "svg-img-alt", "link-name");
      }
    }

    @Test
    void showsTheSkipLinkFirstWhenTheKeyboardArrives() {
      try (BrowserContext context = context()) {
        Page page = open(context, HTML.render(List.of(assess("icb-strong.json"))), new ArrayList<>());
        page.keyboard().press("Tab");
        assertThat(page.evaluate("() => document.activeElement.textContent")).isEqualTo("Skip to main content");
        assertThat(page.evaluate("() => document.activeElement.getBoundingClientRect().top >= 0")).isEqualTo(true);
        assertThat(page.evaluate("() => getComputedStyle(document.activeElement).outlineStyle")).isEqualTo("solid");
        page.keyboard().press("Enter");
        assertThat(page.evaluate("() => document.activeElement.id")).isEqualTo("main");
      }
    }

    @Test
    void savesAFullPageScreenshotAndTheHtmlOfTheStrongReportAsBuildArtefacts() throws IOException {
      Path dir = Path.of(System.getProperty("report.artefacts.dir", "target/report-artefacts"));
      Files.createDirectories(dir);
      String html = HTML.withSources(List.of("icb-strong.json")).render(List.of(assess("icb-strong.json")));
      Path htmlFile = dir.resolve("report-icb-strong.html");
      Path png = dir.resolve("report-icb-strong.png");
      Files.writeString(htmlFile, html, StandardCharsets.UTF_8);
      Files.deleteIfExists(png);
      try (BrowserContext context = context()) {
        Page page = open(context, html, new ArrayList<>());
        page.screenshot(new Page.ScreenshotOptions().setPath(png).setFullPage(true));
        Object height = page.evaluate("() => document.documentElement.scrollHeight");
        assertThat(((Number) height).intValue()).isGreaterThan(900);
      }
      byte[] bytes = Files.readAllBytes(png);
      assertThat(bytes).hasSizeGreaterThan(10_000);
      assertThat(new String(bytes, 1, 3, StandardCharsets.US_ASCII)).isEqualTo("PNG");
    }

    private JsonNode axe(Page page) {
      return chromium.axe(page);
    }

    private static String describe(JsonNode violations) {
      return Chromium.describe(violations);
    }
  }
}
