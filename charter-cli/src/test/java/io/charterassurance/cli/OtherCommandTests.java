package io.charterassurance.cli;

import static io.charterassurance.cli.Cli.fixture;
import static io.charterassurance.cli.Cli.run;
import static io.charterassurance.cli.Cli.scenario;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.charterassurance.model.io.CharterJson;
import io.charterassurance.model.io.SubmissionSchema;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The other commands, black-box. */
class OtherCommandTests {
  @TempDir Path dir;

  @Nested
  class Validate {
    @Test
    void aValidFileIsSaidToBeValid() {
      var r = run("validate", scenario("icb-strong.json"));
      assertThat(r.exit()).isZero();
      assertThat(r.out()).isEqualTo(scenario("icb-strong.json") + ": valid\n1 file: 1 valid, 0 invalid (0 problems)\n");
    }

    @Test
    void everyProblemComesWithFileLinePathAndMessage() {
      var r = run("validate", fixture("invalid-misspelt-property.json"), fixture("invalid-duplicate-evidence-ids.json"),
          scenario("icb-strong.json"));
      assertThat(r.exit()).isEqualTo(2);
      assertThat(r.out()).contains(fixture("invalid-misspelt-property.json")
              + ":23:9: $.evidence[0].provenance.coProduce: unknown property \"coProduce\"; did you mean \"coProduced\"?")
          .contains(fixture("invalid-duplicate-evidence-ids.json") + ": $.evidence[1].id: duplicates the id of evidence[0]")
          .endsWith("3 files: 1 valid, 2 invalid (2 problems)\n");
    }

    @Test
    void aWaiverForAnUnknownCriterionIsCaughtToo() throws Exception {
      String json = Files.readString(Path.of(fixture("valid-minimal-board.json")));
      Path file = Files.writeString(dir.resolve("waiver.json"), json.replaceFirst("\"evidence\"",
          "\"waivers\": [{\"criterion\": \"N99\", \"reason\": \"r\", \"requestedBy\": \"A\", \"approvedBy\": \"B\","
              + " \"approverRole\": \"Regional Director\", \"approvingOrganisation\": \"NHS England London region\","
              + " \"approverKind\": \"nhs-england-region\", \"approvedOn\": \"2026-01-01\", \"expires\": \"2026-06-30\"}],\n  \"evidence\""));
      var r = run("validate", file.toString());
      assertThat(r.exit()).isEqualTo(2);
      assertThat(r.out()).contains(file + ": $.waivers[0].criterion: \"N99\" is not a criterion of rule set 2026.12");
    }

    @Test
    void jsonOutputListsTheViolations() throws Exception {
      var r = run("validate", "--json", fixture("invalid-negative-hours.json"));
      JsonNode problems = CharterJson.json().readTree(r.out());
      assertThat(problems).hasSize(1);
      assertThat(problems.get(0).get("path").asText()).isEqualTo("$.evidence[0].hoursPerYear");
    }
  }

  @Nested
  class Listings {
    @Test
    void criteriaListsEveryCriterionAndFiltersByKind() {
      var all = run("criteria");
      assertThat(all.exit()).isZero();
      assertThat(all.out()).contains("N1-CD-STRATEGY", "N9-GUIDANCE", "A6D-PUBLIC-EVENTS");
      var icb = run("criteria", "--kind", "icb");
      assertThat(icb.out()).contains("N1-CD-STRATEGY                Community development strategy  (mandatory)")
          .doesNotContain("N9-GUIDANCE");
    }

    @Test
    void anUnknownKindIsExitTwoListingTheKinds() {
      var r = run("criteria", "--kind", "pct");
      assertThat(r.exit()).isEqualTo(2);
      assertThat(r.err()).contains("'pct' is not a kind of organisation; expected one of icb, ccg, health-and-wellbeing-board");
    }

    @Test
    void criteriaAsJsonReadsBack() throws Exception {
      assertThat(CharterJson.json().readTree(run("criteria", "--json").out()).get(0).get("id").asText())
          .isEqualTo("N1-CD-STRATEGY");
    }

    @Test
    void charterListsTheClausesWithIdsAndText() {
      var r = run("charter");
      assertThat(r.exit()).isZero();
      assertThat(r.out()).contains("N2   Joint Strategic Needs and Assets Assessments\n"
          + "     Joint Strategic Needs Assessments to become Joint Strategic Needs and Assets Assessments")
          .contains("    A6d  Public events where people meet");
    }

    @Test
    void charterForATrustShowsTheCallsThatConcernIt() {
      var r = run("charter", "--kind", "nhs-foundation-trust");
      assertThat(r.out()).contains("N5   Constitutions and quality reports").doesNotContain("N1   Community development strategies");
    }
  }

