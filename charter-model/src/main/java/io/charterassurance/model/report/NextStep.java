package io.charterassurance.model.report;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One change on the path to a band, and what re-assessing the changed evidence showed.
 *
 * @param criterion the criterion the change is for
 * @param title the criterion's short title
 * @param clauses the Charter clauses the criterion serves, which the step serves
 * @param kind paperwork or practice
 * @param change what to do, in a sentence
 * @param evidence the evidence item changed, or the id the new item was given
 * @param statusBefore the criterion's status before the step
 * @param confidenceBefore its confidence before the step (absent when nothing was relied on)
 * @param statusAfter its status after the step
 * @param confidenceAfter its confidence after the step
 * @param scoreAfter the overall score after this and every earlier step
 * @param scoreAdded what this step added to the overall score
 * @param bandAfter the band (after limiters) after this and every earlier step
 */
public record NextStep(
    String criterion,
    String title,
    List<String> clauses,
    ChangeKind kind,
    String change,
    String evidence,
    CriterionStatus statusBefore,
    @Nullable Confidence confidenceBefore,
    CriterionStatus statusAfter,
    @Nullable Confidence confidenceAfter,
    BigDecimal scoreAfter,
    BigDecimal scoreAdded,
    String bandAfter) {
  public NextStep {
    Objects.requireNonNull(criterion, "criterion");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(change, "change");
    Objects.requireNonNull(evidence, "evidence");
    Objects.requireNonNull(statusBefore, "statusBefore");
    Objects.requireNonNull(statusAfter, "statusAfter");
    Objects.requireNonNull(scoreAfter, "scoreAfter");
    Objects.requireNonNull(scoreAdded, "scoreAdded");
    Objects.requireNonNull(bandAfter, "bandAfter");
    clauses = List.copyOf(clauses);
  }
}
