package io.charterassurance.rules.catalogue;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.charterassurance.model.organisation.OrganisationKind;
import io.charterassurance.model.report.Confidence;
import io.charterassurance.model.submission.AssurerKind;
import io.charterassurance.model.report.CriterionStatus;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Every number the assessment uses, each threshold on substance with its basis: requirement
 * points, confidence factors, freshness windows by kind, waiver rules, rule parameters, weight
 * overrides, bands, limiters and how principles are judged. Load one from YAML with
 * {@link #load(Path)} or {@link io.charterassurance.rules.Assessor.Builder#scoringPolicy(Path)}; the
 * standard one is bundled ({@link #standard()}).
 *
 * @param id the policy id, printed in every report
 * @param title a human title
 * @param requirement the points each requirement status earns
 * @param confidence the factor each evidence confidence multiplies those points by
 * @param freshness how each kind's currency is judged
 * @param waivers what a waiver must be to take effect
 * @param parameters named thresholds the rules read, each with its basis
 * @param weights weight overrides by criterion id
 * @param bands readiness bands, highest first
 * @param limiters caps on the band when a mandatory criterion falls short
 * @param principles for each principle judged on its own meaning, the weight of the criteria
 *     serving it ({@code criteria}) and of each lens ({@code power}, {@code reach},
 *     {@code outcomes}, {@code coProduction}); the weights sum to 1
 */
public record ScoringPolicy(
    @NotBlank String id,
    @NotBlank String title,
    @NotNull @Valid Requirement requirement,
    @NotNull @Valid ConfidenceFactors confidence,
    @NotNull @Valid Freshness freshness,
    @NotNull @Valid WaiverRules waivers,
    Map<@NotBlank String, @Valid @NotNull Parameter> parameters,
    Map<@NotBlank String, @NotNull @DecimalMin("0") BigDecimal> weights,
    @NotEmpty List<@Valid @NotNull Band> bands,
    List<@Valid @NotNull Limiter> limiters,
    Map<@NotBlank String, @NotNull Map<@NotBlank String, @NotNull @DecimalMin("0") @DecimalMax("1") BigDecimal>> principles) {

  public ScoringPolicy {
    parameters = parameters == null ? Map.of() : Map.copyOf(parameters);
    weights = weights == null ? Map.of() : Map.copyOf(weights);
    bands = bands == null ? List.of() : List.copyOf(bands);
    limiters = limiters == null ? List.of() : List.copyOf(limiters);
    principles = principles == null ? Map.of() : Map.copyOf(principles);
  }

  /** The standard scoring policy bundled with the library, read afresh. */
  public static ScoringPolicy standard() {
    return Reading.standardPolicy();
  }

  /**
   * Reads and checks a scoring policy file (YAML, or JSON by extension).
   *
   * @throws RuleSetException naming the file, JSON path and problem
   */
  public static ScoringPolicy load(Path file) {
    Objects.requireNonNull(file, "file");
    return Reading.policy(file);
  }

  /**
   * Reads and checks a scoring policy (YAML, or JSON by extension) from the class path of {@code
   * loader}.
   *
   * @throws RuleSetException naming the resource, JSON path and problem
   */
  public static ScoringPolicy load(ClassLoader loader, String resource) {
    Objects.requireNonNull(loader, "loader");
    Objects.requireNonNull(resource, "resource");
    return Reading.policyResource(loader, resource);
  }

  /**
   * Checks this policy as loading one checks it: its constraints, and values that cannot work
   * together (points or factors that rise as the status or confidence falls, lens weights that do
   * not sum to 1, bands that leave a score without a band, limiters capping at a band that does
   * not exist, ...). Loading a policy checks it; a policy built in code is checked when an
   * assessor is built with it.
   *
   * @throws RuleSetException listing every problem, with its JSON path
   */
  public void check() {
    Reading.check("scoring policy " + id, this);
  }

  /**
   * SHA-256 (lower-case hex) over this policy written as JSON by the model's shared mapper, as
   * every report records it ({@code provenance.scoringPolicyHash}): two reports were scored
   * under the same policy exactly when they record the same hash.
   */
  public String hash() {
    return Reading.policyHash(this);
  }

  /**
   * Points (0 to 100) a criterion earns for its requirement status, before confidence.
   *
   * @param met points for met
   * @param partiallyMet points for partially met
   * @param notMet points for not met (not assessed earns 0)
   */
  public record Requirement(
      @NotNull @DecimalMin("0") @DecimalMax("100") BigDecimal met,
      @NotNull @DecimalMin("0") @DecimalMax("100") BigDecimal partiallyMet,
      @NotNull @DecimalMin("0") @DecimalMax("100") BigDecimal notMet) {}

  /**
   * The factor (0 to 1) each evidence confidence multiplies a criterion's points by.
   *
   * @param high the factor for high confidence
   * @param medium the factor for medium confidence
   * @param low the factor for low confidence
   */
  public record ConfidenceFactors(
      @NotNull @DecimalMin("0") @DecimalMax("1") BigDecimal high,
      @NotNull @DecimalMin("0") @DecimalMax("1") BigDecimal medium,
      @NotNull @DecimalMin("0") @DecimalMax("1") BigDecimal low) {

    /** The factor for a confidence. */
    public BigDecimal factor(Confidence confidence) {
      return switch (confidence) {
        case HIGH -> high;
        case MEDIUM -> medium;
        case LOW -> low;
      };
    }
  }

  /**
   * Freshness windows: each kind of evidence is judged against its real cycle.
   *
   * @param standard the window for every kind not listed in {@code byKind}
   * @param byKind windows by evidence kind
   */
  public record Freshness(
      @JsonProperty("default") @NotNull @Valid Window standard,
      Map<@NotBlank String, @Valid @NotNull Window> byKind) {
    public Freshness {
      byKind = byKind == null ? Map.of() : Map.copyOf(byKind);
    }

    /** The window for an evidence kind. */
    public Window windowFor(String kind) {
      return byKind.getOrDefault(kind, standard);
    }
  }

  /**
   * How an item's currency is judged. With cycle {@code age}, an item is current up to
   * {@code currentMonths} old, due for refresh up to {@code staleAfterMonths}, and stale after
   * that. With {@code review-date}, an item with a review date is current until that date (then
   * due for {@code staleAfterMonths - currentMonths} months); without one, by age. With
   * {@code reporting-year}, the report for the latest reporting year whose publication was due
   * by the as-at date (due {@code currentMonths} months after the year ends) is current, the one
   * before is due, older ones stale. With {@code financial-year}, the as-at date's financial year
   * (or a later one) is current, the year before is due, older ones stale.
   *
   * @param cycle how currency is judged
   * @param currentMonths months an item stays current (for reporting-year: months after the year
   *     ends by which the report is due)
   * @param staleAfterMonths months after which an item is stale
   * @param basis where the cycle comes from: a source, or our stated reasoning
   */
  public record Window(
      @NotNull Cycle cycle,
      @Positive int currentMonths,
      @Positive int staleAfterMonths,
      @NotBlank String basis) {}

  /** How an evidence kind's currency is judged. */
  public enum Cycle {
    /** By months since the item's date. */
    @JsonProperty("age")
    AGE,
    /** Until the review date the item gives, else by age. */
    @JsonProperty("review-date")
    REVIEW_DATE,
    /** By the reporting year the item covers and when its report was due. */
    @JsonProperty("reporting-year")
    REPORTING_YEAR,
    /** By the financial year the item covers. */
    @JsonProperty("financial-year")
    FINANCIAL_YEAR
  }

  /**
   * What a waiver must be to take effect.
   *
   * @param maximumMonths the longest a waiver may run, from approval to expiry
   * @param assurers which kinds of body may approve a waiver for each kind of organisation
   * @param basis why
   */
  public record WaiverRules(
      @Positive int maximumMonths,
      @NotEmpty Map<@NotNull OrganisationKind, @NotEmpty Set<@NotNull AssurerKind>> assurers,
      @NotBlank String basis) {
    public WaiverRules {
      // EnumMap and EnumSets iterate in declaration order, so the policy's JSON (and its hash) is
      // the same in every JVM; Set.copyOf would iterate in an order salted per run.
      java.util.EnumMap<OrganisationKind, Set<AssurerKind>> sorted = new java.util.EnumMap<>(OrganisationKind.class);
      if (assurers != null) {
        assurers.forEach((kind, kinds) -> sorted.put(Objects.requireNonNull(kind, "an organisation kind"), kinds == null || kinds.isEmpty()
            ? Set.of() : java.util.Collections.unmodifiableSet(java.util.EnumSet.copyOf(kinds))));
      }
      assurers = java.util.Collections.unmodifiableMap(sorted);
    }
  }

  /**
   * A named threshold the rules read, with its basis.
   *
   * @param value the threshold
   * @param basis where it comes from: a source, or our stated reasoning
   */
  public record Parameter(@NotNull BigDecimal value, @NotBlank String basis) {}

  /**
   * A readiness band.
   *
   * @param id the band id
   * @param label its name for people
   * @param minimum the least overall score (0 to 100) in the band
   */
  public record Band(
      @NotBlank String id, @NotBlank String label, @NotNull @DecimalMin("0") @DecimalMax("100") BigDecimal minimum) {}

  /**
   * A cap on the band: when a mandatory criterion's status is {@code whenMandatory} (and, if
   * given, its confidence is {@code confidence} or lower), the band is at most {@code capAt}.
   *
   * @param whenMandatory the status that triggers the cap ({@code not-met} also covers not
   *     assessed)
   * @param confidence the confidence at or below which the cap applies; absent means any
   * @param capAt the highest band allowed
   */
  public record Limiter(
      @NotNull CriterionStatus whenMandatory, @Nullable Confidence confidence, @NotBlank String capAt) {}
}
