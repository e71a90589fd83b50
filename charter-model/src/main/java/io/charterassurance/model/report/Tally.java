package io.charterassurance.model.report;

/**
 * How many criteria ended in each status. {@link #counted()} is the number in score denominators.
 *
 * @param met criteria met
 * @param partiallyMet criteria partially met
 * @param notMet criteria not met
 * @param notAssessed criteria with no evidence (counted, scoring 0)
 * @param notApplicable criteria that do not apply (excluded)
 * @param waived criteria waived (excluded)
 */
public record Tally(
    int met, int partiallyMet, int notMet, int notAssessed, int notApplicable, int waived) {

  /** Criteria that count in denominators: met, partially met, not met and not assessed. */
  public int counted() {
    return met + partiallyMet + notMet + notAssessed;
  }
}
