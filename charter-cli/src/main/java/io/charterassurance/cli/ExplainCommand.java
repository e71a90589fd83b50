package io.charterassurance.cli;

import io.charterassurance.model.charter.Charter;
import io.charterassurance.model.charter.Clause;
import io.charterassurance.model.io.JsonErrors;
import io.charterassurance.model.organisation.OrganisationKind;
import io.charterassurance.rules.Assessor;
import io.charterassurance.rules.catalogue.Criterion;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code charter explain}: what a criterion checks, the clause it serves and what meets it. */
@Command(
    name = "explain",
    mixinStandardHelpOptions = true,
    description = "Explain a criterion: what it checks, the Charter clauses and principles it serves, and what evidence meets it.")
final class ExplainCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(paramLabel = "CRITERION", description = "A criterion id, e.g. N1-CD-STRATEGY (`charter criteria` lists them).")
  String id = "";

  @Mixin AssessorOptions assessorOptions = new AssessorOptions();

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    Assessor assessor = Progress.whileLoading(spec.commandLine().getErr(), null, assessorOptions::build);
    // Ids are matched whatever their case: n2-jsnaa is N2-JSNAA.
    var found = assessor.catalogue().criteria().stream().filter(c -> c.id().equalsIgnoreCase(id.strip())).findFirst();
    if (found.isEmpty()) {
      List<String> ids = assessor.catalogue().criteria().stream().map(Criterion::id).toList();
      spec.commandLine().getErr().println(Terminal.safe("charter: \"" + id + "\" is not a criterion of rule set "
          + assessor.catalogue().version() + JsonErrors.suggestion(id.strip().toUpperCase(java.util.Locale.ROOT), ids)
          + "; `charter criteria` lists them"));
      return ExitCodes.INVALID;
    }
    Criterion c = found.get();
    Charter charter = Charter.standard();
    out.println(Terminal.safe(c.id() + ": " + c.title()));
    out.println();
    out.println("What meets it");
    out.println(Terminal.safe("  " + c.meets()));
    out.println();
    out.println(Terminal.safe("Evidence that can meet it: " + String.join(", ", c.evidenceKinds())));
    out.println(Terminal.safe("Applies to: " + c.kinds().stream().sorted().map(OrganisationKind::label).collect(Collectors.joining(", "))));
    out.println(Terminal.safe("Mandatory for: " + (c.mandatoryFor().isEmpty() ? "none (it does not limit the band)"
        : c.mandatoryFor().stream().sorted().map(OrganisationKind::label).collect(Collectors.joining(", "))
            + " (short of met, it limits the band)")));
    out.println(Terminal.safe("Weight: " + assessor.policy().weights().getOrDefault(c.id(), c.weight()).stripTrailingZeros().toPlainString()
        + " (scoring policy " + assessor.policy().id() + ")"));
    out.println();
    out.println("Charter clauses it serves");
    for (String clauseId : c.clauses()) {
      Clause clause = charter.clause(clauseId);
      out.println(Terminal.safe("  " + clause.id() + " " + clause.title()));
      out.println(Terminal.safe("     \"" + clause.text() + "\""));
    }
    out.println();
    out.println(Terminal.safe("Principles: " + c.principles().stream()
        .map(p -> p + " " + charter.clause(p).title()).collect(Collectors.joining("; "))));
    out.println(Terminal.safe("Decided by rules in " + c.area() + ".drl: " + String.join("; ", assessor.rulesFor(c.id()))));
    out.flush();
    return ExitCodes.OK;
  }
}
