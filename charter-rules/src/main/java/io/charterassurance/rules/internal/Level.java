package io.charterassurance.rules.internal;

import io.charterassurance.model.report.CriterionStatus;

/**
 * What a rule finds the evidence shows against the substance of a criterion: the requirement
 * status, and nothing about how far the evidence can be trusted (that is the confidence, judged
 * apart by the grader).
 */
public enum Level {
  /** Shows every part of the requirement. A rule offering this names nothing missing. */
  FULL(CriterionStatus.MET),
  /** Shows part of the requirement. A rule offering this names the part that is missing. */
  PARTIAL(CriterionStatus.PARTIALLY_MET),
  /**
   * Bears on the criterion but does not meet it: the wrong thing (a consultation plan for a
   * community development strategy), or the organisation's own record of absence (a minute
   * deferring the strategy). A rule offering this names what would meet it.
   */
  NONE(CriterionStatus.NOT_MET);

  private final CriterionStatus status;

  Level(CriterionStatus status) {
    this.status = status;
  }

  /** The requirement status this level gives a criterion. */
  public CriterionStatus status() {
    return status;
  }
}
