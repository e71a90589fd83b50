package io.charterassurance.model.evidence;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * The statement in an ICB's annual report on how it discharged its duty to involve the public
 * (NHS Act 2006 s.14Z45), read with NHS England's 2022 statutory guidance "Working in partnership
 * with people and communities" (call N6).
 *
 * @param id the item's id, unique within its submission
 * @param provenance where the item comes from
 * @param financialYear the financial year the annual report covers, e.g. 2025/26
 * @param describesCommunityDevelopment whether it describes community development or asset-based work (the guidance's principle on community development approaches), not only consultation
 * @param decisionsInfluenced how many decisions it shows residents' involvement changed
 * @param measures outcome and output measures reported with it
 */
public record InvolvementStatement(
    @NotBlank @Size(max = 100) String id,
    @NotNull @Valid Provenance provenance,
    @NotBlank @Pattern(regexp = "[0-9]{4}/[0-9]{2}", message = "must be a financial year such as 2025/26") String financialYear,
    boolean describesCommunityDevelopment,
    @NotNull @PositiveOrZero @Max(100_000_000) Integer decisionsInfluenced,
    List<@Valid @NotNull Measure> measures)
    implements Evidence {

  /** The JSON {@code kind} of this record. */
  public static final String KIND = "involvement-statement";

  public InvolvementStatement {
    measures = measures == null ? List.of() : List.copyOf(measures);
  }

  @Override
  public String kindName() {
    return KIND;
  }
}
