package io.charterassurance.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.charterassurance.model.evidence.Evidence;
import io.charterassurance.model.evidence.NeighbourhoodPartnership;
import io.charterassurance.model.io.CharterJson;
import io.charterassurance.model.report.Finding;
import io.charterassurance.model.report.Report;
import io.charterassurance.model.submission.Submission;
import io.charterassurance.rules.catalogue.ScoringPolicy;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Properties that hold for every submission, checked over seeded random variations of the
 * scenario fixtures (each case names its fixture and seed so a failure can be replayed).
 */
class PropertyTests {
  private static final Assessor ASSESSOR = Assessor.standard();
  private static final List<String> FIXTURES = List.of(
      "icb-strong.json", "icb-weak.json", "icb-legacy-ccg.json", "icb-waived.json", "hwb-strong.json",
      "hwb-needs-only-jsna.json", "hwb-stale.json", "trust-draft-only.json", "trust-strong.json", "trust-weak.json", "la-strong.json", "national-strong.json");
  private static final int SEEDS_PER_FIXTURE = 12;

  static Stream<Arguments> cases() {
    return casesWhere(s -> true);
  }

  /** Fixtures with a draft that is not an edition of a series. */
  static Stream<Arguments> casesWithADraft() {
    return casesWhere(s -> s.evidence().stream().anyMatch(e ->
        e.provenance().status() == io.charterassurance.model.evidence.EvidenceStatus.DRAFT && !editionOfASeries(e, s.evidence())));
  }

  /** Fixtures with a neighbourhood partnership. */
  static Stream<Arguments> casesWithAPartnership() {
    return casesWhere(s -> s.evidence().stream().anyMatch(NeighbourhoodPartnership.class::isInstance));
  }

  private static Stream<Arguments> casesWhere(java.util.function.Predicate<Submission> fits) {
    return FIXTURES.stream().filter(f -> fits.test(Scenarios.load(f)))
        .flatMap(f -> IntStream.range(0, SEEDS_PER_FIXTURE).mapToObj(seed -> Arguments.of(f, seed)));
  }

  @ParameterizedTest(name = "{0} seed {1}")
  @MethodSource("cases")
  void addingAnEvidenceItemNeverLowersAnyScore(String fixture, int seed) {
    Random random = new Random(seed);
    Submission full = Scenarios.load(fixture);
    List<Evidence> items = new ArrayList<>(full.evidence());
    Collections.shuffle(items, random);
    int keep = random.nextInt(items.size());
    Submission before = withEvidence(full, items.subList(0, keep));
    Submission after = withEvidence(full, items.subList(0, keep + 1));
    // A newer edition of a document supersedes the older one, which may have been stronger: that
    // is current evidence first, not a loss of evidence.
    assumeFalse(editionOfASeries(items.get(keep), items.subList(0, keep)), "the added item is an edition of a series");
    // A subset can hold an evaluation without the intervention it names, which is refused.
    assumeTrue(ASSESSOR.validate(before).isEmpty() && ASSESSOR.validate(after).isEmpty(), "both subsets are valid");

    Report lower = assessValid(before);
    Report higher = assessValid(after);
    assertNoScoreFell(lower, higher, "adding " + items.get(keep).id());
  }