  @Nested
  class Explain {
    @Test
    void saysWhatMeetsACriterionAndQuotesTheCharter() {
      var r = run("explain", "N2-JSNAA");
      assertThat(r.exit()).isZero();
      assertThat(r.out()).startsWith("N2-JSNAA: Joint Strategic Needs and Assets Assessment\n")
          .contains("What meets it\n  A JSNA that has become a Joint Strategic Needs and Assets Assessment")
          .contains("  N2 Joint Strategic Needs and Assets Assessments\n     \"Joint Strategic Needs Assessments to become")
          .contains("Mandatory for: Health and Wellbeing Board, Local authority (public health)")
          .contains("Decided by rules in needs-and-assets.drl: N2-JSNAA; ");
    }

    @Test
    void aMisspeltIdGetsASuggestion() {
      var r = run("explain", "N2-JSNA");
      assertThat(r.exit()).isEqualTo(2);
      assertThat(r.err()).isEqualTo("charter: \"N2-JSNA\" is not a criterion of rule set 2026.12; did you mean \"N2-JSNAA\"?;"
          + " `charter criteria` lists them\n");
    }
  }

  @Test
  void schemaPrintsTheGeneratedSchema() {
    var r = run("schema");
    assertThat(r.exit()).isZero();
    assertThat(r.out()).isEqualTo(SubmissionSchema.text());
  }

  @Test
  void versionNamesTheCharterRulesAndPolicy() {
    var r = run("--version");
    assertThat(r.exit()).isZero();
    assertThat(r.out()).contains("Charter for Community Development in Health 2014").contains("scoring policy charter-standard-2026.12");
  }

  @Test
  void helpListsTheExitCodes() {
    var r = run("--help");
    assertThat(r.exit()).isZero();
    assertThat(r.out()).contains("assess", "validate", "criteria", "charter", "explain", "schema", "diff")
        .contains("2   invalid input or usage");
  }

  @Nested
  class Diff {
    private Path report(String fixture, String name, String... extra) throws Exception {
      String[] args = new String[4 + extra.length];
      args[0] = "assess";
      args[1] = scenario(fixture);
      args[2] = "-f";
      args[3] = "json";
      System.arraycopy(extra, 0, args, 4, extra.length);
      var r = run(args);
      return Files.writeString(dir.resolve(name), r.out(), StandardCharsets.UTF_8);
    }

    @Test
    void showsTheBandChangeAndWhatImproved() throws Exception {
      var r = run("diff", report("icb-missing-strategy.json", "old.json").toString(), report("icb-strong.json", "new.json").toString());
      assertThat(r.exit()).isZero();
      assertThat(r.out()).contains("Band: Emerging -> Leading (improved)")
          .contains("Improved (")
          .contains("  N1-CD-STRATEGY: not assessed 0.0 -> met ");
    }

    @Test
    void failOnRegressionExitsOneWhenThingsGotWorse() throws Exception {
      var r = run("diff", "--fail-on-regression", report("icb-strong.json", "old.json").toString(),
          report("icb-missing-strategy.json", "new.json").toString());
      assertThat(r.exit()).isEqualTo(1);
      assertThat(r.out()).contains("Band: Leading -> Emerging (regressed)").contains("Regressed (");
    }

    @Test
    void refusesReportsScoredUnderDifferentPolicies() throws Exception {
      String standard = new String(OtherCommandTests.class.getResourceAsStream(
          "/io/charterassurance/rules/scoring-policy.yaml").readAllBytes(), StandardCharsets.UTF_8);
      Path policy = Files.writeString(dir.resolve("other.yaml"), standard.replace("id: charter-standard-2026.12", "id: other"));
      var r = run("diff", report("icb-strong.json", "a.json").toString(),
          report("icb-strong.json", "b.json", "--policy", policy.toString()).toString());
      assertThat(r.exit()).isEqualTo(2);
      assertThat(r.err()).contains("they were scored under different scoring policies (charter-standard-2026.12 sha256 ")
          .contains(" and other sha256 ");
      assertThat(r.out()).isEmpty();
    }

    @Test
    void refusesReportsOfDifferentOrganisations() throws Exception {
      var r = run("diff", report("icb-strong.json", "a.json").toString(), report("trust-strong.json", "b.json").toString());
      assertThat(r.exit()).isEqualTo(2);
      assertThat(r.err()).contains("they are reports of different organisations (QMF and RQX)");
    }

    @Test
    void aFileThatIsNotAReportIsExitTwo() throws Exception {
      var r = run("diff", scenario("icb-strong.json"), report("icb-strong.json", "b.json").toString());
      assertThat(r.exit()).isEqualTo(2);
      assertThat(r.err()).contains("expected a JSON report written by `charter assess --format json`");
    }
  }
}
