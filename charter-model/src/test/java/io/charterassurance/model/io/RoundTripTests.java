package io.charterassurance.model.io;

import static org.assertj.core.api.Assertions.assertThat;

import io.charterassurance.model.evidence.Evidence;
import io.charterassurance.model.submission.Submission;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Every evidence kind survives JSON and YAML, and the JSON shape is stable. */
class RoundTripTests {
  private static final Submission EVERY_KIND =
      SubmissionReaderTests.READER.read(Fixtures.file("valid-every-kind.json")).valid().orElseThrow().submission();

  @Test
  void theFixtureHoldsOneOfEveryEvidenceKind() {
    Set<Class<?>> present = EVERY_KIND.evidence().stream().map(Object::getClass).collect(Collectors.toSet());
    assertThat(present).containsExactlyInAnyOrder(Evidence.class.getPermittedSubclasses());
  }

  @TestFactory
  Stream<DynamicTest> everyKindRoundTripsThroughJsonAndYaml() {
    return EVERY_KIND.evidence().stream().map(item -> DynamicTest.dynamicTest(item.kindName(), () -> {
      String json = CharterJson.json().writeValueAsString(item);
      assertThat(CharterJson.json().readValue(json, Evidence.class)).isEqualTo(item);
      assertThat(json).contains("\"kind\" : \"" + item.kindName() + "\"");
      String yaml = CharterJson.yaml().writeValueAsString(item);
      assertThat(CharterJson.yaml().readValue(yaml, Evidence.class)).isEqualTo(item);
    }));
  }

  @Test
  void aWholeSubmissionRoundTripsAndWritesTheSameBytesTwice() throws Exception {
    byte[] once = CharterJson.json().writeValueAsBytes(EVERY_KIND);
    Submission back = CharterJson.json().readValue(once, Submission.class);
    assertThat(back).isEqualTo(EVERY_KIND);
    assertThat(CharterJson.json().writeValueAsBytes(back)).isEqualTo(once);
    Submission viaYaml = CharterJson.yaml().readValue(CharterJson.yaml().writeValueAsBytes(EVERY_KIND), Submission.class);
    assertThat(viaYaml).isEqualTo(EVERY_KIND);
  }

  @Test
  void helperMethodsAreNotWrittenAsProperties() throws Exception {
    String json = CharterJson.json().writeValueAsString(EVERY_KIND);
    assertThat(json).doesNotContain("\"complete\"", "\"kindName\"", "\"local\"");
    assertThat(Arrays.stream(Evidence.class.getPermittedSubclasses()).map(Class::getSimpleName)).hasSize(25);
  }
}
