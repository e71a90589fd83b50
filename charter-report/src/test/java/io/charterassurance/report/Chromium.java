package io.charterassurance.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import io.charterassurance.model.io.CharterJson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;

/**
 * Headless Chromium (Debian's {@code /usr/bin/chromium}, driven by Playwright) with axe-core to
 * inject into a page: what the browser tests of the HTML report share. Launching skips the tests
 * on a developer's machine without Chromium and fails them in CI (see
 * {@link HtmlReportTests#requireChromium}).
 */
final class Chromium implements AutoCloseable {
  static final Path EXECUTABLE = Paths.get("/usr/bin/chromium");
  /** The axe-core tags of WCAG 2.0, 2.1 and 2.2, levels A and AA. */
  static final List<String> WCAG_TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

  private final Playwright playwright;
  private final Browser browser;
  private final String axe;

  private Chromium(Playwright playwright, Browser browser, String axe) {
    this.playwright = playwright;
    this.browser = browser;
    this.axe = axe;
  }

  /** Chromium, started; skips (or in CI fails) the calling tests when it is not installed. */
  static Chromium launch() throws IOException {
    HtmlReportTests.requireChromium(Files.isExecutable(EXECUTABLE), System.getenv("CI"));
    String axeJs = System.getProperty("axe.js");
    assertThat(axeJs).as("system property axe.js (set by the build, which downloads axe-core)").isNotBlank();
    Path axeFile = Path.of(axeJs);
    assertThat(axeFile).as("axe-core, downloaded by download-maven-plugin").isNotEmptyFile();
    String axe = Files.readString(axeFile, StandardCharsets.UTF_8);
    Playwright playwright = Playwright.create();
    try {
      Browser browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
          .setExecutablePath(EXECUTABLE)
          .setHeadless(true)
          .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
              "--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync")));
      return new Chromium(playwright, browser, axe);
    } catch (RuntimeException e) {
      playwright.close();
      throw e;
    }
  }

  Browser browser() {
    return browser;
  }

  /**
   * A context with these options that lets a test inject axe past the page's own
   * Content-Security-Policy, and refuses every request a page makes.
   */
  BrowserContext context(Browser.NewContextOptions options) {
    BrowserContext context = browser.newContext(options.setBypassCSP(true));
    context.route("**/*", route -> route.abort());
    return context;
  }

  /** A page showing {@code html}, with every request it tries recorded in {@code requests} (and refused). */
  static Page open(BrowserContext context, String html, List<String> requests) {
    Page page = context.newPage();
    page.onRequest(r -> {
      if (!r.url().startsWith("data:") && !r.url().startsWith("about:")) {
        requests.add(r.url());
      }
    });
    page.setContent(html);
    return page;
  }

  /** Injects axe-core into the page and runs the WCAG 2.0, 2.1 and 2.2 A and AA rules. */
  JsonNode axe(Page page) {
    page.addScriptTag(new Page.AddScriptTagOptions().setContent(axe));
    String options = "{runOnly: {type: 'tag', values: " + CharterJson.json().valueToTree(WCAG_TAGS) + "}}";
    String json = (String) page.evaluate("async () => JSON.stringify(await axe.run(document, " + options + "))");
    try {
      return CharterJson.json().readTree(json);
    } catch (IOException e) {
      throw new UncheckedIOException("axe's results are not JSON", e);
    }
  }

  /** Axe's violations, one line each with the nodes they were found at. */
  static String describe(JsonNode violations) {
    List<String> lines = new ArrayList<>();
    for (JsonNode v : violations) {
      lines.add("- " + v.path("id").asText() + " (" + v.path("impact").asText() + "): " + v.path("help").asText()
          + " " + v.path("helpUrl").asText());
      for (JsonNode node : v.path("nodes")) {
        List<String> target = new ArrayList<>();
        node.path("target").forEach(t -> target.add(t.toString()));
        lines.add("    at " + String.join(", ", target) + ": " + node.path("failureSummary").asText().replace('\n', ' '));
      }
    }
    return String.join("\n", lines);
  }

  @Override
  public void close() {
    browser.close();
    playwright.close();
  }
}
