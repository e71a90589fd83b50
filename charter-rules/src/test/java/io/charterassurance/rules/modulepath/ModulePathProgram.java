package io.charterassurance.rules.modulepath;

import io.charterassurance.model.io.CharterJson;
import io.charterassurance.model.io.ReadResult;
import io.charterassurance.model.io.SubmissionReader;
import io.charterassurance.model.report.Report;
import io.charterassurance.rules.Assessor;
import io.charterassurance.rules.catalogue.CriteriaCatalogue;
import io.charterassurance.rules.catalogue.ScoringPolicy;
import java.nio.file.Path;

/**
 * Run by {@link ModulePathTests} in a JVM of its own, with the library on the module path and
 * this class on the class path: uses the API as an application would and prints what it got.
 *
 * <p>Arguments: a submission file, a criteria catalogue and a rule file of one's own.
 */
public final class ModulePathProgram {
  private ModulePathProgram() {}

  public static void main(String[] args) throws Exception {
    System.out.println("module " + Assessor.class.getModule().getName());
    ReadResult read = SubmissionReader.create().read(Path.of(args[0]));
    Report report = Assessor.standard().assess(read);
    System.out.println("report " + fingerprint(CharterJson.json().writeValueAsString(report)));
    System.out.println("catalogue " + CriteriaCatalogue.standard().criteria().size()
        + " policy " + ScoringPolicy.standard().hash());
    try {
      Assessor own = Assessor.builder().withoutStandardRules().criteria(Path.of(args[1]))
          .addRules(Path.of(args[2])).build();
      System.out.println("compiled " + own.check(read.valid().orElseThrow()).findings().get(0).status());
    } catch (IllegalStateException e) {
      System.out.println("refused " + e.getMessage());
    }
  }

  /** The length and hash code of a text, which the test compares with its own. */
  static String fingerprint(String text) {
    return text.length() + " chars, hash " + Integer.toHexString(text.hashCode());
  }
}
