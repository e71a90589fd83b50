package io.charterassurance.model.evidence;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A section of a trust's Quality Account (formerly the Foundation Trust Annual Quality Report)
 * showing how community development evidence was used (Charter call N5).
 *
 * @param id the item's id, unique within its submission
 * @param provenance where the item comes from
 * @param reportingYear the financial year reported on, e.g. {@code 2024/25}
 * @param section the part or section of the Quality Account
 * @param usesCommissionerEvidence whether it shows how community development evidence collected by the commissioner was used
 * @param reportsOutcomes whether it reports outcomes and changes made, not only activity
 * @param changesMade changes to services it reports
 * @param statementsFrom bodies whose statements are included
 * @param measures outcome and output measures reported with it
 */
public record QualityAccountSection(
    @NotBlank @Size(max = 100) String id,
    @NotNull @Valid Provenance provenance,
    @NotBlank @Pattern(regexp = "[0-9]{4}/[0-9]{2}", message = "must be a financial year such as 2024/25") String reportingYear,
    @NotBlank @Size(max = 200) String section,
    boolean usesCommissionerEvidence,
    boolean reportsOutcomes,
    @NotNull List<@NotBlank String> changesMade,
    @NotNull Set<StatementSource> statementsFrom,
    List<@Valid @NotNull Measure> measures)
    implements Evidence {

  /** The JSON {@code kind} of this record. */
  public static final String KIND = "quality-account-section";

  public QualityAccountSection {
    changesMade = changesMade == null ? List.of() : List.copyOf(changesMade);
    // An EnumSet iterates in declaration order, so the JSON is the same on every run.
    statementsFrom = statementsFrom == null || statementsFrom.isEmpty()
        ? Set.of()
        : Collections.unmodifiableSet(EnumSet.copyOf(statementsFrom));
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

  /** Builds a {@link QualityAccountSection} component by component; see {@link #builder}. */
  public static final class Builder {
    private @Nullable String id;
    private @Nullable Provenance provenance;
    private @Nullable String reportingYear;
    private @Nullable String section;
    private boolean usesCommissionerEvidence;
    private boolean reportsOutcomes;
    private final List<String> changesMade = new ArrayList<>();
    private final Set<StatementSource> statementsFrom = new LinkedHashSet<>();
    private final List<Measure> measures = new ArrayList<>();

    private Builder() {}

    /** Sets the financial year reported on, e.g. {@code 2024/25}. */
    public Builder reportingYear(String value) {
      reportingYear = value;
      return this;
    }

    /** Sets the part or section of the Quality Account. */
    public Builder section(String value) {
      section = value;
      return this;
    }

    /** Sets whether it shows how the commissioner's community development evidence was used (false unless set). */
    public Builder usesCommissionerEvidence(boolean value) {
      usesCommissionerEvidence = value;
      return this;
    }

    /** Sets whether it reports outcomes and changes made (false unless set). */
    public Builder reportsOutcomes(boolean value) {
      reportsOutcomes = value;
      return this;
    }

    /** Adds to changes to services it reports. */
    public Builder changesMade(String... items) {
      changesMade.addAll(Arrays.asList(items));
      return this;
    }

    /** Adds to changes to services it reports. */
    public Builder changesMade(Collection<? extends String> items) {
      changesMade.addAll(items);
      return this;
    }

    /** Adds to bodies whose statements are included. */
    public Builder statementsFrom(StatementSource... items) {
      statementsFrom.addAll(Arrays.asList(items));
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

    /** The QualityAccountSection as built so far (a component not set stays null, for validation to report). */
    public QualityAccountSection build() {
      return new QualityAccountSection(id, provenance, reportingYear, section, usesCommissionerEvidence, reportsOutcomes, changesMade, statementsFrom, measures);
    }
  }
}
