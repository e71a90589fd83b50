package io.charterassurance.model.io;

import java.util.Locale;

/**
 * The input limits of a submission, in one place, with the sentence each one is refused with.
 * docs/limits.md lists them.
 */
final class Limits {
  /** Characters in a text value. */
  static final int STRING = 100_000;
  /** Characters in a property name. */
  static final int NAME = 200;
  /** Characters in a number as written, and digits in a number written out in full. */
  static final int NUMBER = 50;
  /** Levels of nesting. */
  static final int DEPTH = 64;
  /** Evidence items in a submission. */
  static final int EVIDENCE = 10_000;
  /** Waivers in a submission. */
  static final int WAIVERS = 1_000;
  /** Items in any other list. */
  static final int LIST = 1_000;
  /** Characters in a line of YAML: a text value of the longest, its name, indentation and quotes. */
  static final int YAML_LINE = 120_000;

  private Limits() {}

  static String string() {
    return "exceeds the input limits: a text value may have at most " + grouped(STRING) + " characters";
  }

  static String name() {
    return "exceeds the input limits: a property name may have at most " + grouped(NAME) + " characters";
  }

  static String number() {
    return "exceeds the input limits: a number may have at most " + NUMBER + " digits";
  }

  static String depth() {
    return "exceeds the input limits: values may be nested at most " + DEPTH + " levels deep";
  }

  static String document() {
    return "exceeds the input limits: a submission may have at most " + grouped(CharterJson.MAX_DOCUMENT_BYTES)
        + " bytes (16 MiB)";
  }

  static String list(String name, int limit) {
    return switch (name) {
      case "evidence" -> "exceeds the input limits: a submission may hold at most " + grouped(limit) + " evidence items";
      case "waivers" -> "exceeds the input limits: a submission may hold at most " + grouped(limit) + " waivers";
      default -> "exceeds the input limits: a list may hold at most " + grouped(limit) + " items";
    };
  }

  static String yamlLine(int length) {
    return "exceeds the input limits: this line of YAML has " + grouped(length) + " characters, and a line may have at most "
        + grouped(YAML_LINE) + " (a text value at most " + grouped(STRING) + "); write long text over several lines";
  }

  static String grouped(long n) {
    return String.format(Locale.UK, "%,d", n);
  }
}
