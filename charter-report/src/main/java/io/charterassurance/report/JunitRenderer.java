package io.charterassurance.report;

import io.charterassurance.model.report.Confidence;
import io.charterassurance.model.report.CriterionStatus;
import io.charterassurance.model.report.Finding;
import io.charterassurance.model.report.Report;
import io.charterassurance.model.io.Violation;
import io.charterassurance.model.report.WaiverReview;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.jspecify.annotations.Nullable;

/**
 * JUnit XML, the format CI systems read natively: a test suite per organisation and a test case
 * per criterion. The requirement status decides the outcome: met criteria pass, whatever the
 * confidence in their evidence; partially met, not met and not assessed ones fail (the failure
 * type says which); not applicable and waived ones are skipped. Every case says both judgements:
 * a failure's message and text, and a passing case's {@code system-out}, give the status, the
 * confidence and its reasons, what would raise it, history and any waiver asked for (a refused or
 * expired one included). An invalid submission is one failing case listing its violations.
 * Written with the JDK's StAX writer, which escapes markup, from a {@linkplain Printable#report
 * printable copy} of each report: characters XML 1.0 cannot hold (NUL, ESC and the other C0
 * controls, U+FFFE, U+FFFF, lone surrogates), and the others {@link Printable} names, are shown as
 * escapes such as <code>&#92;u001B</code>, so the file is well formed whatever the reports say.
 * The only line breaks are those this renderer writes.
 */
final class JunitRenderer implements Renderer {
  static final XMLOutputFactory FACTORY = XMLOutputFactory.newFactory();

  /**
   * The totals open the document, so each suite is written to a {@link Spill} as it comes, with
   * its counts added up; when the batch ends, the opening with the totals is written, then the
   * suites, then the end.
   */
  @Override
  public Sink open(OutputStream out, int spillAfter) {
    return new Sink() {
      private final Spill spill = new Spill(spillAfter);
      private @Nullable XMLStreamWriter suites;
      private long tests;
      private long failures;
      private long skipped;

      @Override
      public void add(Report report, String source) throws IOException {
        Report r = Printable.report(report);
        try {
          XMLStreamWriter x = suites;
          if (x == null) {
            x = FACTORY.createXMLStreamWriter(spill, "UTF-8");
            suites = x;
          }
          suite(r, Printable.line(source), x);
          x.flush();
        } catch (XMLStreamException e) {
          throw failed(e);
        }
        tests += tests(r);
        failures += failures(r);
        skipped += skipped(r);
      }

      @Override
      public void finish() throws IOException {
        try {
          XMLStreamWriter x = FACTORY.createXMLStreamWriter(out, "UTF-8");
          start(x, tests, failures, skipped);
          x.writeCharacters(""); // ends the start tag, so that the suites can follow it
          x.flush();
          spill.copyTo(out);
          end(x);
        } catch (XMLStreamException e) {
          throw failed(e);
        }
      }

      @Override
      public void release() {
        XMLStreamWriter x = suites;
        if (x != null) {
          try {
            x.close();
          } catch (XMLStreamException e) {
            // the spill is closed next whatever the writer's state
          }
        }
        spill.close();
      }
    };
  }

  /** The XML declaration and the start of {@code testsuites} with the totals, its start tag left open. */
  private static void start(XMLStreamWriter x, long tests, long failures, long skipped) throws XMLStreamException {
    x.writeStartDocument("UTF-8", "1.0");
    x.writeCharacters("\n");
    x.writeStartElement("testsuites");
    x.writeAttribute("name", "Charter readiness");
    x.writeAttribute("tests", Long.toString(tests));
    x.writeAttribute("failures", Long.toString(failures));
    x.writeAttribute("errors", "0");
    x.writeAttribute("skipped", Long.toString(skipped));
    x.writeAttribute("time", "0");
  }

  /** The end of {@code testsuites} and of the document; flushes and closes the writer (not its stream). */
  private static void end(XMLStreamWriter x) throws XMLStreamException {
    x.writeCharacters("\n");
    x.writeEndElement();
    x.writeCharacters("\n");
    x.writeEndDocument();
    x.flush();
    x.close();
  }

  private static IOException failed(XMLStreamException e) {
    return new IOException("the JUnit XML could not be written: " + e.getMessage(), e);
  }

