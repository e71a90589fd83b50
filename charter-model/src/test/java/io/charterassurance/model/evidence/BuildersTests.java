package io.charterassurance.model.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Each builder sets each component by its name: what it builds equals the record made with the
 * canonical constructor from the same values (booleans differ from their neighbours, so a swap
 * would show). BuildInCodeTests in charter-examples checks the other builders against the reader.
 */
class BuildersTests {
  private static final Provenance PROVENANCE = new Provenance("Joint Forward Plan 2025-30", LocalDate.of(2025, 3, 31),
      EvidenceStatus.APPROVED, "ICB board", "ICB/25/14", null, true, EvidenceSource.ORGANISATION, "07T");
  private static final Measure MEASURE = new Measure("residents involved", "residents",
      new BigDecimal("10"), new BigDecimal("20"), new BigDecimal("15"));

  @Test
  @DisplayName("Provenance: every component by name")
  void provenance() {
    assertThat(Provenance.builder("Joint Forward Plan 2025-30", LocalDate.of(2025, 3, 31))
        .status(EvidenceStatus.APPROVED).approvedBy("ICB board").minuteReference("ICB/25/14").coProduced(true)
        .source(EvidenceSource.ORGANISATION).producedBy("07T").build())
        .isEqualTo(PROVENANCE);
  }

  @Test
  @DisplayName("A JSNA/JSNAA: every component by name")
  void needsAssetsAssessment() {
    AssetsProfile profile = new AssetsProfile(1, 2, 3, List.of("green space"), Map.of(AbcdCategory.ASSOCIATIONS, 4), List.of());
    assertThat(NeedsAssetsAssessment.builder("jsnaa", PROVENANCE).assessmentType(AssessmentType.JSNAA)
        .assetsProfile(profile).residentsInvolvedInMapping(true).measures(MEASURE).build())
        .isEqualTo(new NeedsAssetsAssessment("jsnaa", PROVENANCE, AssessmentType.JSNAA, profile, true, List.of(MEASURE)));
  }

  @Test
  @DisplayName("A constitution clause: every component by name")
  void constitutionClause() {
    assertThat(ConstitutionClause.builder("clause", PROVENANCE).document("ICB constitution").paragraph("4.2")
        .quotation("The Board will collect evidence of community development.")
        .requiresCommunityDevelopmentEvidence(true).namesAssetBasedMethods(false).build())
        .isEqualTo(new ConstitutionClause("clause", PROVENANCE, "ICB constitution", "4.2",
            "The Board will collect evidence of community development.", true, false, List.of()));
    assertThat(ConstitutionClause.builder("clause", PROVENANCE).namesAssetBasedMethods(true).build()
        .requiresCommunityDevelopmentEvidence()).isFalse();
  }

  @Test
  @DisplayName("A Quality Account section: every component by name")
  void qualityAccountSection() {
    assertThat(QualityAccountSection.builder("qa", PROVENANCE).reportingYear("2024/25").section("Part 3")
        .usesCommissionerEvidence(false).reportsOutcomes(true).changesMade("new outreach clinic", "longer appointments")
        .statementsFrom(StatementSource.HEALTHWATCH, StatementSource.COMMISSIONER).measures(List.of(MEASURE)).build())
        .isEqualTo(new QualityAccountSection("qa", PROVENANCE, "2024/25", "Part 3", false, true,
            List.of("new outreach clinic", "longer appointments"),
            Set.of(StatementSource.COMMISSIONER, StatementSource.HEALTHWATCH), List.of(MEASURE)));
  }

  @Test
  @DisplayName("A budget line and a workforce: every component by name")
  void budgetLineAndWorkforce() {
    assertThat(BudgetLine.builder("budget", PROVENANCE).purpose(BudgetPurpose.VOLUNTEERING).amountGbp(new BigDecimal("240000"))
        .financialYear("2026/27").recurrent(true).shareOfBudgetPercent(new BigDecimal("0.7")).build())
        .isEqualTo(new BudgetLine("budget", PROVENANCE, BudgetPurpose.VOLUNTEERING, new BigDecimal("240000"), "2026/27",
            true, new BigDecimal("0.7"), List.of()));
    WorkforceRole role = new WorkforceRole("Community development worker", new BigDecimal("2.5"), "AfC 6", true, false);
    assertThat(CommunityDevelopmentWorkforce.builder("workforce", PROVENANCE).roles(List.of(role)).staffTrained(40).build())
        .isEqualTo(new CommunityDevelopmentWorkforce("workforce", PROVENANCE, List.of(role), 40, List.of()));
  }

  @Test
  @DisplayName("Adding to a list twice keeps both, in order; a set keeps its declaration order")
  void collectionsAccumulate() {
    CommunityDevelopmentStrategy strategy = CommunityDevelopmentStrategy.builder("s", PROVENANCE)
        .partners(PartnerSector.VCSE).partners(PartnerSector.LOCAL_AUTHORITY)
        .measures(MEASURE).measures(List.of(MEASURE))
        .build();
    assertThat(strategy.partners()).containsExactly(PartnerSector.LOCAL_AUTHORITY, PartnerSector.VCSE);
    assertThat(strategy.measures()).containsExactly(MEASURE, MEASURE);
  }
}
