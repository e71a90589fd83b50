package io.charterassurance.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import io.charterassurance.model.evidence.Evidence;
import io.charterassurance.model.io.ReadResult;
import io.charterassurance.model.io.SubmissionReader;
import io.charterassurance.model.submission.Submission;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every example evidence set is a valid submission to the reader and to an independent validator
 * of the published schema, and has the shape the README promises.
 */
class EvidenceSetTests {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void theFolderHoldsExactlyTheFiveDocumentedEvidenceSets() {
    assertThat(Examples.files()).extracting(p -> p.getFileName().toString())
        .containsExactlyInAnyOrderElementsOf(Examples.ALL);
  }

  @TestFactory
  Stream<DynamicTest> everyEvidenceSetReadsValid() {
    return Examples.files().stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> {
      ReadResult read = SubmissionReader.create().read(file);
      assertThat(read.violations()).isEmpty();
      assertThat(read.isValid()).isTrue();
    }));
  }

  @TestFactory
  Stream<DynamicTest> everyEvidenceSetValidatesAgainstThePublishedSchema() throws IOException {
    JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
        .getSchema(JSON.readTree(Files.readString(Examples.SCHEMA, StandardCharsets.UTF_8)));
    return Examples.files().stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> {
      JsonNode document = JSON.readTree(Files.readString(file, StandardCharsets.UTF_8));
      assertThat(schema.validate(document)).isEmpty();
    }));
  }

  @TestFactory
  Stream<DynamicTest> everyEvidenceSetHas15To30ItemsAndSpeaksForADateIn2026NoLaterThan30November() {
    return Examples.ALL.stream().map(name -> DynamicTest.dynamicTest(name, () -> {
      Submission s = Examples.submission(name);
      assertThat(s.evidence()).hasSizeBetween(15, 30);
      assertThat(s.asAt()).isBetween(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 11, 30));
      assertThat(s.evidence()).allSatisfy(e -> assertThat(e.provenance().date()).isBeforeOrEqualTo(s.asAt()));
    }));
  }

  @TestFactory
  Stream<DynamicTest> everyEvidenceSetMixesStatusesAndSources() {
    return Examples.ALL.stream().map(name -> DynamicTest.dynamicTest(name, () -> {
      Submission s = Examples.submission(name);
      assertThat(s.evidence().stream().map(e -> e.provenance().status()).distinct()).hasSizeGreaterThanOrEqualTo(3);
      assertThat(s.evidence().stream().map(e -> e.provenance().source()).distinct()).hasSizeGreaterThanOrEqualTo(2);
      assertThat(s.evidence()).filteredOn(e -> e.provenance().url() != null)
          .allSatisfy(e -> assertThat(e.provenance().url()).startsWith("https://"));
    }));
  }

  @Test
  void theIcbsLegacyEvidenceComesFromItsTwoCcgsAndIsDatedBeforeTheirMerger() {
    Submission icb = Examples.submission(Examples.ICB);
    // 08V and 07T merged into NHS North East London CCG (A3A8R) on 1 April 2021; A3A8R was
    // succeeded by the ICB on 1 July 2022.
    assertThat(icb.organisation().predecessors()).extracting(p -> p.code()).containsExactly("08V", "07T", "A3A8R");
    assertThat(icb.organisation().predecessors()).extracting(p -> p.until()).containsExactly(
        LocalDate.of(2021, 3, 31), LocalDate.of(2021, 3, 31), LocalDate.of(2022, 6, 30));
    var legacy = icb.evidence().stream().filter(e -> e.provenance().producedBy() != null).toList();
    assertThat(legacy).extracting(e -> e.provenance().producedBy()).contains("08V", "07T");
    // Both CCGs merged into NHS North East London CCG on 1 April 2021, so their own evidence
    // predates that, comfortably inside the 30 June 2022 limit the model enforces.
    assertThat(legacy).allSatisfy(e -> assertThat(e.provenance().date()).isBefore(LocalDate.of(2021, 4, 1)));
    assertThat(icb.evidence()).filteredOn(e -> e.provenance().producedBy() == null)
        .extracting(e -> e.provenance().date()).allSatisfy(d -> assertThat(d).isAfter(LocalDate.of(2022, 6, 30)));
  }

  @Test
  void theTowerHamletsBoardCarriesTheSeedPapersVisionAndIndicators() {
    Submission hwb = Examples.submission(Examples.HWB);
    assertThat(hwb.organisation().code()).isEqualTo("E09000030");
    Evidence strategy = hwb.evidence().stream().filter(e -> e.id().equals("communities-driving-change-strategy")).findFirst().orElseThrow();
    assertThat(strategy.provenance().title())
        .contains("Communities Driving Change")
        .contains("neighbourhood level community asset based approach is the basic building block of health and social care delivery");
    assertThat(strategy.measures()).extracting(m -> m.name()).anySatisfy(n -> assertThat(n).contains("attributable to community groups"))
        .anySatisfy(n -> assertThat(n).containsIgnoringCase("volunteer hours"))
        .anySatisfy(n -> assertThat(n).contains("satisfied"));
  }

  @Test
  void theReadmeNamesEveryEvidenceSet() throws IOException {
    String readme = Files.readString(Examples.EVIDENCE.resolve("README.md"), StandardCharsets.UTF_8);
    assertThat(Examples.ALL).allSatisfy(name -> assertThat(readme).contains(name));
    assertThat(Path.of("..", "docs", "examples.md")).exists();
  }
}
