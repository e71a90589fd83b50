package io.charterassurance.rules;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.charterassurance.model.evidence.EvidenceStatus;
import io.charterassurance.model.report.CriterionStatus;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * Every number the assessment uses: evidence strength, freshness windows, substance levels,
 * status thresholds, rule parameters, weight overrides, bands and limiters. Load one from YAML
 * with {@link Assessor.Builder#scoringPolicy(java.nio.file.Path)}; the standard one is bundled.
 *
 * @param id the policy id, printed in every report
 * @param title a human title
 * @param strength how evidence strength is computed
 * @param freshness how age lowers strength
 * @param substance the number each rule level ({@code full}, {@code partial}, {@code token},
 *     {@code none}) is worth
 * @param status the thresholds that turn a criterion score into a status
 * @param parameters named numbers the rules read
 * @param weights weight overrides by criterion id
 * @param bands readiness bands, highest first
 * @param limiters caps on the band when a mandatory criterion falls short
 */
public record ScoringPolicy(
    @NotBlank String id,
    @NotBlank String title,
    @NotNull @Valid Strength strength,
    @NotNull @Valid Freshness freshness,
    @NotEmpty Map<@NotBlank String, @NotNull @DecimalMin("0") @DecimalMax("1") BigDecimal> substance,
    @NotNull @Valid StatusThresholds status,
    Map<@NotBlank String, @NotNull BigDecimal> parameters,
    Map<@NotBlank String, @NotNull @DecimalMin("0") BigDecimal> weights,
    @NotEmpty List<@Valid @NotNull Band> bands,
    List<@Valid @NotNull Limiter> limiters) {

  public ScoringPolicy {
    substance = substance == null ? Map.of() : Map.copyOf(substance);
    parameters = parameters == null ? Map.of() : Map.copyOf(parameters);
    weights = weights == null ? Map.of() : Map.copyOf(weights);
    bands = bands == null ? List.of() : List.copyOf(bands);
    limiters = limiters == null ? List.of() : List.copyOf(limiters);
  }

  /** The standard scoring policy bundled with the library. */
  public static ScoringPolicy standard() {
    return io.charterassurance.rules.internal.Loading.standardPolicy();
  }

  /**
   * Reads and checks a scoring policy file (YAML, or JSON by extension).
   *
   * @throws RuleSetException naming the file, JSON path and problem
   */
  public static ScoringPolicy load(java.nio.file.Path file) {
    return io.charterassurance.rules.internal.Loading.policy(file);
  }

  /**
   * Evidence strength = recency x status x (base + bonuses that apply), capped at 1.
   *
   * @param status the factor for each formal status
   * @param base what an item with none of the bonus qualities is worth
   * @param bonuses additions for co-production, measurability, corroboration and resourcing
   * @param legacyFactor the factor for evidence produced by a predecessor
   */
  public record Strength(
      @NotEmpty Map<@NotNull EvidenceStatus, @NotNull @DecimalMin("0") @DecimalMax("1") BigDecimal> status,
      @NotNull @DecimalMin("0") @DecimalMax("1") BigDecimal base,
      @NotNull @Valid Bonuses bonuses,
      @NotNull @DecimalMin("0") @DecimalMax("1") BigDecimal legacyFactor) {
    public Strength {
      status = status == null ? Map.of() : Map.copyOf(status);
    }
  }

  /**
   * Additions to an item's strength.
   *
   * @param coProduced residents or the VCSE sector co-produced it
   * @param measurable it reports a measure with baseline, target and latest value
   * @param corroborated the community or an independent assessor vouches for it
   * @param resourced the submission shows recurrent community development funding
   */
  public record Bonuses(
      @NotNull @DecimalMin("0") @DecimalMax("1") BigDecimal coProduced,
      @NotNull @DecimalMin("0") @DecimalMax("1") BigDecimal measurable,
      @NotNull @DecimalMin("0") @DecimalMax("1") BigDecimal corroborated,
      @NotNull @DecimalMin("0") @DecimalMax("1") BigDecimal resourced) {}

  /**
   * Freshness windows.
   *
   * @param standard the windows for every kind not listed in {@code byKind}
   * @param byKind windows by evidence kind
   * @param factors the recency factor in each window
   */
  public record Freshness(
      @JsonProperty("default") @NotNull @Valid Window standard,
      Map<@NotBlank String, @Valid @NotNull Window> byKind,
      @NotNull @Valid RecencyFactors factors) {
    public Freshness {
      byKind = byKind == null ? Map.of() : Map.copyOf(byKind);
    }

    /** The window for an evidence kind. */
    public Window windowFor(String kind) {
      return byKind.getOrDefault(kind, standard);
    }
  }

  /**
   * An item is current up to {@code currentMonths} old, ageing up to {@code staleAfterMonths},
   * and stale after that.
   *
   * @param currentMonths the age in whole months up to which an item is current
   * @param staleAfterMonths the age in whole months after which an item is stale
   */
  public record Window(@Positive int currentMonths, @Positive int staleAfterMonths) {}

  /**
   * The recency factor for current, ageing and stale items.
   *
   * @param current the factor for a current item
   * @param ageing the factor for an ageing item
   * @param stale the factor for a stale item
   */
  public record RecencyFactors(
      @NotNull @DecimalMin("0") @DecimalMax("1") BigDecimal current,
      @NotNull @DecimalMin("0") @DecimalMax("1") BigDecimal ageing,
      @NotNull @DecimalMin("0") @DecimalMax("1") BigDecimal stale) {}

  /**
   * Score thresholds (0 to 1) for the met and partially met statuses.
   *
   * @param metAtLeast the least score that is met
   * @param partiallyMetAtLeast the least score that is partially met
   */
  public record StatusThresholds(
      @NotNull @DecimalMin("0") @DecimalMax("1") BigDecimal metAtLeast,
      @NotNull @DecimalMin("0") @DecimalMax("1") BigDecimal partiallyMetAtLeast) {}

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
   * A cap on the band: when a mandatory criterion's status is {@code whenMandatory} or worse, the
   * band is at most {@code capAt}.
   *
   * @param whenMandatory the status that triggers the cap ({@code not-met} also covers not
   *     assessed)
   * @param capAt the highest band allowed
   */
  public record Limiter(@NotNull CriterionStatus whenMandatory, @NotBlank String capAt) {}
}
