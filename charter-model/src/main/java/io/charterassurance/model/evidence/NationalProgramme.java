package io.charterassurance.model.evidence;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A national body's guidance, work programme or support offer (calls N8 to N11).
 *
 * @param id the item's id, unique within its submission
 * @param provenance where the item comes from
 * @param programmeType what it is
 * @param highlightsAssetBasedApproaches whether it highlights asset-based approaches and community development
 * @param localBodiesSupported local authorities or ICBs supported
 * @param measures outcome and output measures reported with it
 */
public record NationalProgramme(
    @NotBlank @Size(max = 100) String id,
    @NotNull @Valid Provenance provenance,
    @NotNull NationalProgrammeType programmeType,
    boolean highlightsAssetBasedApproaches,
    @Nullable @PositiveOrZero @Max(100_000_000) Integer localBodiesSupported,
    List<@Valid @NotNull Measure> measures)
    implements Evidence {

  /** The JSON {@code kind} of this record. */
  public static final String KIND = "national-programme";

  public NationalProgramme {
    measures = measures == null ? List.of() : List.copyOf(measures);
  }

  @Override
  public String kindName() {
    return KIND;
  }
}
