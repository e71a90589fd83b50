package io.charterassurance.rules.internal;

import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * One DRL file: where it came from (for messages) and its text.
 *
 * @param name the file path or classpath resource, as users should see it in messages
 * @param area the file's base name without {@code .drl}, which criteria name as their area
 * @param text the DRL text
 */
public record RuleSource(String name, String area, String text) {
  public RuleSource {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(area, "area");
    Objects.requireNonNull(text, "text");
  }

  /** A source named {@code name}, whose area is the file's base name. */
  static RuleSource of(String name, byte[] bytes) {
    String file = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
    String area = file.endsWith(".drl") ? file.substring(0, file.length() - 4) : file;
    return new RuleSource(name, area, new String(bytes, StandardCharsets.UTF_8));
  }

  /** The 1-based line on which {@code rule "name"} is declared, or 0 if it cannot be found. */
  int lineOfRule(String ruleName) {
    String needle = "rule \"" + ruleName + "\"";
    int at = text.indexOf(needle);
    if (at < 0) {
      return 0;
    }
    int line = 1;
    for (int i = 0; i < at; i++) {
      if (text.charAt(i) == '\n') {
        line++;
      }
    }
    return line;
  }
}
