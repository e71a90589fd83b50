package io.charterassurance.rules.internal;

import io.charterassurance.model.evidence.BudgetLine;
import io.charterassurance.model.evidence.BudgetPurpose;
import io.charterassurance.model.evidence.ChampionsProgramme;
import io.charterassurance.model.evidence.CommunityDevelopmentWorkforce;
import io.charterassurance.model.evidence.DevolutionMechanism;
import io.charterassurance.model.evidence.DevolvedDecision;
import io.charterassurance.model.evidence.Evidence;
import io.charterassurance.model.evidence.NeighbourhoodPartnership;
import io.charterassurance.model.evidence.PartnerSector;
import io.charterassurance.model.evidence.PublicEvents;
import io.charterassurance.model.evidence.SelfCareProgramme;
import io.charterassurance.model.evidence.Timebank;
import io.charterassurance.model.evidence.VcfseAllianceAgreement;
import io.charterassurance.model.evidence.Volunteering;
import io.charterassurance.model.organisation.OrganisationKind;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** The parts of requirements the rule files check, written once so that findings name them alike. */
public final class Requirements {
  private Requirements() {}

  /**
   * The partners call N1 names, one by one: the police, the community sector, and the local
   * authority (for a Health and Wellbeing Board, itself a committee of the authority, the NHS).
   */
  static Set<PartnerSector> strategyPartners(OrganisationKind kind) {
    return kind == OrganisationKind.HEALTH_AND_WELLBEING_BOARD
        ? EnumSet.of(PartnerSector.POLICE, PartnerSector.VCSE, PartnerSector.NHS)
        : EnumSet.of(PartnerSector.LOCAL_AUTHORITY, PartnerSector.POLICE, PartnerSector.VCSE);
  }

  /** The partners the strategy does not name, as a missing part each. */
  public static List<String> missingPartners(Set<PartnerSector> named, OrganisationKind kind) {
    List<String> out = new ArrayList<>();
    for (PartnerSector p : strategyPartners(kind)) {
      if (!named.contains(p)) {
        out.add(switch (p) {
          case POLICE -> "the police named as a partner (the Charter asks the strategy to link with police engagement)";
          case VCSE -> "community sector (VCSE) organisations named as partners";
          case LOCAL_AUTHORITY -> "the local authority named as a partner";
          case NHS -> "the NHS named as a partner (a Board's strategy links the council's engagement with the NHS's)";
          default -> Gaps.words(p) + " named as a partner";
        });
      }
    }
    return out;
  }

  /** Whether an evidence item is a community development intervention an evaluation can concern. */
  public static boolean isCommunityDevelopment(@Nullable Evidence item) {
    if (item instanceof BudgetLine b) {
      return isCommunityDevelopmentPurpose(b.purpose());
    }
    return item instanceof ChampionsProgramme || item instanceof DevolvedDecision
        || item instanceof NeighbourhoodPartnership || item instanceof CommunityDevelopmentWorkforce
        || item instanceof SelfCareProgramme || item instanceof Timebank || item instanceof Volunteering
        || item instanceof PublicEvents || item instanceof VcfseAllianceAgreement;
  }

  /** Whether a budget purpose is community development in the Charter's sense (call N3). */
  public static boolean isCommunityDevelopmentPurpose(BudgetPurpose purpose) {
    return purpose == BudgetPurpose.COMMUNITY_DEVELOPMENT || purpose == BudgetPurpose.VCSE_INFRASTRUCTURE
        || purpose == BudgetPurpose.VOLUNTEERING || purpose == BudgetPurpose.PARTICIPATORY_BUDGET;
  }

  /** Pounds per resident, to the penny; zero when the population is unknown. */
  public static BigDecimal perHead(BigDecimal amount, int population) {
    return population <= 0 ? BigDecimal.ZERO : amount.divide(BigDecimal.valueOf(population), 2, RoundingMode.HALF_UP);
  }

  /**
   * What a commissioned community development budget lacks against call N10: recurrent money, and
   * at least {@code perHead} a year per resident of the population served.
   */
  public static List<String> commissioningGaps(BudgetLine line, int population, BigDecimal perHead) {
    List<String> missing = new ArrayList<>();
    if (!line.recurrent()) {
      missing.add("recurrent commissioning rather than a one-off grant");
    }
    BigDecimal head = perHead(line.amountGbp(), population);
    if (population <= 0) {
      missing.add("the population served (organisation.population), so that the amount per resident can be judged");
    } else if (head.compareTo(perHead) < 0) {
      missing.add("at least " + Words.pounds(perHead) + " per resident a year (it is " + Words.pounds(head) + ")");
    }
    return missing;
  }

  /** The sum of some amounts (null counts as zero). */
  public static BigDecimal total(List<?> amounts) {
    BigDecimal sum = BigDecimal.ZERO;
    for (Object a : amounts) {
      if (a instanceof BigDecimal b) {
        sum = sum.add(b);
      }
    }
    return sum;
  }

  /**
   * How many distinct wards an assets profile counts assets in: a ward is known by its ONS code
   * where given, else by its name, so a ward listed twice counts once.
   */
  public static long mappedWards(io.charterassurance.model.evidence.AssetsProfile profile) {
    return profile.wards().stream()
        .filter(w -> w.assets() > 0)
        .map(w -> w.wardCode() != null ? w.wardCode() : w.wardName().strip().toLowerCase(java.util.Locale.ROOT))
        .distinct()
        .count();
  }

  /** Whether a mechanism moves money, so that the share of a budget decided applies to it. */
  public static boolean movesMoney(DevolutionMechanism mechanism) {
    return mechanism != DevolutionMechanism.RESIDENT_MONITORING;
  }

  /** The least number of residents who must decide, by mechanism: voters for a participatory budget, members for a panel. */
  public static int minimumDeciders(DevolutionMechanism mechanism, BigDecimal voters, BigDecimal panel) {
    return mechanism == DevolutionMechanism.PARTICIPATORY_BUDGETING ? voters.intValue() : panel.intValue();
  }
}
