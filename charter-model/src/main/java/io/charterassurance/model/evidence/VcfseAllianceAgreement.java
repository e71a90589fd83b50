package io.charterassurance.model.evidence;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * An agreement between the organisation and a VCFSE alliance: the memorandum through which the
 * voluntary, community, faith and social enterprise sector is a partner of an integrated care
 * system (calls N3 and N12).
 *
 * @param id the item's id, unique within its submission
 * @param provenance where the item comes from
 * @param alliance the alliance's name
 * @param memberOrganisations how many VCFSE organisations the alliance represents
 * @param boardSeat whether the alliance has a seat, with a vote, on the ICB board or the Integrated Care Partnership
 * @param recurrentFundingGbp recurrent funding the organisation gives the alliance's infrastructure each year, if any
 * @param measures outcome and output measures reported with it
 */
public record VcfseAllianceAgreement(
    @NotBlank @Size(max = 100) String id,
    @NotNull @Valid Provenance provenance,
    @NotBlank @Size(max = 200) String alliance,
    @NotNull @Positive @Max(100_000_000) Integer memberOrganisations,
    boolean boardSeat,
    @Nullable @PositiveOrZero @Digits(integer = 12, fraction = 2) BigDecimal recurrentFundingGbp,
    List<@Valid @NotNull Measure> measures)
    implements Evidence {

  /** The JSON {@code kind} of this record. */
  public static final String KIND = "vcfse-alliance-agreement";

  public VcfseAllianceAgreement {
    measures = measures == null ? List.of() : List.copyOf(measures);
  }

  @Override
  public String kindName() {
    return KIND;
  }
}
