package io.charterassurance.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import io.charterassurance.model.io.CharterJson;
import io.charterassurance.model.report.Report;
import io.charterassurance.model.submission.AssurerKind;
import io.charterassurance.model.submission.Submission;
import io.charterassurance.model.submission.Waiver;
import io.charterassurance.rules.Assessor;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** JSON, JUnit XML and SARIF: the formats machines read. */
class MachineReportTests {
  private static final List<Report> REPORTS = List.of(
      Reports.of("icb-strong.json"), Reports.of("icb-weak.json"), Reports.of("icb-waived.json"), invalid());

  static Report invalid() {
    Submission s = Reports.submission("icb-strong.json");
    Waiver selfApproved = new Waiver("N5-CONSTITUTION", "Merger", "Chief Executive", "Chief Executive",
        "Chief Executive", s.organisation().name(), s.organisation().code(), AssurerKind.OWN_ORGANISATION,
        LocalDate.parse("2026-01-01"), LocalDate.parse("2026-06-30"));
    return Assessor.standard().assess(new Submission(s.organisation(), s.asAt(), s.period(), s.evidence(),
        List.of(selfApproved)));
  }

  @Nested
  class Json {
    @Test
    void oneReportIsAnObjectThatReadsBackEqual() throws Exception {
      String json = ReportWriter.of(ReportFormat.JSON).render(REPORTS.get(0));
      assertThat(CharterJson.json().readValue(json, Report.class)).isEqualTo(REPORTS.get(0));
    }

    @Test
    void severalReportsAreAnArray() throws Exception {
      JsonNode node = CharterJson.json().readTree(ReportWriter.of(ReportFormat.JSON).render(REPORTS));
      assertThat(node.isArray()).isTrue();
      assertThat(node).hasSize(4);
    }
  }

  @Nested
  class Junit {
    private Document xml(List<Report> reports) throws Exception {
      byte[] bytes = ReportWriter.of(ReportFormat.JUNIT)
          .withSources(reports.stream().map(r -> "submissions/" + r.subject().code() + ".json").toList())
          .bytes(reports);
      return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new ByteArrayInputStream(bytes));
    }

    @Test
    void hasASuitePerOrganisationAndACasePerCriterion() throws Exception {
      Document doc = xml(REPORTS.subList(0, 2));
      NodeList suites = doc.getElementsByTagName("testsuite");
      assertThat(suites.getLength()).isEqualTo(2);
      Element weak = (Element) suites.item(1);
      int cases = weak.getElementsByTagName("testcase").getLength();
      assertThat(cases).isEqualTo(REPORTS.get(1).findings().size());
      long shortOfMet = REPORTS.get(1).findings().stream()
          .filter(f -> f.status().isCounted() && f.status() != io.charterassurance.model.report.CriterionStatus.MET).count();
      assertThat(weak.getAttribute("failures")).isEqualTo(Long.toString(shortOfMet));
      assertThat(weak.getAttribute("file")).isEqualTo(REPORTS.get(1).subject().code() + ".json");
      Element first = (Element) weak.getElementsByTagName("failure").item(0);
      assertThat(first.getAttribute("message")).startsWith("Mandatory, ");
    }

    @Test
    void notApplicableAndWaivedCriteriaAreSkipped() throws Exception {
      Document doc = xml(List.of(REPORTS.get(2)));
      NodeList skipped = doc.getElementsByTagName("skipped");
      assertThat(skipped.getLength()).isEqualTo(REPORTS.get(2).tally().notApplicable() + REPORTS.get(2).tally().waived());
    }

