package io.charterassurance.report;

import static io.charterassurance.report.Hostile.ALL;
import static io.charterassurance.report.Hostile.ALL_ESCAPED;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.samskivert.mustache.Escapers;
import io.charterassurance.model.io.CharterJson;
import io.charterassurance.model.report.EvidenceSummary;
import io.charterassurance.model.report.Report;
import io.charterassurance.model.report.ReportSubject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Hostile text in every field of a report, and in the file names passed as sources, in every
 * format: the output is well formed, each character a renderer must not write raw is shown as an
 * escape (never dropped, merged or replaced by another character), and the only line breaks are
 * the renderer's own. The reports are built directly, as an embedding program can build them
 * whatever the reader would refuse.
 */
class HostileTextTests {
  /**
   * How a violation shows a character that is unsafe to show: a {@link
   * io.charterassurance.model.io.Violation} writes it as its code point, {@code <U+001B>}, when it is
   * made (so no format has anything left to escape in it).
   */
  private static final String VISIBLE = io.charterassurance.model.text.PlainText.visible(ALL);

  static final String TOWER = "Tower \uD800 Hamlets";
  static final String TOWER_ESCAPED = "Tower \\uD800 Hamlets";
  static final String FILE = "sub/evil\u001B]0;pwned\u0007\u202E\uD800.json";
  /** What a report shows of {@link #FILE}: its file name only, escaped. */
  static final String FILE_NAME_ESCAPED = "evil\\u001B]0;pwned\\u0007\\u202E\\uD800.json";

  /** The bytes as UTF-8, failing on anything malformed (a lone surrogate written as '?' would pass, so tests look for the escape). */
  static String utf8(byte[] bytes) {
    try {
      return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      throw new AssertionError("the output is not well-formed UTF-8", e);
    }
  }

  static String render(ReportFormat format, List<Report> reports, List<String> sources) {
    String text = utf8(ReportWriter.of(format).withSources(sources).bytes(reports));
    assertThat(Hostile.RAW_UNSAFE.matcher(text).results().map(r -> Printable.line(r.group())).toList())
        .as("characters %s wrote raw", format).isEmpty();
    return text;
  }

  static String render(ReportFormat format, Report report) {
    return render(format, List.of(report), List.of(""));
  }

  /** The JDK's XML parser, with document types refused. */
  static Document xml(String text) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    return factory.newDocumentBuilder().parse(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
  }

