package io.charterassurance.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.ColorScheme;
import com.microsoft.playwright.options.Margin;
import com.microsoft.playwright.options.Media;
import io.charterassurance.model.io.ReadResult;
import io.charterassurance.model.io.SubmissionReader;
import io.charterassurance.model.report.CriterionStatus;
import io.charterassurance.model.report.Finding;
import io.charterassurance.model.report.Report;
import io.charterassurance.model.report.WaiverOutcome;
import io.charterassurance.rules.Assessor;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The HTML report in Chromium as people read it: on a 320 and a 1280 pixel wide screen, at 400%
 * zoom (1280 pixels at 400% is a 320 CSS pixel viewport at a device scale of 4), with text
 * resized to 200%, in the dark colour scheme and on paper. For the five example submissions, an
 * invalid submission, a report with many criteria not applicable or waived and a page of long
 * unbroken words: no axe-core violation of WCAG 2.2 A or AA, no sideways scrolling of the page
 * (WCAG 1.4.10), every table in a named region a keyboard can reach and scroll, no text smaller
 * than 12 pixels (the chart's labels included), and printed, the summary alone on the first page.
 */
@DisplayName("the HTML report at every width, zoom, text size and colour scheme, and on paper")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HtmlLayoutTests {
  private static final Path EXAMPLES = Path.of("..", "charter-examples", "evidence");
  private static final List<String> EXAMPLE_FILES = List.of("hwb-tower-hamlets.json", "icb-north-east-london.json",
      "la-public-health.json", "trust-homerton.json", "weak-organisation.json");
  private static final String INVALID = "an invalid submission";
  private static final String EXCLUDED = "many criteria not applicable or waived";
  private static final String LONG_WORDS = "long unbroken words";
  /** A4 less 15 mm margins each side, in CSS pixels (96 to the inch): the width a printed page lays out in. */
  private static final int PRINTED_WIDTH = 680;

  /** Where and how the page is shown. */
  enum Layout {
    NARROW("320 px", 320, 640, 1, false),
    WIDE("1280 px", 1280, 800, 1, false),
    ZOOM_400("1280 px at 400% zoom", 320, 200, 4, false),
    TEXT_200("1280 px with text resized to 200%", 1280, 800, 1, true);

    final String label;
    final int width;
    final int height;
    final double scale;
    final boolean largeText;

    Layout(String label, int width, int height, double scale, boolean largeText) {
      this.label = label;
      this.width = width;
      this.height = height;
      this.scale = scale;
      this.largeText = largeText;
    }

    @Override
    public String toString() {
      return label;
    }
  }

  private Chromium chromium;
  private final Map<String, String> pages = new ConcurrentHashMap<>();

  @BeforeAll
  void launch() throws IOException {
    chromium = Chromium.launch();
  }

  @AfterAll
  void close() {
    if (chromium != null) {
      chromium.close();
    }
  }

  static List<String> names() {
    List<String> names = new ArrayList<>(EXAMPLE_FILES);
    names.addAll(List.of(INVALID, EXCLUDED, LONG_WORDS));
    return names;
  }

  static Stream<Arguments> everyPageInEveryLayout() {
    return names().stream().flatMap(name -> Stream.of(Layout.values()).map(layout -> Arguments.of(name, layout)));
  }

  static Stream<Arguments> everyPageOnANarrowAndAWideScreen() {
    return names().stream().flatMap(name -> Stream.of(Layout.NARROW, Layout.WIDE).map(l -> Arguments.of(name, l)));
  }

  /** The pages of one report each: the examples and the report with many criteria left out of the score. */
  static List<String> singleReports() {
    List<String> names = new ArrayList<>(EXAMPLE_FILES);
    names.add(EXCLUDED);
    return names;
  }

  private String page(String name) {
    return pages.computeIfAbsent(name, HtmlLayoutTests::render);
  }

  /** An example is read from its absolute path, as the command line reads a file it is given. */
  private static String render(String name) {
    ReportWriter html = ReportWriter.of(ReportFormat.HTML);
    return switch (name) {
      case INVALID -> html.render(HtmlReportTests.invalid());
      case EXCLUDED -> html.withSources(List.of("excluded.json")).render(excluded());
      case LONG_WORDS -> {
        String word = "Unbroken" + "W".repeat(400);
        yield html.render(List.of(Hostile.report(word), Hostile.invalid(word)));
      }
      default -> {
        Path file = EXAMPLES.resolve(name).toAbsolutePath().normalize();
        ReadResult read = SubmissionReader.create().read(file);
        Report report = Assessor.standard().assess(read);
        assertThat(report.isAssessed()).as("%s is valid: %s", name, report.violations()).isTrue();
        String page = html.withSources(List.of(file.toString())).render(report);
        assertThat(page).as("the page names the file, not where it is")
            .contains("<code>" + name + "</code>").doesNotContain(file.getParent().toString());
        yield page;
      }
    };
  }

  /**
   * An ICB whose criteria are mostly left out of the score: twelve not applicable and eight waived
   * (with long reasons, and an address as one long word), and a few counted.
   */
  static Report excluded() {
    List<Finding> findings = new ArrayList<>();
    findings.add(Fixtures.finding("N1-STRATEGY", CriterionStatus.MET).title("Community development strategy").build());
    findings.add(Fixtures.finding("N2-JSNAA", CriterionStatus.PARTIALLY_MET).title("Joint needs and assets assessment")
        .mandatory().build());
    findings.add(Fixtures.finding("A2-LISTEN", CriterionStatus.NOT_ASSESSED).title("Listening and responding").build());
    for (int i = 1; i <= 12; i++) {
      findings.add(Fixtures.finding("N" + i + "-NOT-APPLICABLE-" + i, CriterionStatus.NOT_APPLICABLE)
          .title("A criterion that applies only to another kind of organisation, number " + i)
          .reason("Applies to NHS England, the Department of Health and Social Care and the Office for Health "
              + "Improvement and Disparities, not to an Integrated Care Board; see "
              + "https://www.example.org/charter/criteria/not-applicable/" + "segment".repeat(12) + i)
          .build());
    }
    for (int i = 1; i <= 8; i++) {
      findings.add(Fixtures.finding("A" + (i % 6 + 1) + "-WAIVED-" + i, CriterionStatus.WAIVED)
          .title("A criterion waived while the partnership is re-formed, number " + i)
          .reason("Waived by the organisation's assurer until the end of September 2026.")
          .waiver(Fixtures.waiver(WaiverOutcome.APPLIED,
              "The waiver applies: it was approved by the organisation's assurer and is in force on the as-at date."))
          .build());
    }
    return Fixtures.report(findings);
  }

  private BrowserContext context(Layout layout, ColorScheme scheme) {
    return chromium.context(new Browser.NewContextOptions()
        .setViewportSize(layout.width, layout.height)
        .setDeviceScaleFactor(layout.scale)
        .setColorScheme(scheme));
  }

  private static Page show(BrowserContext context, String html, Layout layout, List<String> requests) {
    Page page = Chromium.open(context, html, requests);
    if (layout.largeText) {
      // What a reader's text-size setting does: every size in the page is in rem or em.
      page.addStyleTag(new Page.AddStyleTagOptions().setContent("html { font-size: 200% !important; }"));
      assertThat(page.evaluate("() => getComputedStyle(document.body).fontSize")).isEqualTo("32px");
    }
    return page;
  }

  @ParameterizedTest(name = "{0} at {1}")
  @MethodSource("everyPageInEveryLayout")
  void meetsWcag22AaWithoutScrollingSidewaysOrTextSmallerThan12Pixels(String name, Layout layout) {
    List<String> requests = new CopyOnWriteArrayList<>();
    try (BrowserContext context = context(layout, ColorScheme.LIGHT)) {
      Page page = show(context, page(name), layout, requests);
      assertThat(page.evaluate("() => document.scrollingElement.scrollWidth <= document.scrollingElement.clientWidth"))
          .as("the page scrolls sideways to %s px, widened by %s",
              page.evaluate("() => document.scrollingElement.scrollWidth"), page.evaluate(WIDENED_BY))
          .isEqualTo(true);
      assertThat(strings(page.evaluate(SCROLLING_BUT_NOT_REACHABLE)))
          .as("regions that scroll but are not named regions a keyboard can reach").isEmpty();
      assertThat(strings(page.evaluate(TABLES_OUTSIDE_A_REGION)))
          .as("tables not in a named region that can scroll and that a keyboard can reach").isEmpty();
      assertThat(strings(page.evaluate(SMALL_TEXT))).as("text smaller than 12 px").isEmpty();
      if (!name.equals(INVALID)) {
        List<String> chart = strings(page.evaluate(CHART_TEXT));
        assertThat(chart).as("the chart's labels, values and scale").hasSizeGreaterThanOrEqualTo(6 + 6 + 5)
            .allSatisfy(size -> assertThat(Double.parseDouble(size)).isGreaterThanOrEqualTo(12));
      }

      JsonNode results = chromium.axe(page);
      assertThat(results.path("passes").size()).as("axe ran its checks").isPositive();
      assertThat(results.path("violations")).as("axe violations:%n%s", Chromium.describe(results.path("violations")))
          .isEmpty();
    }
    assertThat(requests).as("requests the page made").isEmpty();
  }

  @ParameterizedTest(name = "{0} at {1}")
  @MethodSource("everyPageOnANarrowAndAWideScreen")
  void meetsWcag22AaInTheDarkColourScheme(String name, Layout layout) {
    try (BrowserContext context = context(layout, ColorScheme.DARK)) {
      Page page = show(context, page(name), layout, new ArrayList<>());
      assertThat(page.evaluate("() => matchMedia('(prefers-color-scheme: dark)').matches")).isEqualTo(true);
      assertThat(page.evaluate("() => getComputedStyle(document.body).backgroundColor"))
          .as("the page is dark").isEqualTo("rgb(18, 26, 31)");
      assertThat(page.evaluate("() => document.scrollingElement.scrollWidth <= document.scrollingElement.clientWidth"))
          .isEqualTo(true);
      JsonNode results = chromium.axe(page);
      assertThat(results.path("violations")).as("axe violations:%n%s", Chromium.describe(results.path("violations")))
          .isEmpty();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("singleReports")
  void printsTheSummaryAloneOnTheFirstPageAndTheSignOffWholeOnOne(String name) throws IOException {
    String html = page(name);
    List<String> pdfPages;
    try (BrowserContext context = context(Layout.WIDE, ColorScheme.LIGHT)) {
      Page page = Chromium.open(context, html, new ArrayList<>());
      byte[] pdf = page.pdf(new Page.PdfOptions().setFormat("A4").setPrintBackground(true)
          .setMargin(new Margin().setTop("15mm").setBottom("15mm").setLeft("15mm").setRight("15mm")));
      pdfPages = text(pdf);
      // Kept for a person to look at, and for CI to keep as a build artefact.
      Path dir = Files.createDirectories(Path.of(System.getProperty("report.artefacts.dir", "target/report-artefacts")));
      Files.write(dir.resolve("printed-" + name.replaceAll("[^A-Za-z0-9.-]+", "-").replaceAll("\\.json$", "") + ".pdf"),
          pdf);
    }
    assertThat(pdfPages).as("pages").hasSizeGreaterThanOrEqualTo(3);
    String first = pdfPages.get(0);
    assertThat(first).as("the first page")
        .contains("Charter readiness report")
        .contains("Readiness band")
        .contains("Band: ")
        .contains("Overall score: ")
        .contains("Readiness bands under the scoring policy")
        .contains("Left out of the score:")
        .contains("Confidence in the evidence for the")
        .doesNotContain("Score per principle")
        .doesNotContain("Skip to main content");
    if (html.contains("Most important to address")) {
      assertThat(first).contains("Most important to address");
    }
    // The page after the summary opens the detail: what is unknown and what it would take (every
    // assessed report has its interval), then the scores.
    assertThat(pdfPages.get(1)).as("the second page")
        .startsWith(html.contains("What is unknown, and what it would take")
            ? "What is unknown, and what it would take" : "Score per principle");
    assertThat(String.join("\n", pdfPages.subList(1, pdfPages.size()))).contains("Score per principle");
    List<String> signOff = pdfPages.stream().filter(p -> p.contains("Sign-off of the report on")).toList();
    assertThat(signOff).as("pages with the sign-off").hasSize(1);
    assertThat(signOff.get(0)).contains("Assessor").contains("Role").contains("Date").contains("Decision")
        .contains("Signature");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("names")
  void printsEverythingWithinTheWidthOfThePaper(String name) {
    try (BrowserContext context = context(Layout.WIDE, ColorScheme.LIGHT)) {
      Page page = Chromium.open(context, page(name), new ArrayList<>());
      page.setViewportSize(PRINTED_WIDTH, 1000);
      page.emulateMedia(new Page.EmulateMediaOptions().setMedia(Media.PRINT));
      assertThat(page.evaluate("() => matchMedia('print').matches")).isEqualTo(true);
      assertThat(page.evaluate("() => getComputedStyle(document.querySelector('.skip-link')).display")).isEqualTo("none");
      assertThat(page.evaluate("() => document.scrollingElement.scrollWidth <= document.scrollingElement.clientWidth"))
          .as("the printed page is widened by %s", page.evaluate(WIDENED_BY)).isEqualTo(true);
      assertThat(strings(page.evaluate(CUT_OFF))).as("elements cut off at the edge of the paper").isEmpty();
    }
  }

  /** The text of each page of a PDF. */
  private static List<String> text(byte[] pdf) throws IOException {
    List<String> pages = new ArrayList<>();
    try (PDDocument document = Loader.loadPDF(pdf)) {
      PDFTextStripper stripper = new PDFTextStripper();
      for (int i = 1; i <= document.getNumberOfPages(); i++) {
        stripper.setStartPage(i);
        stripper.setEndPage(i);
        pages.add(stripper.getText(document).strip());
      }
    }
    return pages;
  }

  @SuppressWarnings("unchecked")
  private static List<String> strings(Object value) {
    return ((List<Object>) value).stream().map(String::valueOf).toList();
  }

  /** A short description of an element, for messages. */
  private static final String DESCRIBE = "const describe = e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '')"
      + " + (e.getAttribute('class') ? '.' + e.getAttribute('class').replace(/ /g, '.') : '');";

  /**
   * What reaches past the right edge of the viewport, hidden text aside, and not inside something
   * that scrolls or clips it (where it widens only that).
   */
  private static final String WIDENED_BY = "() => { " + DESCRIBE
      + " const contained = e => { for (let a = e.parentElement; a && a !== document.body; a = a.parentElement) {"
      + "   if (getComputedStyle(a).overflowX !== 'visible') return true; } return false; };"
      + " return [...document.querySelectorAll('body *')]"
      + ".filter(e => !e.closest('.visually-hidden') && !contained(e)"
      + "   && e.getBoundingClientRect().right > document.documentElement.clientWidth + 1)"
      + ".slice(0, 8).map(describe).join(', '); }";

  /** Elements that scroll sideways but are not a named region with a place in the tab order. */
  private static final String SCROLLING_BUT_NOT_REACHABLE = "() => { " + DESCRIBE
      + " const named = e => (e.getAttribute('aria-labelledby') || '').split(' ').filter(Boolean).length > 0"
      + "   && (e.getAttribute('aria-labelledby') || '').split(' ').every(id => document.getElementById(id)"
      + "     && document.getElementById(id).textContent.trim().length > 0);"
      + " return [...document.querySelectorAll('body *')].filter(e => {"
      + "   const s = getComputedStyle(e);"
      + "   return (s.overflowX === 'auto' || s.overflowX === 'scroll') && e.scrollWidth > e.clientWidth + 1; })"
      + " .filter(e => !(e.tabIndex === 0 && e.getAttribute('role') === 'region' && named(e))).map(describe); }";

  /** Tables that are not the only child of a region that scrolls sideways and is in the tab order. */
  private static final String TABLES_OUTSIDE_A_REGION = "() => [...document.querySelectorAll('table')]"
      + ".filter(t => { const r = t.parentElement;"
      + "   return !(r.getAttribute('role') === 'region' && r.tabIndex === 0 && r.children.length === 1"
      + "     && getComputedStyle(r).overflowX === 'auto'); })"
      + ".map(t => t.querySelector('caption') ? t.querySelector('caption').textContent : t.outerHTML.slice(0, 80))";

  /**
   * Text shown smaller than 12 CSS pixels: each text node's element's font size, times the scale
   * of its SVG coordinates for text drawn in SVG. Hidden text and text that is not rendered aside.
   */
  private static final String SMALL_TEXT = "() => { " + DESCRIBE
      + " const small = [];"
      + " const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);"
      + " for (let n = walker.nextNode(); n; n = walker.nextNode()) {"
      + "   const e = n.parentElement;"
      + "   if (!n.textContent.trim() || e.closest('.visually-hidden, title, desc') || e.getClientRects().length === 0) continue;"
      + "   let size = parseFloat(getComputedStyle(e).fontSize);"
      + "   if (e instanceof SVGElement) { const m = e.getScreenCTM(); size *= Math.hypot(m.a, m.b); }"
      + "   if (size < 12) small.push(describe(e) + ' at ' + size.toFixed(1) + ' px: ' + n.textContent.trim().slice(0, 40));"
      + " }"
      + " return small; }";

  /** The rendered size, in CSS pixels, of every piece of text in the charts, as SVG text would be scaled too. */
  private static final String CHART_TEXT = "() => { const sizes = [];"
      + " for (const chart of document.querySelectorAll('.chart')) {"
      + "   const walker = document.createTreeWalker(chart, NodeFilter.SHOW_TEXT);"
      + "   for (let n = walker.nextNode(); n; n = walker.nextNode()) {"
      + "     const e = n.parentElement;"
      + "     if (!n.textContent.trim() || e.closest('.visually-hidden')) continue;"
      + "     let size = parseFloat(getComputedStyle(e).fontSize);"
      + "     if (e instanceof SVGElement) { const m = e.getScreenCTM(); size *= Math.hypot(m.a, m.b); }"
      + "     sizes.push(String(size));"
      + "   }"
      + " }"
      + " return sizes; }";

  /** Elements (hidden ones aside) whose right edge is past the width of the printed page. */
  private static final String CUT_OFF = "() => { " + DESCRIBE
      + " const width = document.documentElement.clientWidth;"
      + " return [...document.querySelectorAll('main *')]"
      + "   .filter(e => !e.closest('.visually-hidden') && e.getClientRects().length > 0"
      + "     && e.getBoundingClientRect().right > width + 1)"
      + "   .slice(0, 8).map(describe); }";
}
