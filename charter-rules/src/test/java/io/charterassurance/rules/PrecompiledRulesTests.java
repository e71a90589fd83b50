package io.charterassurance.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.charterassurance.model.io.CharterJson;
import io.charterassurance.model.submission.Submission;
import io.charterassurance.rules.catalogue.CriteriaCatalogue;
import io.charterassurance.rules.internal.RuleFiles;
import io.charterassurance.rules.internal.RuleSource;
import io.charterassurance.rules.catalogue.RuleSetException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bundled rule files come precompiled to the Drools executable model, and that rule base is
 * the one compiling the same files at run time gives (pitfall 6 of the Drools research: the two
 * flavours accept different DRL, so every bundled rule file is run under both here).
 */
class PrecompiledRulesTests {
  private static final Path SCENARIOS = Path.of("src", "test", "resources", "scenarios");

  @TempDir Path dir;

  @Test
  void theStandardAssessorLoadsThePrecompiledRules() {
    assertThat(Assessor.standard().rulesPrecompiled()).isTrue();
    assertThat(Assessor.builder().build().rulesPrecompiled()).isTrue();
  }

  @Test
  void aCatalogueOrPolicyOfOnesOwnKeepsThePrecompiledRules() throws IOException {
    ClassLoader loader = ApplicationClassPath.loader();
    Path policy = dir.resolve("policy.yaml");
    Files.writeString(policy, resource("io/charterassurance/rules/scoring-policy.yaml")
        .replace("id: charter-standard-2026.12", "id: stricter-2026"));
    assertThat(Assessor.builder().scoringPolicy(policy).build().rulesPrecompiled()).isTrue();
    Assessor withCatalogue = Assessor.builder().criteria(loader, "io/charterassurance/rules/criteria.yaml").build();
    assertThat(withCatalogue.rulesPrecompiled()).isTrue();
    assertThat(withCatalogue.ruleSetHash()).isEqualTo(Assessor.standard().ruleSetHash());
  }

  @Test
  void aCatalogueAtOddsWithThePrecompiledRulesIsRefused() throws IOException {
    Path catalogue = dir.resolve("criteria.yaml");
    String standard = resource("io/charterassurance/rules/criteria.yaml");
    String moved = standard.replace(
        "  - id: N2-ASSET-MAP\n    title: Live community asset map\n    area: needs-and-assets\n",
        "  - id: N2-ASSET-MAP\n    title: Live community asset map\n    area: strategy\n");
    assertThat(moved).isNotEqualTo(standard);
    Files.writeString(catalogue, moved);
    assertThatThrownBy(() -> Assessor.builder().criteria(catalogue).build())
        .isInstanceOf(RuleSetException.class)
        .hasMessageContaining("needs-and-assets.drl:")
        .hasMessageContaining("rule \"N2-ASSET-MAP\" is in area \"needs-and-assets\" but the catalogue puts "
            + "N2-ASSET-MAP in area \"strategy\"");
  }

  /**
   * The same rule files compiled at run time (as added rules are) decide every scenario, and every
   * scenario less any one item of evidence, byte for byte as the precompiled ones do.
   */
  @Test
  void theRulesCompiledAtRunTimeAssessAsThePrecompiledOnesDo() throws IOException {
    Assessor precompiled = Assessor.standard();
    List<String> resources = RuleFiles.standard(CriteriaCatalogue.standard()).stream()
        .map(RuleSource::name).toList();
    Assessor compiled = Assessor.builder().withoutStandardRules()
        .addRules(ApplicationClassPath.loader(), resources.toArray(String[]::new))
        .build();
    assertThat(compiled.rulesPrecompiled()).isFalse();
    assertThat(compiled.ruleSetHash()).isEqualTo(precompiled.ruleSetHash());
    for (var criterion : precompiled.catalogue().criteria()) {
      assertThat(compiled.rulesFor(criterion.id())).isEqualTo(precompiled.rulesFor(criterion.id())).isNotEmpty();
    }
    int compared = 0;
    for (Submission submission : submissions()) {
      List<Submission> variants = new ArrayList<>(List.of(submission));
      for (int i = 0; i < submission.evidence().size(); i++) {
        var evidence = new ArrayList<>(submission.evidence());
        evidence.remove(i);
        variants.add(new Submission(submission.organisation(), submission.asAt(), submission.period(), evidence,
            submission.waivers()));
      }
      for (Submission variant : variants) {
        assertThat(CharterJson.json().writeValueAsString(compiled.assess(variant)))
            .as("the report on %s (%d items)", variant.organisation().code(), variant.evidence().size())
            .isEqualTo(CharterJson.json().writeValueAsString(precompiled.assess(variant)));
        compared++;
      }
    }
    assertThat(compared).isGreaterThan(100);
  }

  private static List<Submission> submissions() throws IOException {
    try (Stream<Path> files = Files.list(SCENARIOS)) {
      return files.filter(f -> f.toString().endsWith(".json")).sorted()
          .map(f -> Scenarios.load(f.getFileName().toString())).toList();
    }
  }

  /** A bundled resource's text, read through a class of the library's own module. */
  private static String resource(String name) throws IOException {
    try (var in = PrecompiledRulesTests.class.getResourceAsStream("/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