  static List<List<String>> csv(String text) throws IOException {
    try (MappingIterator<List<String>> it = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY)
        .readerForListOf(String.class).readValues(text)) {
      return it.readAll();
    }
  }

  static JsonSchema sarifSchema() throws IOException {
    return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(
        CharterJson.json().readTree(Files.readAllBytes(Path.of(System.getProperty("sarif.schema")))));
  }

  static Report named(Report r, String name) {
    ReportSubject s = r.subject();
    return new Report(r.format(), new ReportSubject(s.code(), name, s.kind(), s.predecessors()), r.overall(), r.band(),
        r.tally(), r.principles(), r.calls(), r.findings(), r.evidence(), r.violations(), r.provenance());
  }

  @Nested
  class Junit {
    @Test
    void parsesWhateverTheNamesTitlesIdsReasonsAndFileNameHold() throws Exception {
      Document doc = xml(render(ReportFormat.JUNIT, List.of(Hostile.report(ALL), Hostile.invalid(ALL)),
          List.of(FILE, FILE)));
      NodeList suites = doc.getElementsByTagName("testsuite");
      assertThat(suites.getLength()).isEqualTo(2);
      Element suite = (Element) suites.item(0);
      assertThat(suite.getAttribute("name")).isEqualTo("Name " + ALL_ESCAPED + " (Code " + ALL_ESCAPED + ")");
      assertThat(suite.getAttribute("file")).isEqualTo(FILE_NAME_ESCAPED);
      Element testcase = (Element) suite.getElementsByTagName("testcase").item(0);
      assertThat(testcase.getAttribute("classname")).isEqualTo("charter.Code " + ALL_ESCAPED);
      assertThat(testcase.getAttribute("name")).startsWith("N1-").endsWith(" " + ALL_ESCAPED + ": Title " + ALL_ESCAPED);
      Element failure = (Element) suite.getElementsByTagName("failure").item(0);
      assertThat(failure.getAttribute("message")).endsWith(": Reason " + ALL_ESCAPED);
      assertThat(failure.getTextContent()).contains("\nMissing: Missing " + ALL_ESCAPED + "\n")
          .contains("\nTo raise confidence: Raise " + ALL_ESCAPED + "\n")
          .contains("(reason given: Reason given " + ALL_ESCAPED + "; requested by Requester " + ALL_ESCAPED);
      Element invalid = (Element) ((Element) suites.item(1)).getElementsByTagName("failure").item(0);
      assertThat(invalid.getTextContent())
          .isEqualTo("$.organisation['" + VISIBLE + "']: is not a property of an organisation: " + VISIBLE + "\n");
    }

    @Test
    void keepsBothSpacesAroundALoneSurrogateAndShowsIt() throws Exception {
      Document doc = xml(render(ReportFormat.JUNIT, List.of(Hostile.report(TOWER)), List.of(TOWER + ".json")));
      Element suite = (Element) doc.getElementsByTagName("testsuite").item(0);
      assertThat(suite.getAttribute("name")).isEqualTo("Name " + TOWER_ESCAPED + " (Code " + TOWER_ESCAPED + ")");
      assertThat(suite.getAttribute("file")).isEqualTo(TOWER_ESCAPED + ".json");
    }

    @Test
    void writesNoLineBreakOfItsOwnInsideAValue() throws Exception {
      String hostile = render(ReportFormat.JUNIT, Hostile.report("a\nb\r\nc"));
      String plain = render(ReportFormat.JUNIT, Hostile.report("abc"));
      assertThat(hostile.lines().count()).isEqualTo(plain.lines().count());
      assertThat(hostile).contains("Reason a\\u000Ab\\u000D\\u000Ac").doesNotContain("\r");
    }
  }

  @Nested
  class Sarif {
    @Test
    void parsesAndValidatesWhateverTheReportsAndFileNamesHold() throws Exception {
      String sarif = render(ReportFormat.SARIF, List.of(Hostile.report(ALL), Hostile.invalid(ALL)), List.of(FILE, FILE));
      JsonNode log = CharterJson.json().readTree(sarif);
      assertThat(sarifSchema().validate(log)).isEmpty();
      JsonNode run = log.at("/runs/0");
      assertThat(run.at("/results/0/message/text").asText()).contains(": Reason " + ALL_ESCAPED);
      assertThat(run.at("/results/0/locations/0/logicalLocations/0/fullyQualifiedName").asText())
          .isEqualTo("Name " + ALL_ESCAPED + " (Code " + ALL_ESCAPED + ")");
      assertThat(run.at("/tool/driver/rules/0/shortDescription/text").asText()).isEqualTo("Title " + ALL_ESCAPED);
      assertThat(log.at("/runs/1/results/0/message/text").asText())
          .isEqualTo("$.organisation['" + VISIBLE + "']: is not a property of an organisation: " + VISIBLE);
      String uri = run.at("/artifacts/0/location/uri").asText();
      assertThat(uri).isEqualTo("evil%1B%5D0;pwned%07%E2%80%AE%5CuD800.json");
      assertThat(URI.create(uri).getPath()).isEqualTo("evil\u001B]0;pwned\u0007\u202E\\uD800.json");
    }

    @Test
    void namesAFileWithAColonByARelativeUriNotByAScheme() throws Exception {
      String uri = SarifRenderer.uri("a:b.json");
      assertThat(uri).isEqualTo("a%3Ab.json");
      URI parsed = new URI(uri);
      assertThat(parsed.getScheme()).isNull();
      assertThat(parsed.getPath()).isEqualTo("a:b.json");
      URI resolved = URI.create("file:///work/submissions/").resolve(parsed);
      assertThat(resolved.getScheme()).isEqualTo("file");
      assertThat(resolved.getPath()).isEqualTo("/work/submissions/a:b.json");
      JsonNode log = CharterJson.json().readTree(ReportWriter.of(ReportFormat.SARIF).withSources(List.of("a:b.json"))
          .render(Hostile.report("x")));
      assertThat(log.at("/runs/0/artifacts/0/location/uri").asText()).isEqualTo("a%3Ab.json");
      assertThat(log.at("/runs/0/results/0/locations/0/physicalLocation/artifactLocation/uri").asText())
          .isEqualTo("a%3Ab.json");
      assertThat(sarifSchema().validate(log)).isEmpty();
    }

    /** Named by index: some of these names would make a poor test name in a report. */
    @ParameterizedTest(name = "file name {index}")
    @ValueSource(strings = {"a.json", "a:b.json", ":b.json", "1:b.json", "dir/c:d.json", "dir with space/b.json",
        "100% #1?.json", "../up/a.json", "caf\u00E9 \u05E9\u05DC\u05D5\u05DD.json", "cafe\u0301 decomposed.json",
        "evil\u202Etxt.json", "esc\u001B[31m.json", "nul\u0000.json", "c1\u009B.json", "line\nbreak.json",
        "emoji \uD83D\uDE00.json"})
    void makesARelativeReferenceThatParsesBackToTheFileName(String name) throws Exception {
      String uri = SarifRenderer.uri(name);
      assertThat(uri.chars()).as(uri).allMatch(c -> c > 0x20 && c < 0x7F);
      URI parsed = new URI(uri);
      assertThat(parsed.getScheme()).as(uri).isNull();
      assertThat(parsed.isOpaque()).as(uri).isFalse();
      assertThat(parsed.getPath()).as(uri).isEqualTo(name);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "/abs/c.json | file:///abs/c.json | /abs/c.json",
        "/abs/a:b c.json | file:///abs/a:b%20c.json | /abs/a:b c.json",
        "sub\\dir\\c.json | sub/dir/c.json | sub/dir/c.json",
        "C:\\work\\x.json | file:///C:/work/x.json | /C:/work/x.json",
        "\\\\server\\share\\x.json | file:////server/share/x.json | //server/share/x.json"})
    void takesBackslashesAsSeparatorsAndAbsoluteNamesAsFileUris(String name, String expected, String path)
        throws Exception {
      String uri = SarifRenderer.uri(name);
      assertThat(uri).isEqualTo(expected);
      assertThat(new URI(uri).getPath()).isEqualTo(path);
    }

    @Test
    void showsALoneSurrogateInAFileNameAsItsEscapeNotAsAQuestionMark() throws Exception {
      String uri = SarifRenderer.uri(TOWER + ".json");
      assertThat(uri).isEqualTo("Tower%20%5CuD800%20Hamlets.json");
      assertThat(new URI(uri).getPath()).isEqualTo(TOWER_ESCAPED + ".json");
    }
  }

  @Nested
  class Csv {
    @Test
    void writesALoneSurrogateAsAnEscapeInsteadOfFailing() throws IOException {
      List<String> row = csv(render(ReportFormat.CSV, List.of(Hostile.report(TOWER)), List.of(TOWER + ".json"))).get(1);
      assertThat(row.get(CsvRenderer.COLUMNS.indexOf("name"))).isEqualTo("Name " + TOWER_ESCAPED);
      assertThat(row.get(CsvRenderer.COLUMNS.indexOf("source"))).isEqualTo(TOWER_ESCAPED + ".json");
    }

    @Test
    void keepsEachOrganisationOneRecordOnOnePhysicalLine() throws IOException {
      List<Report> reports = List.of(Hostile.report(ALL), Hostile.invalid(ALL), Hostile.report("plain"));
      String text = render(ReportFormat.CSV, reports, List.of(FILE, FILE, "plain.json"));
      assertThat(text.split("\n", -1)).as("a header, three rows and the final line break").hasSize(5);
      List<List<String>> rows = csv(text);
      assertThat(rows).hasSize(4).allSatisfy(row -> assertThat(row).hasSameSizeAs(CsvRenderer.COLUMNS));
      List<String> row = rows.get(1);
      assertThat(row.get(CsvRenderer.COLUMNS.indexOf("code"))).isEqualTo("Code " + ALL_ESCAPED);
      assertThat(row.get(CsvRenderer.COLUMNS.indexOf("source"))).isEqualTo(FILE_NAME_ESCAPED);
      assertThat(row.get(CsvRenderer.COLUMNS.indexOf("history"))).contains(": History " + ALL_ESCAPED);
    }

    @Test
    void stillNeutralisesFormulasOnceTheControlsAreEscaped() throws IOException {
      Map<String, String> expected = new LinkedHashMap<>();
      expected.put("=cmd|\u001B' /C calc'!A0", "'=cmd|\\u001B' /C calc'!A0");
      expected.put("-\u202E1+1", "'-\\u202E1+1");
      expected.put("@SUM(A1)\u0000", "'@SUM(A1)\\u0000");
      expected.put("\t=1+1", "\\u0009=1+1");
      expected.put("\r+1", "\\u000D+1");
      for (Map.Entry<String, String> e : expected.entrySet()) {
        Report report = named(Fixtures.report(BothJudgementsTests.FINDINGS), e.getKey());
        assertThat(csv(render(ReportFormat.CSV, report)).get(1).get(CsvRenderer.COLUMNS.indexOf("name")))
            .as(Printable.line(e.getKey())).isEqualTo(e.getValue());
      }
    }
  }

  @Nested
  class Text {
    @Test
    void showsTerminalEscapeSequencesAndOtherControlsInsteadOfSendingThemToTheTerminal() {
      String text = render(ReportFormat.TEXT, List.of(Hostile.report(ALL)), List.of(FILE));
      assertThat(text).startsWith("Charter readiness report: Name " + ALL_ESCAPED + " (Code " + ALL_ESCAPED
          + ", Integrated Care Board)\nSubmission: " + FILE_NAME_ESCAPED + "\n");
      assertThat(text).contains("  - Capped " + ALL_ESCAPED + "\n")
          .contains("    Reason " + ALL_ESCAPED + "\n")
          .contains("      - Because " + ALL_ESCAPED + "\n")
          .contains("      Requested by Requester " + ALL_ESCAPED + "; approved by Approver " + ALL_ESCAPED);
    }

    @Test
    void writesOnlyItsOwnLineBreaks() {
      String hostile = render(ReportFormat.TEXT, List.of(Hostile.report(ALL), Hostile.invalid(ALL)), List.of(FILE, FILE));
      String plain = render(ReportFormat.TEXT, List.of(Hostile.report("x"), Hostile.invalid("x")), List.of("f", "f"));
      assertThat(hostile.lines().count()).isEqualTo(plain.lines().count());
      assertThat(hostile).doesNotContain("\r").doesNotContain("\t");
    }

    @Test
    void listsTheProblemsOfAnInvalidSubmissionOneALineWithUnknownPropertyNamesEscaped() {
      String text = render(ReportFormat.TEXT, Hostile.invalid("\u001B[31mred\u001B[0m\nBand: Leading"));
      assertThat(text).contains("\n  $.organisation['<U+001B>[31mred<U+001B>[0m<U+000A>Band: Leading']: is not a property "
          + "of an organisation: <U+001B>[31mred<U+001B>[0m<U+000A>Band: Leading\n").doesNotContain("\nBand: Leading");
    }

    @Test
    void showsALoneSurrogateWithTheSpacesAroundItNotAQuestionMark() {
      String text = render(ReportFormat.TEXT, Hostile.report(TOWER));
      assertThat(text).contains("Name " + TOWER_ESCAPED).doesNotContain("Tower ? Hamlets");
    }

    @Test
    void neverCutsASurrogatePairInTwoWhenItShortensATitle() {
      for (int extra = 0; extra < 4; extra++) {
        String text = render(ReportFormat.TEXT, Hostile.report("y".repeat(extra) + "\uD83D\uDE00".repeat(40)));
        assertThat(text).contains("  P1  Principle " + "y".repeat(extra) + "\uD83D\uDE00").doesNotContain("?");
      }
    }
  }

  @Nested
  class Html {
    @Test
    void showsControlsAndBidiControlsAsEscapesSoThatTheyCannotChangeThePage() {
      String page = render(ReportFormat.HTML, List.of(Hostile.report(ALL), Hostile.invalid(ALL)), List.of(FILE, FILE));
      assertThat(Markup.problems(page)).isEmpty();
      String escaped = Escapers.HTML.escape(ALL_ESCAPED);
      assertThat(page).contains("<h2 id=\"report-1-heading\">Name " + escaped + "</h2>")
          .contains("<title>Charter readiness reports for 2 organisations</title>")
          .contains("<dt>Submission file</dt><dd><code>" + Escapers.HTML.escape(FILE_NAME_ESCAPED) + "</code></dd>")
          .contains("<p class=\"reason\">Reason " + escaped + "</p>")
          .contains("<td>is not a property of an organisation: " + Escapers.HTML.escape(VISIBLE) + "</td>");
    }

    @Test
    void isolatesSubmittedTextThatSharesALineWithThePagesOwnWordsOrOtherSubmittedText() {
      String hebrew = "\u05E9\u05DC\u05D5\u05DD";
      String page = render(ReportFormat.HTML, List.of(Hostile.report(hebrew), Hostile.report("x")), List.of("", ""));
      assertThat(page).contains("<li><a href=\"#report-1\"><bdi>Name " + hebrew + "</bdi></a>: Band " + hebrew)
          .contains("<dd><bdi>Approver " + hebrew + "</bdi>, <bdi>Approving organisation " + hebrew + "</bdi>, on <time")
          .contains("</span> <bdi>Title " + hebrew + "</bdi></h5>")
          .contains("\"><bdi>Evidence " + hebrew + "</bdi></a> (<bdi><code>e1 " + hebrew + "</code></bdi>, Approved, ");
    }

    @Test
    void linksNoAddressThatHeldAControlOrBidiCharacter() {
      for (String hidden : List.of("\u202Emoc.live", "\u001B[8m", "\u0085", "\uD800")) {
        Report report = Hostile.report("x");
        List<EvidenceSummary> evidence = report.evidence().stream()
            .map(e -> new EvidenceSummary(e.id(), e.kind(), e.title(), e.date(), e.status(), e.source(),
                "https://example.org/" + hidden, e.producedBy()))
            .toList();
        String page = render(ReportFormat.HTML, new Report(report.format(), report.subject(), report.overall(),
            report.band(), report.tally(), report.principles(), report.calls(), report.findings(), evidence,
            report.violations(), report.provenance()));
        assertThat(page).as(Printable.line(hidden)).doesNotContain("class=\"url\"")
            .contains("<code>https://example.org/" + Escapers.HTML.escape(Printable.line(hidden))
                + "</code></bdi> (not a web address, so not linked)");
      }
    }

    @Test
    void showsALoneSurrogateWithTheSpacesAroundItNotAQuestionMark() {
      String page = render(ReportFormat.HTML, Hostile.report(TOWER));
      assertThat(page).contains("<h2 id=\"report-1-heading\">Name " + TOWER_ESCAPED + "</h2>")
          .doesNotContain("Tower ? Hamlets");
    }
  }

  @Nested
  class Json {
    @Test
    void isTheExactRecordReadingBackEqualWithEveryUnsafeCharacterWrittenAsAJsonEscape() throws IOException {
      Report report = Hostile.report(ALL);
      String json = render(ReportFormat.JSON, report);
      assertThat(json).contains("\\u202Egnp.exe").contains("\\u009B31m").contains("\\uD800").contains("\\u2028");
      assertThat(CharterJson.json().readValue(json, Report.class)).isEqualTo(report);
      List<Report> both = List.of(Hostile.invalid(ALL), Hostile.report(TOWER));
      assertThat(CharterJson.json().readValue(render(ReportFormat.JSON, both, List.of("", "")), Report[].class))
          .containsExactlyElementsOf(both);
    }
  }
}
