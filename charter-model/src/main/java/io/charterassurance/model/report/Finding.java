package io.charterassurance.model.report;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The outcome for one criterion, with the reason a person can read.
 *
 * @param criterion the criterion id, e.g. {@code N1-CD-STRATEGY}
 * @param title the criterion's short title
 * @param status the outcome
 * @param mandatory whether the criterion is mandatory for this kind of organisation
 * @param weight the criterion's weight in score roll-ups
 * @param score the criterion's score, 0 to 100, when it is counted; absent when not applicable or
 *     waived
 * @param clauses the Charter clauses it serves
 * @param principles the Charter principles it serves
 * @param evidence ids of the evidence items it relied on
 * @param reason why it has this status
 * @param missing what is missing for it to be met (empty when met, not applicable or waived)
 * @param waiver the waiver that applies, if any
 */
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
    @Nullable AppliedWaiver waiver) {

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
  }
}
