package io.charterassurance.report;

import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.Template;
import io.charterassurance.model.charter.Charter;
import io.charterassurance.model.report.Report;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * One self-contained, accessible HTML page for one or more reports: no scripts, no network, the
 * styles inline and the chart drawn in SVG with the same numbers in a table.
 *
 * <p>The page comes from jmustache templates beside this class, with HTML escaping on, over the
 * view model {@link HtmlModel} builds from a {@linkplain Printable#report printable copy} of each
 * report: controls, bidirectional controls, noncharacters and lone surrogates are shown as escapes
 * such as <code>&#92;u202E</code>, so submitted text can neither break the markup nor change the
 * direction or layout of the page, and the page always encodes as UTF-8. Submitted text that shares
 * a line with the page's own words, or with other submitted text, is isolated in {@code <bdi>}, so
 * that right-to-left text cannot reorder what is around it. Output is deterministic.
 */
final class HtmlRenderer implements Renderer {
  private static final String TEMPLATES = "io/charterassurance/report/";

  /** Compiled once: jmustache templates are immutable and safe to share between threads. */
  private static final class Templates {
    static final Template PAGE = compiler().compile(read("html-page.mustache"));
  }

  @Override
  public void render(List<Report> reports, List<String> sources, OutputStream out) throws IOException {
    HtmlModel.Page page = HtmlModel.page(reports.stream().map(Printable::report).toList(), Printable.lines(sources),
        Charter.standard());
    Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    Templates.PAGE.execute(page, writer);
    writer.flush();
  }

  private static Mustache.Compiler compiler() {
    return Mustache.compiler()
        .escapeHTML(true)
        .strictSections(true)
        .withLoader(name -> new StringReader(read(name + ".mustache")));
  }

  private static String read(String name) {
    // Through the class, not its loader: on the module path, the module encapsulates it.
    try (InputStream in = HtmlRenderer.class.getResourceAsStream("/" + TEMPLATES + name)) {
      if (in == null) {
        throw new IllegalStateException("The HTML template " + TEMPLATES + name + " is missing from the class path");
      }
      // Normalised so that a checkout with Windows line endings renders the same bytes.
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\r\n", "\n");
    } catch (IOException e) {
      throw new UncheckedIOException("The HTML template " + TEMPLATES + name + " could not be read", e);
    }
  }
}
