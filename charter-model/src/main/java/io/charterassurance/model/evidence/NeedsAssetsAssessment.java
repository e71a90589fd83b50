package io.charterassurance.model.evidence;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A Joint Strategic Needs Assessment, or a Joint Strategic Needs and Assets Assessment with a
 * profile of community strengths (Charter call N2).
 *
 * @param id the item's id, unique within its submission
 * @param provenance where the item comes from
 * @param assessmentType a needs-only JSNA or a needs-and-assets JSNAA
 * @param assetsProfile the profile of community strengths; absent in a needs-only JSNA
 * @param residentsInvolvedInMapping whether residents took part in mapping assets
 * @param measures outcome and output measures reported with it
 */
public record NeedsAssetsAssessment(
    @NotBlank @Size(max = 100) String id,
    @NotNull @Valid Provenance provenance,
    @NotNull AssessmentType assessmentType,
    @Nullable @Valid AssetsProfile assetsProfile,
    boolean residentsInvolvedInMapping,
    List<@Valid @NotNull Measure> measures)
    implements Evidence {

  /** The JSON {@code kind} of this record. */
  public static final String KIND = "needs-assets-assessment";

  public NeedsAssetsAssessment {
    measures = measures == null ? List.of() : List.copyOf(measures);
  }

  @Override
  public String kindName() {
    return KIND;
  }
}
