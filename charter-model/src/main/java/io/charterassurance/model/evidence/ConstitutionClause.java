package io.charterassurance.model.evidence;

import io.charterassurance.model.text.MultilineText;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * A clause of a constitution or statutory plan (ICB constitution, Joint Forward Plan) about
 * community development evidence (Charter call N5).
 *
 * @param id the item's id, unique within its submission
 * @param provenance where the item comes from
 * @param document the document, e.g. "ICB constitution" or "Joint Forward Plan 2025-30"
 * @param paragraph the paragraph or section number
 * @param quotation the clause's words
 * @param requiresCommunityDevelopmentEvidence whether it requires evidence of community development to be collected
 * @param namesAssetBasedMethods whether it names community development or asset-based methods, not only "involvement"
 * @param measures outcome and output measures reported with it
 */
public record ConstitutionClause(
    @NotBlank @Size(max = 100) String id,
    @NotNull @Valid Provenance provenance,
    @NotBlank @Size(max = 200) String document,
    @NotBlank @Size(max = 50) String paragraph,
    @MultilineText @NotBlank @Size(max = 4000) String quotation,
    boolean requiresCommunityDevelopmentEvidence,
    boolean namesAssetBasedMethods,
    List<@Valid @NotNull Measure> measures)
    implements Evidence {

  /** The JSON {@code kind} of this record. */
  public static final String KIND = "constitution-clause";

  public ConstitutionClause {
    measures = measures == null ? List.of() : List.copyOf(measures);
  }

  @Override
  public String kindName() {
    return KIND;
  }
}