  @ParameterizedTest(name = "{0} seed {1}")
  @MethodSource("cases")
  void makingEvidenceOlderNeverRaisesAnyScore(String fixture, int seed) {
    Random random = new Random(seed);
    Submission original = Scenarios.load(fixture);
    // Ageing can change which edition of a series is the newest in force; that is judged by the
    // edition properties, not this one.
    assumeFalse(original.evidence().stream().anyMatch(e -> editionOfASeries(e, original.evidence())),
        "the fixture holds several editions of a series");
    // Items dated by the year they report on (a Quality Account, an annual report) age by their
    // year, not their date; they are left out here.
    List<String> ids = original.evidence().stream()
        .filter(e -> !Set.of("quality-account-section", "involvement-statement").contains(e.kindName()))
        .map(Evidence::id).toList();
    List<String> older = ids.stream().filter(id -> random.nextBoolean()).toList();
    int months = 1 + random.nextInt(60);
    Submission aged = transform(original, node -> {
      for (JsonNode item : node.get("evidence")) {
        if (older.contains(item.get("id").asText())) {
          ObjectNode provenance = (ObjectNode) item.get("provenance");
          provenance.put("date", LocalDate.parse(provenance.get("date").asText()).minusMonths(months).toString());
          if (item.hasNonNull("lastUpdated")) {
            ((ObjectNode) item).put("lastUpdated", LocalDate.parse(item.get("lastUpdated").asText()).minusMonths(months).toString());
          }
        }
      }
    });
    assertNoScoreFell(assessValid(aged), assessValid(original), "ageing " + older + " by " + months + " months");
  }

  @ParameterizedTest(name = "{0} seed {1}")
  @MethodSource("cases")
  void reorderingEvidenceLeavesTheReportByteForByteTheSameButForTheDigestOfTheDocument(String fixture, int seed)
      throws Exception {
    Submission original = Scenarios.load(fixture);
    List<Evidence> shuffled = new ArrayList<>(original.evidence());
    Collections.shuffle(shuffled, new Random(seed));
    Report before = assessValid(original);
    Report after = assessValid(withEvidence(original, shuffled));
    // The digest is of the document as written (RFC 8785 keeps the order of a list), so a
    // reordered document has its own; everything the rules decided is the same, byte for byte.
    String digest = after.provenance().submissionDigest();
    byte[] expected = CharterJson.json().writeValueAsBytes(before);
    byte[] actual = CharterJson.json().writeValueAsBytes(after);
    assertThat(new String(actual, java.nio.charset.StandardCharsets.UTF_8).replace(digest, before.provenance().submissionDigest()))
        .isEqualTo(new String(expected, java.nio.charset.StandardCharsets.UTF_8));
  }

  @ParameterizedTest(name = "{0} seed {1}")
  @MethodSource("cases")
  void duplicatingAnItemUnderANewIdChangesNoStatusScoreOrBand(String fixture, int seed) {
    Random random = new Random(seed);
    Submission original = Scenarios.load(fixture);
    String copied = original.evidence().get(random.nextInt(original.evidence().size())).id();
    Submission duplicated = transform(original, node -> {
      for (JsonNode item : node.get("evidence")) {
        if (item.get("id").asText().equals(copied)) {
          ObjectNode copy = item.deepCopy();
          copy.put("id", "zz-copy-of-" + copied);
          ((com.fasterxml.jackson.databind.node.ArrayNode) node.get("evidence")).add(copy);
          return;
        }
      }
    });
    Report before = assessValid(original);
    Report after = assessValid(duplicated);
    assertThat(after.overall()).isEqualTo(before.overall());
    assertThat(after.band()).isEqualTo(before.band());
    assertThat(after.principles()).isEqualTo(before.principles());
    assertThat(after.calls()).isEqualTo(before.calls());
    assertThat(scores(after)).isEqualTo(scores(before));
    assertThat(statuses(after)).isEqualTo(statuses(before));
  }

  @ParameterizedTest(name = "{0} seed {1}")
  @MethodSource("casesWithADraft")
  void approvingADraftNeverLowersAnyScore(String fixture, int seed) {
    Submission original = Scenarios.load(fixture);
    List<Evidence> drafts = original.evidence().stream()
        .filter(e -> e.provenance().status() == io.charterassurance.model.evidence.EvidenceStatus.DRAFT)
        // Approving a draft that is a newer edition makes it the edition in force: judged by the
        // edition property below.
        .filter(e -> !editionOfASeries(e, original.evidence()))
        .toList();
    String approved = drafts.get(new Random(seed).nextInt(drafts.size())).id();
    Submission after = transform(original, node -> {
      for (JsonNode item : node.get("evidence")) {
        if (item.get("id").asText().equals(approved)) {
          ObjectNode provenance = (ObjectNode) item.get("provenance");
          provenance.put("status", "approved");
          provenance.put("approvedBy", "the board");
          provenance.put("minuteReference", "B/26/" + seed);
        }
      }
    });
    assertNoScoreFell(assessValid(original), assessValid(after), "approving " + approved);
  }

