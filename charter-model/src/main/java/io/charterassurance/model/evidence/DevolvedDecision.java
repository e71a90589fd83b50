package io.charterassurance.model.evidence;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Power or money devolved to communities: participatory budgeting, resident grant panels,
 * community-led commissioning (Charter call N4).
 *
 * @param id the item's id, unique within its submission
 * @param provenance where the item comes from
 * @param mechanism how the decision was devolved
 * @param area what was decided: commissioning, delivery, monitoring or resources
 * @param amountGbp the money decided on
 * @param shareOfBudgetPercent that amount as a percentage of the relevant budget
 * @param decidedBy who made the final decision
 * @param participants residents who voted or took part
 * @param projectsFunded projects funded
 * @param measures outcome and output measures reported with it
 */
public record DevolvedDecision(
    @NotBlank @Size(max = 100) String id,
    @NotNull @Valid Provenance provenance,
    @NotNull DevolutionMechanism mechanism,
    @NotNull DecisionArea area,
    @Nullable @PositiveOrZero @Digits(integer = 12, fraction = 2) BigDecimal amountGbp,
    @Nullable @DecimalMin("0") @DecimalMax("100") @Digits(integer = 3, fraction = 4) BigDecimal shareOfBudgetPercent,
    @NotNull DecidedBy decidedBy,
    @Nullable @PositiveOrZero @Max(100_000_000) Integer participants,
    @Nullable @PositiveOrZero @Max(100_000_000) Integer projectsFunded,
    List<@Valid @NotNull Measure> measures)
    implements Evidence {

  /** The JSON {@code kind} of this record. */
  public static final String KIND = "devolved-decision";

  public DevolvedDecision {
    measures = measures == null ? List.of() : List.copyOf(measures);
  }

  @Override
  public String kindName() {
    return KIND;
  }
}
