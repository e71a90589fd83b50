package io.charterassurance.model.evidence;

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

  /** Builds a {@link NeedsAssetsAssessment} component by component; see {@link #builder}. */
  public static final class Builder {
    private @Nullable String id;
    private @Nullable Provenance provenance;
    private @Nullable AssessmentType assessmentType;
    private @Nullable AssetsProfile assetsProfile;
    private boolean residentsInvolvedInMapping;
    private final List<Measure> measures = new ArrayList<>();

    private Builder() {}

    /** Sets a needs-only JSNA or a needs-and-assets JSNAA. */
    public Builder assessmentType(AssessmentType value) {
      assessmentType = value;
      return this;
    }

    /** Sets the profile of community strengths. */
    public Builder assetsProfile(AssetsProfile value) {
      assetsProfile = value;
      return this;
    }

    /** Sets whether residents took part in mapping assets (false unless set). */
    public Builder residentsInvolvedInMapping(boolean value) {
      residentsInvolvedInMapping = value;
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

    /** The NeedsAssetsAssessment as built so far (a component not set stays null, for validation to report). */
    public NeedsAssetsAssessment build() {
      return new NeedsAssetsAssessment(id, provenance, assessmentType, assetsProfile, residentsInvolvedInMapping, measures);
    }
  }
}
