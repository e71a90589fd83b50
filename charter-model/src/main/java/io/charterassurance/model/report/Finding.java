package io.charterassurance.model.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The outcome for one criterion, with the reason a person can read.
 *
 * @param criterion the criterion id, e.g. {@code N1-CD-STRATEGY}
 * @param title the criterion's short title
 * @param status the requirement status: what the evidence shows against the criterion's substance
 *     and nothing else
 * @param mandatory whether the criterion is mandatory for this kind of organisation
 * @param weight the criterion's weight in score roll-ups
 * @param score the criterion's score, 0 to 100, when it is counted; absent when not applicable or
 *     waived
 * @param clauses the Charter clauses it serves
 * @param principles the Charter principles it serves
 * @param evidence ids of the evidence items it relied on
 * @param reason why it has this status
 * @param missing the parts of the requirement the evidence does not show (empty only when met,
 *     not applicable or waived)
 * @param confidence how far the evidence relied on can be trusted; absent when nothing was relied
 *     on (not assessed, not applicable, waived)
 * @param confidenceReasons why the confidence is what it is, one sentence per consideration
 * @param raiseConfidence what would raise the confidence (empty only when it is high)
 * @param history older editions and superseded items, cited but not scored
 * @param waiver the waiver the submission asked for on this criterion, and what became of it
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record Finding(
    String criterion,
    String title,
    CriterionStatus status,
    boolean mandatory,
    BigDecimal weight,
    @Nullable BigDecimal score,
    List<String> clauses,
    List<String> principles,
    List<String> evidence,
    String reason,
    List<String> missing,
    @Nullable Confidence confidence,
    List<String> confidenceReasons,
    List<String> raiseConfidence,
    List<String> history,
    @Nullable WaiverReview waiver) {

  public Finding {
    Objects.requireNonNull(criterion, "criterion");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(weight, "weight");
    Objects.requireNonNull(reason, "reason");
    clauses = List.copyOf(clauses);
    principles = List.copyOf(principles);
    evidence = List.copyOf(evidence);
    missing = List.copyOf(missing);
    confidenceReasons = List.copyOf(confidenceReasons);
    raiseConfidence = List.copyOf(raiseConfidence);
    history = List.copyOf(history);
  }
}