    @Test
    void anInvalidSubmissionIsOneFailingCaseListingItsProblems() throws Exception {
      Document doc = xml(List.of(REPORTS.get(3)));
      Element failure = (Element) doc.getElementsByTagName("failure").item(0);
      assertThat(failure.getAttribute("type")).isEqualTo("invalid-submission");
      assertThat(failure.getTextContent()).contains("$.waivers[0].approvedBy: must not be the requester");
    }
  }

  @Nested
  class Sarif {
    private final JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(
        CharterJson.json().readTree(Files.readAllBytes(Path.of(System.getProperty("sarif.schema")))));

    Sarif() throws Exception {}

    @Test
    void validatesAgainstTheSarif210Schema() throws Exception {
      String sarif = ReportWriter.of(ReportFormat.SARIF)
          .withSources(List.of("a.json", "dir with space/b c.json", "/abs/c.json", "d.yaml")).render(REPORTS);
      JsonNode log = CharterJson.json().readTree(sarif);
      assertThat(schema.validate(log)).isEmpty();
      assertThat(log.get("runs")).hasSize(4);
      // Named by the file name only, as in every format.
      assertThat(log.at("/runs/1/artifacts/0/location/uri").asText()).isEqualTo("b%20c.json");
      assertThat(log.at("/runs/2/artifacts/0/location/uri").asText()).isEqualTo("c.json");
    }

    @Test
    void failsCriteriaShortOfMetAndPassesTheRest() throws Exception {
      JsonNode run = CharterJson.json().readTree(ReportWriter.of(ReportFormat.SARIF).render(REPORTS.get(1))).at("/runs/0");
      JsonNode strategy = null;
      for (JsonNode result : run.get("results")) {
        if (result.get("ruleId").asText().equals("N1-CD-STRATEGY")) {
          strategy = result;
        }
      }
      assertThat(strategy).isNotNull();
      assertThat(strategy.get("kind").asText()).isEqualTo("fail");
      assertThat(strategy.get("level").asText()).isEqualTo("error");
      assertThat(strategy.at("/message/text").asText()).startsWith("Not met, confidence low: \u201cDraft community "
          + "engagement and development strategy\u201d (draft-strategy) is an engagement plan");
      assertThat(strategy.at("/properties/confidence").asText()).isEqualTo("low");
      assertThat(run.at("/tool/driver/rules/" + strategy.get("ruleIndex").asInt() + "/id").asText()).isEqualTo("N1-CD-STRATEGY");
    }

    @Test
    void aWaivedCriterionIsSuppressedWithItsJustification() throws Exception {
      Report applied = Reports.appliedWaiver();
      String sarif = ReportWriter.of(ReportFormat.SARIF).render(applied);
      JsonNode run = CharterJson.json().readTree(sarif).at("/runs/0");
      List<JsonNode> suppressed = new java.util.ArrayList<>();
      run.get("results").forEach(result -> {
        if (result.has("suppressions")) {
          suppressed.add(result);
        }
      });
      assertThat(suppressed).hasSize(1);
      JsonNode waived = suppressed.get(0);
      assertThat(waived.get("ruleId").asText()).isEqualTo("N6-ASSURANCE");
      String reason = applied.findings().stream().filter(f -> f.criterion().equals("N6-ASSURANCE")).findFirst()
          .orElseThrow().reason();
      assertThat(waived.at("/suppressions/0/justification").asText()).isEqualTo(reason);
      assertThat(waived.at("/properties/waiver/outcome").asText()).isEqualTo("applied");
      assertThat(schema.validate(CharterJson.json().readTree(sarif))).isEmpty();
    }

    @Test
    void aRefusedWaiverIsNotASuppressionAndTheCriterionFailsAsAssessed() throws Exception {
      JsonNode run = CharterJson.json().readTree(ReportWriter.of(ReportFormat.SARIF).render(REPORTS.get(2))).at("/runs/0");
      JsonNode constitution = null;
      for (JsonNode result : run.get("results")) {
        assertThat(result.has("suppressions")).as(result.get("ruleId").asText()).isFalse();
        if (result.get("ruleId").asText().equals("N5-CONSTITUTION")) {
          constitution = result;
        }
      }
      assertThat(constitution.get("kind").asText()).isEqualTo("fail");
      assertThat(constitution.at("/properties/waiver/outcome").asText()).isEqualTo("refused");
      assertThat(constitution.at("/message/text").asText()).contains(" Waiver refused: A mandatory criterion cannot be waived");
    }
  }
}
