package io.charterassurance.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.charterassurance.model.evidence.CommunityDevelopmentStrategy;
import io.charterassurance.model.evidence.EvidenceStatus;
import io.charterassurance.model.evidence.Provenance;
import io.charterassurance.model.io.CharterJson;
import io.charterassurance.model.io.ReadResult;
import io.charterassurance.model.io.SubmissionReader;
import io.charterassurance.model.io.Violation;
import io.charterassurance.model.organisation.Organisation;
import io.charterassurance.model.organisation.OrganisationKind;
import io.charterassurance.model.report.Report;
import io.charterassurance.model.submission.Submission;
import io.charterassurance.rules.Assessor;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** A submission built in code with the model's builders is the submission its JSON file reads as. */
class BuildInCodeTests {
  /** The same four items of the Tower Hamlets example, as a file. */
  private static final Path SAME_AS_A_FILE = Path.of("src", "test", "resources", "built-in-code.json");

  private static Submission read() {
    ReadResult read = SubmissionReader.create().read(SAME_AS_A_FILE);
    assertThat(read.violations()).isEmpty();
    return read.valid().orElseThrow().submission();
  }

  @Test
  @DisplayName("The builders make exactly the records the reader makes of the same evidence in JSON")
  void theBuiltSubmissionIsTheOneTheFileReadsAs() {
    assertThat(BuildInCode.submission()).isEqualTo(read());
  }

  @Test
  @DisplayName("It assesses as the file does, byte for byte in JSON, and the program prints its band")
  void itAssessesAsTheFileDoes() throws Exception {
    Report built = Assessor.standard().assess(BuildInCode.submission());
    Report file = Assessor.standard().assess(read());
    assertThat(built.isAssessed()).isTrue();
    assertThat(CharterJson.json().writeValueAsString(built)).isEqualTo(CharterJson.json().writeValueAsString(file));

    Examples.Run run = Examples.run((out, err) -> BuildInCode.run(List.of(), out, err));
    assertThat(run.exitCode()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(run.out()).startsWith("Tower Hamlets Health and Wellbeing Board (E09000030), Health and Wellbeing Board")
        .contains("Band: " + built.band().label() + " (overall " + built.overall().toPlainString() + " of 100");
  }

  @Nested
  class ValidationStaysAtTheBoundary {
    @Test
    @DisplayName("A builder checks nothing: what is left out is reported by the assessor, with its path")
    void whatIsLeftOutIsReportedByTheAssessor() {
      Submission incomplete = Submission.builder()
          .organisation(Organisation.builder("E09000030", "Tower Hamlets Health and Wellbeing Board",
              OrganisationKind.HEALTH_AND_WELLBEING_BOARD).build())
          .period(LocalDate.of(2025, 4, 1), LocalDate.of(2026, 3, 31))
          .evidence(CommunityDevelopmentStrategy.builder("strategy",
                  Provenance.builder("A strategy", LocalDate.of(2025, 10, 14)).status(EvidenceStatus.DRAFT).build())
              .build())
          .build();

      Report report = Assessor.standard().assess(incomplete);

      assertThat(report.isAssessed()).isFalse();
      assertThat(report.violations()).extracting(Violation::path)
          .contains("$.asAt", "$.evidence[0].approach", "$.evidence[0].provenance.source");
    }

    @Test
    @DisplayName("Unset booleans are false and unset lists and sets empty, as an absent JSON property reads")
    void unsetComponentsAreFalseOrEmpty() {
      CommunityDevelopmentStrategy strategy = CommunityDevelopmentStrategy.builder("s",
          Provenance.builder("t", LocalDate.of(2025, 1, 1)).build()).build();
      assertThat(strategy.actionPlan()).isFalse();
      assertThat(strategy.partners()).isEmpty();
      assertThat(strategy.measures()).isEmpty();
      assertThat(strategy.owner()).isNull();
      assertThat(strategy.provenance().coProduced()).isFalse();
      assertThat(Submission.builder().build().evidence()).isEmpty();
    }
  }
}
