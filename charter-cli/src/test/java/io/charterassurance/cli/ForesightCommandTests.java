package io.charterassurance.cli;

import static io.charterassurance.cli.Cli.example;
import static io.charterassurance.cli.Cli.run;
import static io.charterassurance.cli.Cli.scenario;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.charterassurance.model.io.CharterJson;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** next-steps, timeline, assess --as-at and the interval in diff, black-box. */
class ForesightCommandTests {
  @TempDir Path dir;

  @Nested
  class NextSteps {
    @Test
    @DisplayName("next-steps shows each step with its kind, criterion, clause and what it adds, verified by re-assessment")
    void showsTheStepsToTheNextAndTopBand() {
      var r = run("next-steps", example("weak-organisation.json"));
      assertThat(r.exit()).as(r.err()).isZero();
      assertThat(r.out()).contains("Next steps (from early at ")
          .contains("  To reach Emerging: ")
          .contains("  To reach Leading: ")
          .containsPattern("\\n  1\\. \\[(paperwork|practice)\\] [A-Z0-9-]+ \\(serves [A-Z0-9a-z, ]+\\): ")
          .containsPattern("overall \\+[0-9]+\\.[0-9] to [0-9]+\\.[0-9], band [a-z]+");
    }

    @Test
    @DisplayName("next-steps --format json writes the report with a nextSteps object")
    void writesJson() throws Exception {
      var r = run("next-steps", "-f", "json", example("icb-north-east-london.json"));
      assertThat(r.exit()).as(r.err()).isZero();
      JsonNode report = CharterJson.json().readTree(r.out());
      assertThat(report.path("nextSteps").path("paths")).hasSize(1);
      JsonNode path = report.path("nextSteps").path("paths").get(0);
      assertThat(path.path("band").asText()).isEqualTo("leading");
      assertThat(path.path("reached").asBoolean()).isTrue();
      assertThat(path.path("steps").get(0).path("kind").asText()).isIn("paperwork", "practice");
    }

    @Test
    @DisplayName("an invalid submission gives its problems on stderr, exit 2 and nothing on stdout")
    void anInvalidSubmissionIsExitTwo() {
      var r = run("next-steps", Cli.fixture("invalid-duplicate-evidence-ids.json"));
      assertThat(r.exit()).isEqualTo(2);
      assertThat(r.out()).isEmpty();
      assertThat(r.err()).contains("could not be assessed").contains("$.evidence[1].id");
    }
  }

  @Nested
  class Timeline {
    @Test
    @DisplayName("timeline --months 24 shows 25 dated lines and when each item goes stale")
    void showsMonthByMonth() {
      var r = run("timeline", "--months", "24", example("hwb-tower-hamlets.json"));
      assertThat(r.exit()).as(r.err()).isZero();
      assertThat(r.out()).contains("Timeline if nothing is refreshed (24 months)")
          .contains("When each current item falls due and goes stale");
      long lines = r.out().lines().filter(l -> l.matches("  \\d{4}-\\d{2}-\\d{2}  .*")).count();
      assertThat(lines).isEqualTo(25);
    }

    @Test
    @DisplayName("a number of months outside 1 to 120 is refused with exit 2")
    void refusesABadNumberOfMonths() {
      var r = run("timeline", "--months", "0", example("hwb-tower-hamlets.json"));
      assertThat(r.exit()).isEqualTo(2);
      assertThat(r.err()).contains("--months 0: expected a number of months from 1 to 120");
    }
  }

  @Nested
  class AsAt {
    @Test
    @DisplayName("assess --as-at an earlier date ignores later evidence with a notice, not an error")
    void ignoresLaterEvidenceWithANotice() throws Exception {
      var r = run("assess", "-f", "json", "--as-at", "2025-06-30", example("icb-north-east-london.json"));
      assertThat(r.exit()).as(r.err()).isZero();
      JsonNode report = CharterJson.json().readTree(r.out());
      assertThat(report.path("provenance").path("asAt").asText()).isEqualTo("2025-06-30");
      assertThat(report.path("band").isObject()).isTrue();
      assertThat(report.path("notices").toString()).contains("is after the as-at date and is ignored");
      for (JsonNode e : report.path("evidence")) {
        assertThat(e.path("date").asText()).as(e.path("id").asText()).isLessThanOrEqualTo("2025-06-30");
      }
    }

    @Test
    @DisplayName("assess --as-at a date in the future is a violation of the as-at date, exit 2")
    void aFutureDateIsRefused() {
      var r = run("assess", "--as-at", "2999-01-01", example("icb-north-east-london.json"));
      assertThat(r.exit()).isEqualTo(2);
      assertThat(r.err()).contains("$.asAt").contains("must not be in the future");
    }

    @Test
    @DisplayName("a malformed --as-at date is a usage error naming the option")
    void aMalformedDateIsAUsageError() {
      var r = run("assess", "--as-at", "31/03/2026", example("icb-north-east-london.json"));
      assertThat(r.exit()).isEqualTo(2);
      assertThat(r.err()).contains("--as-at");
    }
  }

  @Nested
  class Diff {
    @Test
    @DisplayName("diff shows the interval of both reports")
    void showsTheInterval() throws Exception {
      Path older = report("icb-missing-strategy.json", "old.json");
      Path newer = report("icb-strong.json", "new.json");
      var r = run("diff", older.toString(), newer.toString());
      assertThat(r.exit()).as(r.err()).isZero();
      assertThat(r.out()).containsPattern("Interval: [0-9.]+ to [0-9.]+ \\([A-Za-z ,]+\\) -> [0-9.]+ to [0-9.]+ \\([A-Za-z ,]+\\)");
    }

    private Path report(String fixture, String name) throws Exception {
      var r = run("assess", scenario(fixture), "-f", "json");
      return Files.writeString(dir.resolve(name), r.out(), StandardCharsets.UTF_8);
    }
  }
}
