package io.charterassurance.model.evidence;

import io.charterassurance.model.text.MultilineText;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import org.jspecify.annotations.Nullable;

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

  /** Builds a {@link ConstitutionClause} component by component; see {@link #builder}. */
  public static final class Builder {
    private @Nullable String id;
    private @Nullable Provenance provenance;
    private @Nullable String document;
    private @Nullable String paragraph;
    private @Nullable String quotation;
    private boolean requiresCommunityDevelopmentEvidence;
    private boolean namesAssetBasedMethods;
    private final List<Measure> measures = new ArrayList<>();

    private Builder() {}

    /** Sets the document, e.g. "ICB constitution". */
    public Builder document(String value) {
      document = value;
      return this;
    }

    /** Sets the paragraph or section number. */
    public Builder paragraph(String value) {
      paragraph = value;
      return this;
    }

    /** Sets the clause's words. */
    public Builder quotation(String value) {
      quotation = value;
      return this;
    }

    /** Sets whether it requires evidence of community development to be collected (false unless set). */
    public Builder requiresCommunityDevelopmentEvidence(boolean value) {
      requiresCommunityDevelopmentEvidence = value;
      return this;
    }

    /** Sets whether it names community development or asset-based methods (false unless set). */
    public Builder namesAssetBasedMethods(boolean value) {
      namesAssetBasedMethods = value;
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

    /** The ConstitutionClause as built so far (a component not set stays null, for validation to report). */
    public ConstitutionClause build() {
      return new ConstitutionClause(id, provenance, document, paragraph, quotation, requiresCommunityDevelopmentEvidence, namesAssetBasedMethods, measures);
    }
  }
}
