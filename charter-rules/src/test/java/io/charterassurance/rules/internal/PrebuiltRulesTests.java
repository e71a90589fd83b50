package io.charterassurance.rules.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.charterassurance.rules.catalogue.CriteriaCatalogue;
import io.charterassurance.rules.catalogue.ScoringPolicy;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.kie.api.KieBase;
import org.drools.base.util.Drools;
import org.junit.jupiter.api.Test;

/**
 * The precompiled rule base is the bundled rule files' own: the build recorded the digest of the
 * rule texts it compiled, and it must be the digest of the rule files in the source tree. A build
 * step that did not run, or ran on other files, fails here rather than making every process
 * compile the rules at run time with a warning.
 */
class PrebuiltRulesTests {
  private static final Path RULE_FILES = Path.of("src", "main", "resources", RuleFiles.STANDARD_RULES);

  @Test
  void thePrecompiledRulesAreCompiledFromTheRuleFilesInTheSourceTree() throws IOException {
    PrebuiltRules.Manifest manifest = PrebuiltRules.Manifest.read();
    assertThat(manifest).as(PrebuiltRules.MANIFEST + " on the class path; the build writes it in process-classes")
        .isNotNull();
    List<RuleSource> onClassPath = RuleFiles.standard(CriteriaCatalogue.standard());
    List<RuleSource> inSourceTree = new ArrayList<>();
    for (RuleSource source : onClassPath) {
      Path file = RULE_FILES.resolve(source.area() + ".drl");
      inSourceTree.add(RuleSource.of(file.toString(), Files.readAllBytes(file)));
    }
    assertThat(manifest.rules())
        .as("the digest of the rule texts the precompiled rules were compiled from; if the rule files changed "
            + "since, rebuild (./mvnw -pl charter-rules process-classes)")
        .isEqualTo(RuleBase.digest(inSourceTree))
        .isEqualTo(RuleBase.digest(onClassPath));
    assertThat(manifest.drools()).isEqualTo(PrebuiltRules.droolsVersion()).isEqualTo(Drools.getFullVersion());
    assertThat(manifest.models()).hasSize(onClassPath.size());
  }

  @Test
  void theManifestReadsBackAsWritten() throws IOException {
    var manifest = new PrebuiltRules.Manifest("ab12", "10.1.0", List.of("a.b.Rules1", "c.d.Rules2"));
    assertThat(PrebuiltRules.Manifest.parse(manifest.text())).isEqualTo(manifest);
  }

  @Test
  void ruleTextsOtherThanThePrecompiledOnesAreCompiledInstead() {
    CriteriaCatalogue catalogue = CriteriaCatalogue.standard();
    List<RuleSource> sources = new ArrayList<>(RuleFiles.standard(catalogue));
    RuleSource first = sources.get(0);
    sources.set(0, new RuleSource(first.name(), first.area(), first.text() + "\n// edited after the build\n"));
    RuleBase edited = RuleBase.standard(sources, catalogue, ScoringPolicy.standard());
    RuleBase standard = RuleBase.standard(RuleFiles.standard(catalogue), catalogue, ScoringPolicy.standard());
    assertThat(edited.precompiled()).isFalse();
    assertThat(standard.precompiled()).isTrue();
    assertThat(edited.rulesByCriterion()).isEqualTo(standard.rulesByCriterion());
    assertThat(edited.hash()).isNotEqualTo(standard.hash());
  }

  /** Loading in the background and asking from several threads at once give one shared rule base. */
  @Test
  void aRuleBaseLoadedInTheBackgroundIsTheOneEveryCallerGets() throws Exception {
    String digest = RuleBase.digest(RuleFiles.standard(CriteriaCatalogue.standard()));
    PrebuiltRules.loadInBackground();
    PrebuiltRules.loadInBackground();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<KieBase>> asked = new ArrayList<>();
      for (int i = 0; i < 8; i++) {
        asked.add(pool.submit(() -> PrebuiltRules.kieBase(digest)));
      }
      KieBase first = asked.get(0).get(60, TimeUnit.SECONDS);
      assertThat(first).isNotNull();
      for (Future<KieBase> each : asked) {
        assertThat(each.get(60, TimeUnit.SECONDS)).isSameAs(first);
      }
      assertThat(PrebuiltRules.kieBase(digest)).isSameAs(first);
    } finally {
      pool.shutdownNow();
    }
  }
}