  /** One report's {@code testsuite}, from a printable report. */
  static void suite(Report r, String source, XMLStreamWriter x) throws XMLStreamException {
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
      for (Violation v : r.violations()) {
        text.append(v.path()).append(": ").append(v.message()).append('\n');
      }
      failure(x, "invalid-submission", r.violations().size() + " problem(s) stopped the assessment", text.toString());
      x.writeCharacters("\n    ");
      x.writeEndElement();
    }
    for (Finding f : r.findings()) {
      testcase(x, code, f.criterion() + ": " + f.title());
      switch (f.status()) {
        case MET -> {
          x.writeCharacters("\n      ");
          x.writeStartElement("system-out");
          x.writeCharacters(summary(f) + "\n" + details(f));
          x.writeEndElement();
        }
        case NOT_APPLICABLE, WAIVED -> {
          x.writeCharacters("\n      ");
          x.writeEmptyElement("skipped");
          WaiverReview waiver = f.waiver();
          x.writeAttribute("message", f.status().label() + ": " + f.reason()
              + (waiver == null ? "" : " Waiver " + waiver.outcome().label().toLowerCase(Locale.ROOT) + ": "
                  + waiver.explanation()));
        }
        default -> failure(x, status(f.status()), summary(f), f.reason() + "\n" + details(f));
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

  /**
   * Both judgements in one line, e.g. "Mandatory, partially met (score 54.0), confidence low: ..."
   * or "Met (score 80.0), confidence medium: ...".
   */
  private static String summary(Finding f) {
    String status = f.status().label();
    return (f.mandatory() ? "Mandatory, " + status.toLowerCase(Locale.ROOT) : status)
        + (f.score() == null ? "" : " (score " + f.score().toPlainString() + ")")
        + ", " + confidence(f.confidence()) + ": " + f.reason();
  }

  private static String confidence(@Nullable Confidence c) {
    return c == null ? "nothing relied on" : "confidence " + c.label().toLowerCase(Locale.ROOT);
  }

  /** The confidence and its reasons, evidence, what is missing, what would raise the confidence, history, waiver and clauses, a line each. */
  private static String details(Finding f) {
    StringBuilder text = new StringBuilder();
    Confidence c = f.confidence();
    text.append("Confidence: ").append(c == null ? "none, nothing relied on" : c.label().toLowerCase(Locale.ROOT));
    if (!f.confidenceReasons().isEmpty()) {
      text.append(". ").append(Prose.sentences(f.confidenceReasons()));
    }
    text.append('\n');
    if (!f.evidence().isEmpty()) {
      text.append("Evidence: ").append(String.join(", ", f.evidence())).append('\n');
    }
    for (String m : f.missing()) {
      text.append("Missing: ").append(m).append('\n');
    }
    for (String raise : f.raiseConfidence()) {
      text.append("To raise confidence: ").append(raise).append('\n');
    }
    for (String old : f.history()) {
      text.append("History (cited, not scored): ").append(old).append('\n');
    }
    WaiverReview waiver = f.waiver();
    if (waiver != null) {
      text.append("Waiver ").append(waiver.outcome().label().toLowerCase(Locale.ROOT)).append(": ")
          .append(waiver.explanation()).append(" (reason given: ").append(waiver.reason())
          .append("; requested by ").append(waiver.requestedBy()).append("; approved by ").append(waiver.approvedBy())
          .append(", ").append(waiver.approvingOrganisation()).append(", on ").append(waiver.approvedOn())
          .append("; to expire ").append(waiver.expires()).append(")\n");
    }
    text.append("Charter: ").append(String.join(", ", f.clauses())).append('\n');
    return text.toString();
  }

  private static String status(CriterionStatus s) {
    return switch (s) {
      case PARTIALLY_MET -> "partially-met";
      case NOT_MET -> "not-met";
      case NOT_ASSESSED -> "not-assessed";
      default -> s.name().toLowerCase(Locale.ROOT);
    };
  }

  static int tests(Report r) {
    return r.findings().size() + (r.isAssessed() ? 0 : 1);
  }

  static int failures(Report r) {
    return (int) r.findings().stream().filter(f -> f.status().isCounted() && f.status() != CriterionStatus.MET).count()
        + (r.isAssessed() ? 0 : 1);
  }

  static int skipped(Report r) {
    return (int) r.findings().stream().filter(f -> !f.status().isCounted()).count();
  }
}
