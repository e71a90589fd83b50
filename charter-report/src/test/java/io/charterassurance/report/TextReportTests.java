package io.charterassurance.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.charterassurance.model.report.Report;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The text summary an assurance team reads in a terminal. */
class TextReportTests {
  private static final ReportWriter TEXT = ReportWriter.of(ReportFormat.TEXT);

  @Test
  void leadsWithWhoTheBandAndWhyItWasCapped() {
    String text = TEXT.render(Reports.of("icb-missing-strategy.json"));
    assertThat(text).startsWith("Charter readiness report: NHS North East London Integrated Care Board (QMF, Integrated Care Board)\n");
    assertThat(text).contains("Band: Emerging (overall score ")
        .contains("  Capped: the score alone would reach Established, but\n"
            + "  - Community development strategy (N1-CD-STRATEGY) is mandatory and not assessed, so the band cannot be above Emerging\n");
  }

  @Test
  void showsTheScorePerPrincipleAndCallThenTheMostImportantFindingFirst() {
    Report report = Reports.of("icb-weak.json");
    String text = TEXT.render(report);
    assertThat(text).contains("\nPrinciples\n  P1  ").contains("\nCalls\n  N   Community development as the normal approach").contains("not applicable\n  N1  ");
    int findings = text.indexOf("Findings to act on");
    assertThat(text.substring(findings))
        .contains("[NOT MET, confidence low] N1-CD-STRATEGY  Community development strategy  (mandatory)");
    assertThat(text.indexOf("N1-CD-STRATEGY", findings)).isLessThan(text.indexOf("A2-LISTEN", findings));
    assertThat(text).contains("    Missing:\n      - a community development strategy: one that takes a community "
        + "development or asset-based approach, supporting residents to identify and act on their own priorities\n");
    assertThat(text).contains("    To raise confidence:\n      - adoption of \u201cDraft community engagement and "
        + "development strategy\u201d (draft-strategy) by the board, with a minute\n");
  }

  @Test
  void showsAWaiverTheAssessmentRefusedOnTheCriterionAssessedAsIfThereWereNone() {
    String text = TEXT.render(Reports.of("icb-waived.json"));
    int findings = text.indexOf("Findings to act on");
    int constitution = text.indexOf("] N5-CONSTITUTION ", findings);
    assertThat(constitution).isPositive();
    assertThat(text.indexOf("    Waiver refused: A mandatory criterion cannot be waived", constitution)).isPositive();
    assertThat(text).doesNotContain("\nWaived (");
  }

  @Test
  void anInvalidSubmissionListsItsProblemsAndNoScores() {
    String text = TEXT.render(MachineReportTests.invalid());
    assertThat(text).contains("NOT ASSESSED: the submission has 1 problem.\n  $.waivers[0].approvedBy: must not be the requester")
        .doesNotContain("Band:");
  }

  @Test
  void severalReportsAreSeparatedAndTheSameInputGivesTheSameText() {
    List<Report> reports = List.of(Reports.of("trust-strong.json"), Reports.of("la-strong.json"));
    String once = TEXT.withSources(List.of("trust.json", "la.json")).render(reports);
    assertThat(once).contains("Submission: trust.json").contains("Submission: la.json").contains("=".repeat(78));
    assertThat(TEXT.withSources(List.of("trust.json", "la.json")).render(reports)).isEqualTo(once);
  }
}
