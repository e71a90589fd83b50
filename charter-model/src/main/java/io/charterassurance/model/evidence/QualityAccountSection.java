package io.charterassurance.model.evidence;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

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
}
