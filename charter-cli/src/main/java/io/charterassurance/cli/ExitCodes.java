package io.charterassurance.cli;

/** The exit codes of every {@code charter} command. */
final class ExitCodes {
  /** Success. */
  static final int OK = 0;
  /** An assessment came out below the {@code --fail-below} band, or {@code diff --fail-on-regression} found a regression. */
  static final int BELOW_THRESHOLD = 1;
  /** {@code verify}: the signature does not verify (the report changed, or another key signed it). */
  static final int NOT_VERIFIED = 1;
  /** Invalid input or usage: a bad or missing file, an unknown option value, an unwritable output path. */
  static final int INVALID = 2;
  /** A fault in Charter Assurance itself. */
  static final int INTERNAL = 3;

  private ExitCodes() {}
}
