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
 * Volunteering figures, as a Health and Wellbeing Board tracks them: volunteers, hours, experience
 * and satisfaction (agency call 6b).
 *
 * @param id the item's id, unique within its submission
 * @param provenance where the item comes from
 * @param volunteers active volunteers
 * @param hoursPerYear volunteer hours in the last twelve months
 * @param satisfactionPercent volunteers satisfied with their experience, from a survey
 * @param surveyRespondents volunteers who answered the experience survey
 * @param measures outcome and output measures reported with it
 */
public record Volunteering(
    @NotBlank @Size(max = 100) String id,
    @NotNull @Valid Provenance provenance,
    @NotNull @PositiveOrZero @Max(100_000_000) Integer volunteers,
    @NotNull @PositiveOrZero @Digits(integer = 9, fraction = 2) BigDecimal hoursPerYear,
    @Nullable @DecimalMin("0") @DecimalMax("100") @Digits(integer = 3, fraction = 4) BigDecimal satisfactionPercent,
    @Nullable @PositiveOrZero @Max(100_000_000) Integer surveyRespondents,
    List<@Valid @NotNull Measure> measures)
    implements Evidence {

  /** The JSON {@code kind} of this record. */
  public static final String KIND = "volunteering";

  public Volunteering {
    measures = measures == null ? List.of() : List.copyOf(measures);
  }

  @Override
  public String kindName() {
    return KIND;
  }
}
