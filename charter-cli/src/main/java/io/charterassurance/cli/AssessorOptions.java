package io.charterassurance.cli;

import io.charterassurance.rules.Assessor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;

/** Options that tailor the assessor: a scoring policy, a criteria catalogue, extra rule files. */
final class AssessorOptions {
  @Option(names = "--policy", paramLabel = "FILE",
      description = "A tailored scoring policy (YAML or JSON) instead of the standard one.")
  @Nullable Path policy;

  @Option(names = "--criteria", paramLabel = "FILE",
      description = "A replacement criteria catalogue (YAML or JSON).")
  @Nullable Path criteria;

  @Option(names = "--rules", paramLabel = "FILE", split = ",",
      description = "Additional DRL rule files. DRL is Java code with no sandbox: use only files you trust as you would a jar.")
  List<Path> rules = new ArrayList<>();

  @Option(names = "--only-these-rules",
      description = "Leave out the bundled rule files, so only --rules run (use with --criteria).")
  boolean onlyTheseRules;

  /**
   * The standard assessor, or one built from the options.
   *
   * @throws io.charterassurance.rules.catalogue.RuleSetException listing every problem with file and line
   * @throws BadInput if a file named is not a regular file (a pipe would hang the run, a device fill the memory)
   */
  Assessor build() {
    check("--policy", policy);
    check("--criteria", criteria);
    rules.forEach(file -> check("--rules", file));
    if (policy == null && criteria == null && rules.isEmpty() && !onlyTheseRules) {
      return Assessor.standard();
    }
    Assessor.Builder builder = Assessor.builder();
    if (policy != null) {
      builder.scoringPolicy(policy);
    }
    if (criteria != null) {
      builder.criteria(criteria);
    }
    if (onlyTheseRules) {
      builder.withoutStandardRules();
    }
    if (!rules.isEmpty()) {
      builder.addRules(rules.toArray(Path[]::new));
    }
    return builder.build();
  }

  private static void check(String option, @Nullable Path file) {
    if (file != null && Files.exists(file) && !Files.isRegularFile(file)) {
      throw new BadInput(option + " " + file + ": " + (Files.isDirectory(file) ? "is a directory, not a file"
          : Inputs.notRegular(file)));
    }
  }
}
