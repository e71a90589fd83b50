package io.charterassurance.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.charterassurance.model.io.CharterJson;
import io.charterassurance.model.organisation.OrganisationKind;
import io.charterassurance.rules.Assessor;
import io.charterassurance.rules.catalogue.Criterion;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code charter criteria}: lists the criteria, for every kind of organisation or for one. */
@Command(
    name = "criteria",
    mixinStandardHelpOptions = true,
    description = "List the criteria an assessment decides, for every kind of organisation or for one.")
final class CriteriaCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = {"-k", "--kind"}, paramLabel = "KIND", converter = KindConverter.class,
      completionCandidates = KindConverter.Candidates.class,
      description = "Only the criteria that apply to this kind: ${COMPLETION-CANDIDATES}.")
  @Nullable OrganisationKind kind;

  @Option(names = "--json", description = "Print the criteria as JSON.")
  boolean json;

  @Mixin AssessorOptions assessorOptions = new AssessorOptions();

  @Override
  public Integer call() throws JsonProcessingException {
    PrintWriter out = spec.commandLine().getOut();
    Assessor assessor = Progress.whileLoading(spec.commandLine().getErr(), null, assessorOptions::build);
    List<Criterion> criteria = kind == null ? assessor.catalogue().criteria() : assessor.catalogue().forKind(kind);
    if (json) {
      out.println(CharterJson.json().writeValueAsString(criteria));
      out.flush();
      return ExitCodes.OK;
    }
    out.println(Terminal.safe("Criteria of rule set " + assessor.catalogue().version()
        + (kind == null ? "" : " that apply to a " + kind.label()) + " (" + criteria.size() + ")"));
    out.println();
    for (Criterion c : criteria) {
      boolean mandatory = kind == null ? !c.mandatoryFor().isEmpty() : c.isMandatoryFor(kind);
      String weight = assessor.policy().weights().getOrDefault(c.id(), c.weight()).stripTrailingZeros().toPlainString();
      out.println(Terminal.safe(String.format("%-29s %s%s", c.id(), c.title(), mandatory ? "  (mandatory" + (kind == null
          ? " for " + c.mandatoryFor().stream().sorted().map(KindConverter::id).collect(Collectors.joining(", ")) : "") + ")" : "")));
      out.println(Terminal.safe(String.format("%-29s Charter %s; weight %s; evidence: %s", "", String.join(", ", c.clauses()), weight,
          String.join(", ", c.evidenceKinds()))));
      if (kind == null) {
        out.println(Terminal.safe(String.format("%-29s applies to %s", "",
            c.kinds().stream().sorted().map(KindConverter::id).collect(Collectors.joining(", ")))));
      }
    }
    out.println();
    out.println("`charter explain ID` says what meets a criterion.");
    out.flush();
    return ExitCodes.OK;
  }
}