  @ParameterizedTest(name = "{0} seed {1}")
  @MethodSource("cases")
  void aNewerEditionNeverLowersConfidenceBelowTheOlderOne(String fixture, int seed) {
    Random random = new Random(seed);
    Submission original = Scenarios.load(fixture);
    Set<String> standalone = Set.of("devolved-decision", "evaluation", "engagement-exercise", "healthwatch-report",
        "quality-account-section", "involvement-statement", "budget-line", "asset-map", "board-decision");
    List<Evidence> candidates = original.evidence().stream()
        .filter(e -> !standalone.contains(e.kindName()))
        .filter(e -> e.provenance().status() != io.charterassurance.model.evidence.EvidenceStatus.DRAFT)
        .filter(e -> e.provenance().date().isBefore(original.asAt()))
        .toList();
    assumeFalse(candidates.isEmpty(), "no item to issue a new edition of");
    Evidence older = candidates.get(random.nextInt(candidates.size()));
    LocalDate newer = older.provenance().date().plusDays(1 + random.nextInt(
        (int) java.time.temporal.ChronoUnit.DAYS.between(older.provenance().date(), original.asAt())));
    Submission after = transform(original, node -> {
      for (JsonNode item : node.get("evidence")) {
        if (item.get("id").asText().equals(older.id())) {
          ObjectNode copy = item.deepCopy();
          copy.put("id", "zz-newer-" + older.id());
          ObjectNode provenance = (ObjectNode) copy.get("provenance");
          provenance.put("date", newer.toString());
          provenance.remove("producedBy");
          if (copy.has("reviewBy") && !copy.get("reviewBy").isNull()
              && LocalDate.parse(copy.get("reviewBy").asText()).isBefore(newer)) {
            copy.put("reviewBy", newer.plusYears(3).toString());
          }
          ((com.fasterxml.jackson.databind.node.ArrayNode) node.get("evidence")).add(copy);
          return;
        }
      }
    });
    Report before = assessValid(original);
    Report later = assessValid(after);
    for (Finding f : before.findings()) {
      if (f.evidence().contains(older.id()) && f.confidence() != null) {
        Finding g = later.findings().stream().filter(x -> x.criterion().equals(f.criterion())).findFirst().orElseThrow();
        assertThat(g.confidence()).as("%s after a newer edition of %s dated %s", f.criterion(), older.id(), newer)
            .isNotNull();
        assertThat(g.confidence().ordinal()).as("%s after a newer edition of %s dated %s", f.criterion(), older.id(), newer)
            .isLessThanOrEqualTo(f.confidence().ordinal());
      }
    }
  }

  @ParameterizedTest(name = "{0} seed {1}")
  @MethodSource("casesWithAPartnership")
  void raisingTheResidentShareNeverLowersAPartnershipsVerdict(String fixture, int seed) {
    Random random = new Random(seed);
    Submission original = Scenarios.load(fixture);
    List<NeighbourhoodPartnership> partnerships = original.evidence().stream()
        .filter(NeighbourhoodPartnership.class::isInstance).map(NeighbourhoodPartnership.class::cast).toList();
    int members = 10 + random.nextInt(30);
    int residents = random.nextInt(members);
    int more = residents + 1 + random.nextInt(members - residents);
    String id = partnerships.get(0).id();
    Report fewer = assessValid(withResidents(original, id, members, residents));
    Report higher = assessValid(withResidents(original, id, members, more));
    Finding low = fewer.findings().stream().filter(f -> f.criterion().equals("A4-NEIGHBOURHOOD-PARTNERSHIP")).findFirst().orElseThrow();
    Finding high = higher.findings().stream().filter(f -> f.criterion().equals("A4-NEIGHBOURHOOD-PARTNERSHIP")).findFirst().orElseThrow();
    if (low.score() != null) {
      assertThat(high.score()).as("%d then %d residents of %d", residents, more, members).isGreaterThanOrEqualTo(low.score());
      assertThat(high.status().ordinal()).as("%d then %d residents of %d", residents, more, members)
          .isLessThanOrEqualTo(low.status().ordinal());
    }
    assertThat(higher.principles().get(1).score()).as("P2 (power)").isGreaterThanOrEqualTo(fewer.principles().get(1).score());
  }

