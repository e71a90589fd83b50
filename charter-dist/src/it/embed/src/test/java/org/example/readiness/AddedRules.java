package org.example.readiness;

import io.charterassurance.rules.Assessor;
import java.nio.file.Path;

/** Builds an assessor with a rule file of its own and prints what became of it. */
public final class AddedRules {
  private AddedRules() {}

  public static void main(String[] args) {
    try {
      Assessor.builder().addRules(Path.of(args[0])).build();
      System.out.println("compiled");
    } catch (IllegalStateException e) {
      System.out.println("refused: " + e.getMessage());
    }
  }
}
