package io.charterassurance.report;

import io.charterassurance.model.report.CriterionStatus;
import io.charterassurance.model.report.Finding;
import io.charterassurance.model.report.Report;
import io.charterassurance.model.report.ReportViolation;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * JUnit XML, the format CI systems read natively: a test suite per organisation and a test case
 * per criterion. Met criteria pass; partially met, not met and not assessed ones fail (the
 * failure type says which); not applicable and waived ones are skipped. An invalid submission is
 * one failing case listing its violations. Written with the JDK's StAX writer, which escapes.
 */
final class JunitRenderer implements Renderer {
  private static final XMLOutputFactory FACTORY = XMLOutputFactory.newFactory();

  @Override
  public void render(List<Report> reports, List<String> sources, OutputStream out) throws IOException {
    try {
      XMLStreamWriter x = FACTORY.createXMLStreamWriter(out, "UTF-8");
      x.writeStartDocument("UTF-8", "1.0");
      x.writeCharacters("\n");
      x.writeStartElement("testsuites");
      x.writeAttribute("name", "Charter readiness");
      x.writeAttribute("tests", Integer.toString(reports.stream().mapToInt(JunitRenderer::tests).sum()));
      x.writeAttribute("failures", Integer.toString(reports.stream().mapToInt(JunitRenderer::failures).sum()));
      x.writeAttribute("errors", "0");
      x.writeAttribute("skipped", Integer.toString(reports.stream().mapToInt(JunitRenderer::skipped).sum()));
      x.writeAttribute("time", "0");
      for (int i = 0; i < reports.size(); i++) {
        suite(reports.get(i), sources.get(i), x);
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

  private static void suite(Report r, String source, XMLStreamWriter x) throws XMLStreamException {
    String code = r.subject() == null ? "unknown" : r.subject().code();
    x.writeCharacters("\n  ");
    x.writeStartElement("testsuite");
    x.writeAttribute("name", r.subject() == null ? "Submission " + source : r.subject().name() + " (" + code + ")");
    x.writeAttribute("tests", Integer.toString(tests(r)));
    x.writeAttribute("failures", Integer.toString(failures(r)));
    x.writeAttribute("errors", "0");
    x.writeAttribute("skipped", Integer.toString(skipped(r)));
    x.writeAttribute("time", "0");
    if (!source.isEmpty()) {
      x.writeAttribute("file", source);
    }
    x.writeCharacters("\n    ");
    x.writeStartElement("properties");
    property(x, "as-at", r.provenance().asAt() == null ? "" : r.provenance().asAt().toString());
    property(x, "band", r.band() == null ? "" : r.band().id());
    property(x, "overall", r.overall() == null ? "" : r.overall().toPlainString());
    property(x, "rule-set", r.provenance().ruleSetVersion() + " " + r.provenance().ruleSetHash());
    property(x, "scoring-policy", r.provenance().scoringPolicy() + " " + r.provenance().scoringPolicyHash());
    property(x, "submission-digest", r.provenance().submissionDigest());
    x.writeCharacters("\n    ");
    x.writeEndElement();
    if (!r.isAssessed()) {
      testcase(x, code, "The submission is valid");
      StringBuilder text = new StringBuilder();
      for (ReportViolation v : r.violations()) {
        text.append(v.path()).append(": ").append(v.message()).append('\n');
      }
      failure(x, "invalid-submission", r.violations().size() + " problem(s) stopped the assessment", text.toString());
      x.writeCharacters("\n    ");
      x.writeEndElement();
    }
    for (Finding f : r.findings()) {
      testcase(x, code, f.criterion() + ": " + f.title());
      switch (f.status()) {
        case MET -> { }
        case NOT_APPLICABLE, WAIVED -> {
          x.writeCharacters("\n      ");
          x.writeEmptyElement("skipped");
          x.writeAttribute("message", f.status().label() + ": " + f.reason());
        }
        default -> failure(x, status(f.status()), (f.mandatory() ? "Mandatory, " : "") + f.status().label().toLowerCase(java.util.Locale.ROOT)
            + (f.score() == null ? "" : " (score " + f.score().toPlainString() + ")") + ": " + f.reason(), details(f));
      }
      x.writeCharacters("\n    ");
      x.writeEndElement();
    }
    x.writeCharacters("\n  ");
    x.writeEndElement();
  }

  private static void testcase(XMLStreamWriter x, String code, String name) throws XMLStreamException {
    x.writeCharacters("\n    ");
    x.writeStartElement("testcase");
    x.writeAttribute("classname", "charter." + code);
    x.writeAttribute("name", name);
    x.writeAttribute("time", "0");
  }

  private static void failure(XMLStreamWriter x, String type, String message, String text) throws XMLStreamException {
    x.writeCharacters("\n      ");
    x.writeStartElement("failure");
    x.writeAttribute("type", type);
    x.writeAttribute("message", message);
    x.writeCharacters(text);
    x.writeEndElement();
  }

  private static void property(XMLStreamWriter x, String name, String value) throws XMLStreamException {
    x.writeCharacters("\n      ");
    x.writeEmptyElement("property");
    x.writeAttribute("name", name);
    x.writeAttribute("value", value);
  }

  private static String details(Finding f) {
    StringBuilder text = new StringBuilder(f.reason()).append('\n');
    if (!f.evidence().isEmpty()) {
      text.append("Evidence: ").append(String.join(", ", f.evidence())).append('\n');
    }
    for (String m : f.missing()) {
      text.append("Missing: ").append(m).append('\n');
    }
    text.append("Charter: ").append(String.join(", ", f.clauses())).append('\n');
    return text.toString();
  }

  private static String status(CriterionStatus s) {
    return switch (s) {
      case PARTIALLY_MET -> "partially-met";
      case NOT_MET -> "not-met";
      case NOT_ASSESSED -> "not-assessed";
      default -> s.name().toLowerCase(java.util.Locale.ROOT);
    };
  }

  private static int tests(Report r) {
    return r.findings().size() + (r.isAssessed() ? 0 : 1);
  }

  private static int failures(Report r) {
    return (int) r.findings().stream().filter(f -> f.status().isCounted() && f.status() != CriterionStatus.MET).count()
        + (r.isAssessed() ? 0 : 1);
  }

  private static int skipped(Report r) {
    return (int) r.findings().stream().filter(f -> !f.status().isCounted()).count();
  }
}
