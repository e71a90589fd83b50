package io.charterassurance.model.evidence;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.util.List;

/**
 * One item of evidence in a submission. The JSON property {@code kind} names the record type;
 * {@link #kindName()} gives it back.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "kind")
@JsonSubTypes({
  @JsonSubTypes.Type(value = CommunityDevelopmentStrategy.class, name = CommunityDevelopmentStrategy.KIND),
  @JsonSubTypes.Type(value = NeedsAssetsAssessment.class, name = NeedsAssetsAssessment.KIND),
  @JsonSubTypes.Type(value = AssetMap.class, name = AssetMap.KIND),
  @JsonSubTypes.Type(value = ConstitutionClause.class, name = ConstitutionClause.KIND),
  @JsonSubTypes.Type(value = QualityAccountSection.class, name = QualityAccountSection.KIND),
  @JsonSubTypes.Type(value = BoardDecision.class, name = BoardDecision.KIND),
  @JsonSubTypes.Type(value = BudgetLine.class, name = BudgetLine.KIND),
  @JsonSubTypes.Type(value = SocialValuePolicy.class, name = SocialValuePolicy.KIND),
  @JsonSubTypes.Type(value = DevolvedDecision.class, name = DevolvedDecision.KIND),
  @JsonSubTypes.Type(value = NeighbourhoodPartnership.class, name = NeighbourhoodPartnership.KIND),
  @JsonSubTypes.Type(value = CommunityDevelopmentWorkforce.class, name = CommunityDevelopmentWorkforce.KIND),
  @JsonSubTypes.Type(value = Volunteering.class, name = Volunteering.KIND),
  @JsonSubTypes.Type(value = Timebank.class, name = Timebank.KIND),
  @JsonSubTypes.Type(value = PublicEvents.class, name = PublicEvents.KIND),
  @JsonSubTypes.Type(value = Evaluation.class, name = Evaluation.KIND),
  @JsonSubTypes.Type(value = EngagementExercise.class, name = EngagementExercise.KIND),
  @JsonSubTypes.Type(value = ChampionsProgramme.class, name = ChampionsProgramme.KIND),
  @JsonSubTypes.Type(value = SelfCareProgramme.class, name = SelfCareProgramme.KIND),
  @JsonSubTypes.Type(value = IntegrationPlan.class, name = IntegrationPlan.KIND),
  @JsonSubTypes.Type(value = IncentiveScheme.class, name = IncentiveScheme.KIND),
  @JsonSubTypes.Type(value = AssuranceReport.class, name = AssuranceReport.KIND),
  @JsonSubTypes.Type(value = NationalProgramme.class, name = NationalProgramme.KIND),
  @JsonSubTypes.Type(value = HealthwatchReport.class, name = HealthwatchReport.KIND),
  @JsonSubTypes.Type(value = VcfseAllianceAgreement.class, name = VcfseAllianceAgreement.KIND),
  @JsonSubTypes.Type(value = InvolvementStatement.class, name = InvolvementStatement.KIND)
})
public sealed interface Evidence
    permits CommunityDevelopmentStrategy,
        NeedsAssetsAssessment,
        AssetMap,
        ConstitutionClause,
        QualityAccountSection,
        BoardDecision,
        BudgetLine,
        SocialValuePolicy,
        DevolvedDecision,
        NeighbourhoodPartnership,
        CommunityDevelopmentWorkforce,
        Volunteering,
        Timebank,
        PublicEvents,
        Evaluation,
        EngagementExercise,
        ChampionsProgramme,
        SelfCareProgramme,
        IntegrationPlan,
        IncentiveScheme,
        AssuranceReport,
        NationalProgramme,
        HealthwatchReport,
        VcfseAllianceAgreement,
        InvolvementStatement {

  /** The item's id, unique within its submission. */
  String id();

  /** Where the item comes from. */
  Provenance provenance();

  /** Outcome and output measures reported with the item (may be empty). */
  List<Measure> measures();

  /** The JSON name of this item's kind, e.g. {@code community-development-strategy}. */
  String kindName();
}
