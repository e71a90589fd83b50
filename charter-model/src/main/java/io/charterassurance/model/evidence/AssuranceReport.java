package io.charterassurance.model.evidence;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * An assurance report or assessment (successor to CCG assurance: the NHS England annual
 * assessment of an ICB, the oversight framework, a peer review) (call N6).
 *
 * @param id the item's id, unique within its submission
 * @param provenance where the item comes from
 * @param assessmentType which assurance process produced it
 * @param assessor who assessed
 * @param highlightsNeedsAssetsWork whether it highlights needs-and-assets-based work
 * @param measures outcome and output measures reported with it
 */
public record AssuranceReport(
    @NotBlank @Size(max = 100) String id,
    @NotNull @Valid Provenance provenance,
    @NotNull AssuranceType assessmentType,
    @NotBlank @Size(max = 200) String assessor,
    boolean highlightsNeedsAssetsWork,
    List<@Valid @NotNull Measure> measures)
    implements Evidence {

  /** The JSON {@code kind} of this record. */
  public static final String KIND = "assurance-report";

  public AssuranceReport {
    measures = measures == null ? List.of() : List.copyOf(measures);
  }

  @Override
  public String kindName() {
    return KIND;
  }
}
