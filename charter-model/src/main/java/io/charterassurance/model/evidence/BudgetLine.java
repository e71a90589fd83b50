package io.charterassurance.model.evidence;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A budget line for community development, VCSE infrastructure or volunteering (Charter call N3).
 *
 * @param id the item's id, unique within its submission
 * @param provenance where the item comes from
 * @param purpose what the money is for
 * @param amountGbp the amount in pounds for the year
 * @param financialYear the financial year, e.g. {@code 2025/26}
 * @param recurrent whether the funding is recurrent (baseline budget) rather than one-off
 * @param shareOfBudgetPercent the line as a percentage of the programme or organisation budget
 * @param measures outcome and output measures reported with it
 */
public record BudgetLine(
    @NotBlank @Size(max = 100) String id,
    @NotNull @Valid Provenance provenance,
    @NotNull BudgetPurpose purpose,
    @NotNull @PositiveOrZero @Digits(integer = 12, fraction = 2) BigDecimal amountGbp,
    @NotBlank @Pattern(regexp = "[0-9]{4}/[0-9]{2}", message = "must be a financial year such as 2025/26") String financialYear,
    boolean recurrent,
    @Nullable @DecimalMin("0") @DecimalMax("100") @Digits(integer = 3, fraction = 4) BigDecimal shareOfBudgetPercent,
    List<@Valid @NotNull Measure> measures)
    implements Evidence {

  /** The JSON {@code kind} of this record. */
  public static final String KIND = "budget-line";

  public BudgetLine {
    measures = measures == null ? List.of() : List.copyOf(measures);
  }

  @Override
  public String kindName() {
    return KIND;
  }

  /**
   * A builder of an item of this kind, for code that makes one: every other component is set by
   * name, and one not set is absent (null), false or empty. The builder checks nothing; the
   * assessor or {@code SubmissionReader.check} validates what it builds, as a file is validated.
   */
  public static Builder builder(String id, Provenance provenance) {
    Builder builder = new Builder();
    builder.id = id;
    builder.provenance = provenance;
    return builder;
  }

  /** Builds a {@link BudgetLine} component by component; see {@link #builder}. */
  public static final class Builder {
    private @Nullable String id;
    private @Nullable Provenance provenance;
    private @Nullable BudgetPurpose purpose;
    private @Nullable BigDecimal amountGbp;
    private @Nullable String financialYear;
    private boolean recurrent;
    private @Nullable BigDecimal shareOfBudgetPercent;
    private final List<Measure> measures = new ArrayList<>();

    private Builder() {}

    /** Sets what the money is for. */
    public Builder purpose(BudgetPurpose value) {
      purpose = value;
      return this;
    }

    /** Sets the amount in pounds for the year. */
    public Builder amountGbp(BigDecimal value) {
      amountGbp = value;
      return this;
    }

    /** Sets the financial year, e.g. {@code 2025/26}. */
    public Builder financialYear(String value) {
      financialYear = value;
      return this;
    }

    /** Sets whether the funding is recurrent (false unless set). */
    public Builder recurrent(boolean value) {
      recurrent = value;
      return this;
    }

    /** Sets the line as a percentage of the budget. */
    public Builder shareOfBudgetPercent(BigDecimal value) {
      shareOfBudgetPercent = value;
      return this;
    }

    /** Adds to outcome and output measures reported with it. */
    public Builder measures(Measure... items) {
      measures.addAll(Arrays.asList(items));
      return this;
    }

    /** Adds to outcome and output measures reported with it. */
    public Builder measures(Collection<? extends Measure> items) {
      measures.addAll(items);
      return this;
    }

    /** The BudgetLine as built so far (a component not set stays null, for validation to report). */
    public BudgetLine build() {
      return new BudgetLine(id, provenance, purpose, amountGbp, financialYear, recurrent, shareOfBudgetPercent, measures);
    }
  }
}
