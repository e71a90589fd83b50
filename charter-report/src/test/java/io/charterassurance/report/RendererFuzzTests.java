package io.charterassurance.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import io.charterassurance.model.io.CharterJson;
import io.charterassurance.model.report.Report;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Seeded fuzzing of every renderer: batches of reports with random hostile text in every field
 * and in the file names (controls, terminal escape sequences, bidirectional controls, lone and
 * misordered surrogates, noncharacters, markup, formula starts, strings of tens of thousands of
 * characters) are written in every format, and each output must be well formed: UTF-8; JSON that
 * reads back equal; JUnit XML the JDK parses; SARIF that validates against the OASIS schema, with
 * an artifact URI that parses back to the file name; CSV that parses back to one record, on one
 * line, per organisation; HTML whose markup is all the templates' own; text with no line break but
 * its own; and nothing a renderer must not write raw in any of them.
 *
 * <p>Runs for {@value #MILLIS} ms (at least {@value #MIN_CASES} cases) from a seed it prints. Set
 * {@code -Dcharter.fuzz.seed=N} to replay a seed and {@code -Dcharter.fuzz.millis=N} to run longer.
 * A failing case's reports and file names are saved, as exact JSON, under {@code
 * target/renderer-fuzz/}.
 */
class RendererFuzzTests {
  static final long MILLIS = 3_000;
  static final int MIN_CASES = 25;
  private static final JsonSchema SARIF_SCHEMA = sarifSchema();

  private static JsonSchema sarifSchema() {
    try {
      return HostileTextTests.sarifSchema();
    } catch (IOException e) {
      throw new IllegalStateException("the SARIF schema (system property sarif.schema) could not be read", e);
    }
  }

  @Test
  void everyFormatIsWellFormedWhateverTheTextInTheReports() throws IOException {
    long seed = Long.getLong("charter.fuzz.seed", System.nanoTime());
    long millis = Long.getLong("charter.fuzz.millis", MILLIS);
    System.out.println("RendererFuzzTests: seed " + seed + " (replay with -Dcharter.fuzz.seed=" + seed + ")");
    Random seeds = new Random(seed);
    long deadline = System.nanoTime() + millis * 1_000_000;
    int cases = 0;
    while (cases < MIN_CASES || System.nanoTime() < deadline) {
      Case c = Case.of(seeds.nextLong());
      try {
        check(c);
      } catch (AssertionError | RuntimeException e) {
        Path saved = save(seed, cases, c);
        throw new AssertionError("case " + cases + " of seed " + seed + " failed (replay with -Dcharter.fuzz.seed="
            + seed + "; its reports are in " + saved + "): " + e.getMessage(), e);
      }
      cases++;
    }
    System.out.println("RendererFuzzTests: " + cases + " cases, every format well formed");
  }

  /**
   * One batch of reports with hostile text, and its twin: the same shape with every non-empty
   * string replaced by {@code x}.
   */
  record Case(List<Report> reports, List<String> sources, List<Report> twin, List<String> twinSources) {
    /** The case a seed gives: its shape from one generator, its text from another, and the twin replaying both. */
    static Case of(long seed) {
      Random shape = new Random(seed);
      Random strings = new Random(seed + 1);
      Random twinShape = new Random(seed);
      Random twinStrings = new Random(seed + 1);
      Supplier<String> hostile = () -> Hostile.text(strings);
      Supplier<String> plain = () -> Hostile.text(twinStrings).isEmpty() ? "" : "x";
      List<Report> reports = new ArrayList<>();
      List<String> sources = new ArrayList<>();
      List<Report> twin = new ArrayList<>();
      List<String> twinSources = new ArrayList<>();
      int n = 1 + shape.nextInt(3);
      twinShape.nextInt(3);
      for (int i = 0; i < n; i++) {
        boolean invalid = shape.nextInt(5) == 0;
        twinShape.nextInt(5);
        reports.add(Hostile.report(shape, hostile, invalid));
        sources.add(hostile.get());
        twin.add(Hostile.report(twinShape, plain, invalid));
        // A source of nothing but slashes names no file: reports show it as no source at all.
        twinSources.add(SourceNames.fileName(Hostile.text(twinStrings)).isEmpty() ? "" : "x");
      }
      return new Case(List.copyOf(reports), List.copyOf(sources), List.copyOf(twin), List.copyOf(twinSources));
    }
  }

