package io.charterassurance.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.charterassurance.model.charter.Charter;
import io.charterassurance.model.io.CharterJson;
import io.charterassurance.model.report.Report;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * The reference the streaming batch is held to: each format's document rendered from the whole
 * list of reports at once, as the renderers did before batches (commit 1b581a3). Only how the
 * document is put together is kept here; each report's part comes from the renderers.
 */
final class WholeDocument {
  private WholeDocument() {}

  /** The document of {@code reports} (at least one) in {@code format}, as it was rendered from the whole list. */
  static byte[] bytes(ReportFormat format, List<Report> given, List<String> givenSources) throws IOException {
    // Every report names its submission by file name only, whichever way it is written.
    List<Report> reports = given.stream().map(SourceNames::report).toList();
    List<String> sources = givenSources.stream().map(SourceNames::fileName).toList();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    switch (format) {
      case TEXT -> text(reports, sources, out);
      case JSON -> json(reports, out);
      case CSV -> csv(reports, sources, out);
      case JUNIT -> junit(reports, sources, out);
      case SARIF -> sarif(reports, sources, out);
      case HTML -> html(reports, sources, out);
    }
    return out.toByteArray();
  }

  private static void text(List<Report> reports, List<String> sources, OutputStream out) {
    PrintWriter w = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
    for (int i = 0; i < reports.size(); i++) {
      if (i > 0) {
        w.print("\n" + "=".repeat(78) + "\n\n");
      }
      TextRenderer.render(Printable.report(reports.get(i)), Printable.line(sources.get(i)), w);
    }
    w.flush();
  }

  private static void json(List<Report> reports, OutputStream out) throws IOException {
    var writer = CharterJson.json().writer().with(Printable.JSON_ESCAPES)
        .without(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    writer.writeValue(out, reports.size() == 1 ? reports.get(0) : reports);
    out.write('\n');
  }

  private static void csv(List<Report> reports, List<String> sources, OutputStream out) throws IOException {
    List<List<String>> rows = new ArrayList<>();
    for (int i = 0; i < reports.size(); i++) {
      rows.add(CsvRenderer.row(Printable.report(reports.get(i)), Printable.line(sources.get(i))));
    }
    CsvRenderer.MAPPER.writer(CsvRenderer.SCHEMA).without(JsonGenerator.Feature.AUTO_CLOSE_TARGET).writeValue(out, rows);
  }

  private static void junit(List<Report> reports, List<String> sources, OutputStream out) throws IOException {
    List<Report> printable = reports.stream().map(Printable::report).toList();
    List<String> names = Printable.lines(sources);
    try {
      XMLStreamWriter x = JunitRenderer.FACTORY.createXMLStreamWriter(out, "UTF-8");
      x.writeStartDocument("UTF-8", "1.0");
      x.writeCharacters("\n");
      x.writeStartElement("testsuites");
      x.writeAttribute("name", "Charter readiness");
      x.writeAttribute("tests", Integer.toString(printable.stream().mapToInt(JunitRenderer::tests).sum()));
      x.writeAttribute("failures", Integer.toString(printable.stream().mapToInt(JunitRenderer::failures).sum()));
      x.writeAttribute("errors", "0");
      x.writeAttribute("skipped", Integer.toString(printable.stream().mapToInt(JunitRenderer::skipped).sum()));
      x.writeAttribute("time", "0");
      for (int i = 0; i < printable.size(); i++) {
        JunitRenderer.suite(printable.get(i), names.get(i), x);
      }
      x.writeCharacters("\n");
      x.writeEndElement();
      x.writeCharacters("\n");
      x.writeEndDocument();
      x.flush();
      x.close();
    } catch (XMLStreamException e) {
      throw new IOException("the JUnit XML could not be written: " + e.getMessage(), e);
    }
  }

  private static void sarif(List<Report> reports, List<String> sources, OutputStream out) throws IOException {
    ObjectNode log = CharterJson.json().createObjectNode();
    log.put("$schema", SarifRenderer.SCHEMA);
    log.put("version", "2.1.0");
    ArrayNode runs = log.putArray("runs");
    for (int i = 0; i < reports.size(); i++) {
      runs.add(SarifRenderer.run(Printable.report(reports.get(i)), sources.get(i)));
    }
    CharterJson.json().writer().without(JsonGenerator.Feature.AUTO_CLOSE_TARGET).writeValue(out, log);
    out.write('\n');
  }

  private static void html(List<Report> reports, List<String> sources, OutputStream out) throws IOException {
    List<Report> printable = reports.stream().map(Printable::report).toList();
    List<String> names = Printable.lines(sources);
    Charter charter = Charter.standard();
    boolean several = printable.size() > 1;
    List<HtmlModel.ReportView> views = new ArrayList<>();
    List<HtmlModel.TocEntry> contents = new ArrayList<>();
    for (int i = 0; i < printable.size(); i++) {
      Report report = printable.get(i);
      String id = "report-" + (i + 1);
      HtmlModel.ReportView view = HtmlModel.report(report, names.get(i), id, charter);
      views.add(view);
      contents.add(new HtmlModel.TocEntry("#" + id, view.heading(), HtmlModel.outcome(report)));
    }
    String title;
    String heading;
    if (several) {
      title = "Charter readiness reports for " + printable.size() + " organisations";
      heading = "Charter readiness reports";
    } else {
      title = "Charter readiness report: " + views.get(0).heading();
      heading = "Charter readiness report";
    }
    HtmlModel.Page page = new HtmlModel.Page(title, heading, several, several ? contents : List.of(), views);
    Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    HtmlRenderer.compiler().compile(HtmlRenderer.read(HtmlRenderer.PAGE + ".mustache")).execute(page, writer);
    writer.flush();
  }
}