  private static Submission withResidents(Submission s, String id, int members, int residents) {
    return transform(s, node -> {
      for (JsonNode item : node.get("evidence")) {
        if (item.get("id").asText().equals(id)) {
          ((ObjectNode) item).put("members", members).put("residentMembers", residents);
        }
      }
    });
  }

  private static void assertNoScoreFell(Report lower, Report higher, String change) {
    Map<String, BigDecimal> low = scores(lower);
    Map<String, BigDecimal> high = scores(higher);
    low.forEach((criterion, score) ->
        assertThat(high.get(criterion)).as("%s after %s", criterion, change).isGreaterThanOrEqualTo(score));
    if (lower.overall() != null) {
      assertThat(higher.overall()).as("overall after %s", change).isGreaterThanOrEqualTo(lower.overall());
    }
    for (int i = 0; i < lower.principles().size(); i++) {
      BigDecimal l = lower.principles().get(i).score();
      // Principles judged through lenses (P2 power and reach, P3 outcomes, P4 co-production) may
      // fall when an item adds a minority partnership or a measure moving the wrong way: by design.
      if (l != null && lower.principles().get(i).basis().isEmpty()) {
        assertThat(higher.principles().get(i).score()).as("%s after %s", lower.principles().get(i).id(), change)
            .isGreaterThanOrEqualTo(l);
      }
    }
    assertThat(rank(higher)).as("band after %s", change).isLessThanOrEqualTo(rank(lower));
  }

  /** Whether another item of the same series kind is present (so the item may supersede it or be superseded). */
  private static boolean editionOfASeries(Evidence item, List<Evidence> others) {
    Set<String> standalone = Set.of("devolved-decision", "evaluation", "engagement-exercise", "healthwatch-report");
    return !standalone.contains(item.kindName())
        && others.stream().anyMatch(o -> o != item && o.kindName().equals(item.kindName()));
  }

  private static int rank(Report report) {
    List<String> order = ASSESSOR.policy().bands().stream()
        .sorted((a, b) -> b.minimum().compareTo(a.minimum())).map(ScoringPolicy.Band::id).toList();
    return order.indexOf(report.band().id());
  }

  private static Map<String, BigDecimal> scores(Report report) {
    return report.findings().stream().filter(f -> f.score() != null)
        .collect(Collectors.toMap(Finding::criterion, Finding::score));
  }

  private static Map<String, ?> statuses(Report report) {
    return report.findings().stream().collect(Collectors.toMap(Finding::criterion, Finding::status));
  }

  private static Report assessValid(Submission submission) {
    Report report = ASSESSOR.assess(submission);
    assertThat(report.violations()).isEmpty();
    return report;
  }

  private static Submission withEvidence(Submission s, List<Evidence> evidence) {
    return new Submission(s.organisation(), s.asAt(), s.period(), evidence, s.waivers());
  }

  private static Submission transform(Submission s, java.util.function.Consumer<ObjectNode> change) {
    Function<Submission, ObjectNode> toTree = x -> CharterJson.json().valueToTree(x);
    ObjectNode tree = toTree.apply(s);
    change.accept(tree);
    try {
      return CharterJson.json().treeToValue(tree, Submission.class);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