  private static void check(Case c) {
    Map<ReportFormat, String> out = new LinkedHashMap<>();
    for (ReportFormat format : ReportFormat.values()) {
      out.put(format, HostileTextTests.render(format, c.reports(), c.sources()));
    }
    try {
      json(c, out.get(ReportFormat.JSON));
      junit(c, out.get(ReportFormat.JUNIT));
      sarif(c, out.get(ReportFormat.SARIF));
      csv(c, out.get(ReportFormat.CSV));
    } catch (Exception e) {
      throw new AssertionError(e);
    }
    assertThat(Markup.problems(out.get(ReportFormat.HTML))).as("the HTML page's markup").isEmpty();
    String twinText = HostileTextTests.render(ReportFormat.TEXT, c.twin(), c.twinSources());
    assertThat(out.get(ReportFormat.TEXT).lines().count()).as("lines of text, against the twin's")
        .isEqualTo(twinText.lines().count());
  }

  private static void json(Case c, String json) throws IOException {
    if (c.reports().size() == 1) {
      assertThat(CharterJson.json().readValue(json, Report.class)).as("the JSON read back").isEqualTo(c.reports().get(0));
    } else {
      assertThat(CharterJson.json().readValue(json, Report[].class)).as("the JSON read back")
          .containsExactlyElementsOf(c.reports());
    }
  }

  private static void junit(Case c, String xml) throws Exception {
    Document doc = HostileTextTests.xml(xml);
    NodeList suites = doc.getElementsByTagName("testsuite");
    assertThat(suites.getLength()).as("JUnit test suites").isEqualTo(c.reports().size());
    for (int i = 0; i < suites.getLength(); i++) {
      Report r = c.reports().get(i);
      Element suite = (Element) suites.item(i);
      assertThat(suite.getElementsByTagName("testcase").getLength()).as("JUnit test cases")
          .isEqualTo(r.findings().size() + (r.isAssessed() ? 0 : 1));
      String source = SourceNames.fileName(c.sources().get(i));
      assertThat(suite.getAttribute("file")).as("the JUnit file attribute").isEqualTo(Printable.line(source));
    }
  }

  private static void sarif(Case c, String sarif) throws Exception {
    JsonNode log = CharterJson.json().readTree(sarif);
    assertThat(SARIF_SCHEMA.validate(log)).as("SARIF schema violations").isEmpty();
    assertThat(log.get("runs")).hasSize(c.reports().size());
    for (int i = 0; i < c.reports().size(); i++) {
      String source = SourceNames.fileName(c.sources().get(i));
      JsonNode artifact = log.at("/runs/" + i + "/artifacts/0/location/uri");
      if (source.isEmpty()) {
        assertThat(artifact.isMissingNode()).isTrue();
        continue;
      }
      // A file name only, so always a relative reference.
      URI uri = new URI(artifact.asText());
      String path = Printable.escape(source, Printable::isLoneSurrogate);
      assertThat(uri.getScheme()).as(artifact.asText()).isNull();
      assertThat(uri.getPath()).as(artifact.asText()).isEqualTo(path);
    }
  }

  private static void csv(Case c, String csv) throws IOException {
    assertThat(csv.split("\n", -1)).as("CSV lines: a header, a row per organisation and the final line break")
        .hasSize(c.reports().size() + 2);
    List<List<String>> rows = HostileTextTests.csv(csv);
    assertThat(rows).hasSize(c.reports().size() + 1);
    for (List<String> row : rows) {
      assertThat(row).hasSameSizeAs(CsvRenderer.COLUMNS);
      assertThat(row).noneMatch(cell -> !cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0);
    }
  }

  private static Path save(long seed, int index, Case c) {
    Path dir = Path.of(System.getProperty("renderer.fuzz.dir", "target/renderer-fuzz"));
    Path file = dir.resolve("seed-" + seed + "-case-" + index + ".json");
    try {
      Files.createDirectories(dir);
      Map<String, Object> saved = new LinkedHashMap<>();
      saved.put("sources", c.sources());
      saved.put("reports", c.reports());
      Files.write(file, CharterJson.json().writer().with(Printable.JSON_ESCAPES).writeValueAsBytes(saved));
      return file;
    } catch (IOException | RuntimeException e) {
      return Path.of("(not saved: " + e + ")");
    }
  }
}
