package io.charterassurance.model.evidence;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An evaluation of community development work with its outcome measures (agency call 3).
 *
 * @param id the item's id, unique within its submission
 * @param provenance where the item comes from
 * @param method the evaluation method
 * @param evaluates the id of the evidence item in the same submission whose intervention was
 *     evaluated (a budget line, a programme, a partnership): an evaluation counts only for an
 *     intervention the submission names
 * @param evaluator who carried it out
 * @param independent whether the evaluator is independent of the organisation
 * @param socialReturnRatio social return per pound invested, where reported (SROI)
 * @param measures outcome and output measures reported with it
 */
public record Evaluation(
    @NotBlank @Size(max = 100) String id,
    @NotNull @Valid Provenance provenance,
    @NotNull EvaluationMethod method,
    @NotBlank @Size(max = 100) String evaluates,
    @NotBlank @Size(max = 200) String evaluator,
    boolean independent,
    @Nullable @PositiveOrZero @Digits(integer = 4, fraction = 4) BigDecimal socialReturnRatio,
    List<@Valid @NotNull Measure> measures)
    implements Evidence {

  /** The JSON {@code kind} of this record. */
  public static final String KIND = "evaluation";

  public Evaluation {
    measures = measures == null ? List.of() : List.copyOf(measures);
  }

  @Override
  public String kindName() {
    return KIND;
  }
}
