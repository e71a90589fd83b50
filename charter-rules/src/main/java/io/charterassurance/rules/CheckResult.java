package io.charterassurance.rules;

import io.charterassurance.model.report.Finding;
import io.charterassurance.model.io.Violation;
import java.util.List;

/**
 * The result of {@link Assessor#check}: the submission's violations, or the criteria outcomes
 * without scores.
 *
 * @param violations problems with the submission (empty when valid)
 * @param findings one per criterion, with status, evidence and reason (empty when invalid)
 */
public record CheckResult(List<Violation> violations, List<Finding> findings) {
  public CheckResult {
    violations = List.copyOf(violations);
    findings = List.copyOf(findings);
  }

  /** Whether the submission was valid. */
  public boolean isValid() {
    return violations.isEmpty();
  }
}
