package io.charterassurance.report;

import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.MustacheException;
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
import java.util.ArrayList;
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

  /** The page template, and the markers around the section that repeats once per report. */
  static final String PAGE = "html-page";
  private static final String REPORTS_START = "{{#reports}}\n";
  private static final String REPORTS_END = "{{/reports}}\n";

  /**
   * Compiled once: jmustache templates are immutable and safe to share between threads. The page
   * template is cut at its {@code reports} section into the page's opening (title, heading,
   * contents), that section, rendered once per report (over {@link OneReport}), and the page's
   * end, so that a batch can write each report as it comes and the opening once it knows them all.
   */
  private static final class Templates {
    static final Template OPENING;
    static final Template REPORT;
    static final Template END;

    static {
      String page = read(PAGE + ".mustache");
      int start = page.indexOf(REPORTS_START);
      int end = page.indexOf(REPORTS_END, start + 1);
      if (start < 0 || end < 0) {
        throw new IllegalStateException("The HTML template " + TEMPLATES + PAGE + ".mustache has no "
            + REPORTS_START.trim() + " ... " + REPORTS_END.trim() + " section on lines of their own");
      }
      Mustache.Compiler compiler = compiler();
      OPENING = compiler.compile(page.substring(0, start));
      REPORT = compiler.compile(page.substring(start, end + REPORTS_END.length()));
      END = compiler.compile(page.substring(end + REPORTS_END.length()));
    }
  }

  /** The context of the page's {@code reports} section for one report. */
  record OneReport(List<HtmlModel.ReportView> reports) {}

  /**
   * The opening of the page names every report, so each report's section is rendered into a
   * {@link Spill} as it comes and only its line of the contents is kept; when the batch ends, the
   * opening is written, then the sections, then the end of the page.
   */
  @Override
  public Sink open(OutputStream out, int spillAfter) {
    Charter charter = Charter.standard();
    return new Sink() {
      private final Spill spill = new Spill(spillAfter);
      private final Writer sections = new OutputStreamWriter(spill, StandardCharsets.UTF_8);
      private final List<HtmlModel.TocEntry> contents = new ArrayList<>();

      @Override
      public void add(Report report, String source) throws IOException {
        Report printable = Printable.report(report);
        HtmlModel.ReportView view = HtmlModel.report(printable, Printable.line(source),
            HtmlModel.reportId(contents.size() + 1), charter);
        execute(Templates.REPORT, new OneReport(List.of(view)), sections);
        sections.flush();
        contents.add(HtmlModel.entry(printable, view));
      }

      @Override
      public void finish() throws IOException {
        HtmlModel.Page page = HtmlModel.page(contents);
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        execute(Templates.OPENING, page, writer);
        writer.flush();
        spill.copyTo(out);
        execute(Templates.END, page, writer);
        writer.flush();
      }

      @Override
      public void release() {
        spill.close();
      }
    };
  }

  /** Renders a template, with the writer's own exception when it fails (jmustache wraps it). */
  private static void execute(Template template, Object context, Writer out) throws IOException {
    try {
      template.execute(context, out);
    } catch (MustacheException e) {
      if (e.getCause() instanceof IOException io) {
        throw io;
      }
      throw e;
    }
  }

  static Mustache.Compiler compiler() {
    return Mustache.compiler()
        .escapeHTML(true)
        .strictSections(true)
        .withLoader(name -> new StringReader(read(name + ".mustache")));
  }

  static String read(String name) {
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
