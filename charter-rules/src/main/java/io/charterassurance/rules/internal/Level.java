package io.charterassurance.rules.internal;

/**
 * How fully an evidence item meets the substance of a criterion, as a rule awards it. The
 * scoring policy gives each level its number.
 */
public enum Level {
  /** Meets everything the criterion asks of this kind of evidence. */
  FULL,
  /** Meets part of it. */
  PARTIAL,
  /** A gesture toward it. */
  TOKEN,
  /** Offered, but the wrong kind of evidence for the criterion. */
  NONE;

  /** The level's key in the scoring policy's substance table: full, partial, token or none. */
  public String key() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
