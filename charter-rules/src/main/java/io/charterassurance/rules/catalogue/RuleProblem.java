package io.charterassurance.rules.catalogue;

import java.util.Objects;

/**
 * A problem found while loading a rule set, criteria catalogue or scoring policy.
 *
 * @param source the file or classpath resource
 * @param line the line, or 0 when not known
 * @param column the column, or 0 when not known
 * @param message what is wrong
 */
public record RuleProblem(String source, int line, int column, String message) {
  public RuleProblem {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(message, "message");
  }

  /** The problem as {@code source:line:column: message}. */
  @Override
  public String toString() {
    return source + (line > 0 ? ":" + line + (column > 0 ? ":" + column : "") : "") + ": " + message;
  }
}
