package io.charterassurance.rules.catalogue;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Thrown by {@link io.charterassurance.rules.Assessor.Builder#build()} when a rule file does not
 * compile, or a criteria catalogue or scoring policy is invalid, and by the methods that load a
 * catalogue or policy. {@link #problems()} lists each problem with its file and line.
 */
public final class RuleSetException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final List<RuleProblem> problems;

  /** Creates the exception for these problems (at least one). */
  public RuleSetException(List<RuleProblem> problems) {
    super(describe(problems));
    this.problems = List.copyOf(problems);
  }

  /** Every problem found. */
  public List<RuleProblem> problems() {
    return problems;
  }

  private static String describe(List<RuleProblem> problems) {
    return problems.size() + " problem(s) in the rule set:\n"
        + problems.stream().map(p -> "  " + p).collect(Collectors.joining("\n"));
  }
}
