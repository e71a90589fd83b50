package io.charterassurance.examples;

import io.charterassurance.model.evidence.BudgetLine;
import io.charterassurance.model.evidence.BudgetPurpose;
import io.charterassurance.model.evidence.CommunityDevelopmentStrategy;
import io.charterassurance.model.evidence.CommunityDevelopmentWorkforce;
import io.charterassurance.model.evidence.EvidenceSource;
import io.charterassurance.model.evidence.EvidenceStatus;
import io.charterassurance.model.evidence.Measure;
import io.charterassurance.model.evidence.NeighbourhoodPartnership;
import io.charterassurance.model.evidence.PartnerSector;
import io.charterassurance.model.evidence.Provenance;
import io.charterassurance.model.evidence.StrategyApproach;
import io.charterassurance.model.evidence.WorkforceRole;
import io.charterassurance.model.organisation.Organisation;
import io.charterassurance.model.organisation.OrganisationKind;
import io.charterassurance.model.report.Report;
import io.charterassurance.model.submission.Submission;
import io.charterassurance.rules.Assessor;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Builds a submission in code, with the model's builders rather than a file, assesses it and
 * prints the band. The evidence is four items of the Tower Hamlets example
 * ({@code evidence/hwb-tower-hamlets.json}), so the program shows what part of a real evidence
 * set earns on its own.
 *
 * <pre>
 * BuildInCode
 * </pre>
 *
 * <p>Exit codes: 0 assessed, 1 the submission is invalid (its violations are printed), 2 usage.
 */
public final class BuildInCode {
  private BuildInCode() {}

  /** The submission the program assesses: four items of the Tower Hamlets evidence set. */
  public static Submission submission() {
    // tag::build-in-code[]
    Organisation towerHamlets = Organisation.builder("E09000030", "Tower Hamlets Health and Wellbeing Board",
            OrganisationKind.HEALTH_AND_WELLBEING_BOARD)
        .population(310_300)
        .wards(20)
        .build();

    CommunityDevelopmentStrategy strategy = CommunityDevelopmentStrategy.builder("communities-driving-change-strategy",
            Provenance.builder("Communities Driving Change: community development strategy 2025-2028",
                    LocalDate.of(2025, 10, 14))
                .status(EvidenceStatus.PUBLISHED)
                .approvedBy("Tower Hamlets Health and Wellbeing Board")
                .minuteReference("HWB/25/031")
                .url("https://www.towerhamlets.gov.uk/lgnl/health__social_care/health_and_wellbeing_board/communities_driving_change.aspx")
                .coProduced(true)
                .source(EvidenceSource.ORGANISATION)
                .build())
        .approach(StrategyApproach.COMMUNITY_DEVELOPMENT)
        .partners(PartnerSector.LOCAL_AUTHORITY, PartnerSector.POLICE, PartnerSector.VCSE, PartnerSector.NHS,
            PartnerSector.HOUSING, PartnerSector.HEALTHWATCH, PartnerSector.RESIDENTS, PartnerSector.FAITH)
        .actionPlan(true)
        .owner("Communities Driving Change sub-committee of the Health and Wellbeing Board (resident co-chair)")
        .reviewBy(LocalDate.of(2028, 3, 31))
        .measures(new Measure("Volunteer hours given through Tower Hamlets volunteering schemes", "hours a year",
            new BigDecimal("182000"), new BigDecimal("220000"), new BigDecimal("201500")))
        .build();

    BudgetLine budget = BudgetLine.builder("cdc-programme-budget-2627",
            Provenance.builder("Communities Driving Change programme budget 2026/27", LocalDate.of(2026, 3, 3))
                .status(EvidenceStatus.APPROVED)
                .approvedBy("Tower Hamlets Council Cabinet")
                .minuteReference("CAB/26/038")
                .source(EvidenceSource.ORGANISATION)
                .build())
        .purpose(BudgetPurpose.COMMUNITY_DEVELOPMENT)
        .amountGbp(new BigDecimal("850000"))
        .financialYear("2026/27")
        .recurrent(true)
        .shareOfBudgetPercent(new BigDecimal("2.3"))
        .build();

    NeighbourhoodPartnership partnership = NeighbourhoodPartnership.builder("aberfeldy-big-local",
            Provenance.builder("Aberfeldy Big Local partnership: annual review 2025/26", LocalDate.of(2026, 4, 16))
                .status(EvidenceStatus.NOTED)
                .approvedBy("Communities Driving Change sub-committee of the Tower Hamlets Health and Wellbeing Board")
                .minuteReference("CDC/26/002")
                .source(EvidenceSource.COMMUNITY)
                .build())
        .neighbourhood("Aberfeldy Estate")
        .members(16)
        .residentMembers(11)
        .residentCoChair(true)
        .meetingsPerYear(10)
        .providersAttending(3)
        .electedMembersAttending(1)
        .build();

    CommunityDevelopmentWorkforce workforce = CommunityDevelopmentWorkforce.builder("cdc-workforce",
            Provenance.builder("Communities Driving Change team and action learning programme 2025/26",
                    LocalDate.of(2026, 2, 10))
                .status(EvidenceStatus.APPROVED)
                .approvedBy("Communities Driving Change sub-committee of the Tower Hamlets Health and Wellbeing Board")
                .minuteReference("CDC/26/003")
                .source(EvidenceSource.ORGANISATION)
                .build())
        .roles(new WorkforceRole("Community development lead (senior practitioner)", new BigDecimal("1.0"), "PO6", true, true),
            new WorkforceRole("Neighbourhood community development worker", new BigDecimal("4.0"), "SO2", true, false))
        .staffTrained(310)
        .build();

    return Submission.builder()
        .organisation(towerHamlets)
        .asAt(LocalDate.of(2026, 6, 30))
        .period(LocalDate.of(2025, 4, 1), LocalDate.of(2026, 3, 31))
        .evidence(strategy, budget, partnership, workforce)
        .build();
    // end::build-in-code[]
  }

  /**
   * Runs the program: assesses {@link #submission()} and prints the band to {@code out}, or the
   * violations to {@code err}.
   *
   * @return the exit code: 0 assessed, 1 invalid, 2 usage error
   */
  public static int run(List<String> args, PrintStream out, PrintStream err) {
    if (!args.isEmpty()) {
      err.println("usage: BuildInCode (no arguments)");
      return 2;
    }
    // tag::assess-built[]
    Report report = Assessor.standard().assess(submission());
    if (!report.isAssessed()) {
      report.violations().forEach(v -> err.println(v.path() + ": " + v.message()));
      return 1;
    }
    // end::assess-built[]
    out.print(AssessOne.describe(report));
    return 0;
  }

  /** Command-line entry point; see the class comment. */
  public static void main(String[] args) {
    int code = run(List.of(args), System.out, System.err);
    System.out.flush();
    System.exit(code);
  }
}
