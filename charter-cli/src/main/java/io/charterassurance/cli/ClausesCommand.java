package io.charterassurance.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.charterassurance.model.charter.Charter;
import io.charterassurance.model.charter.Clause;
import io.charterassurance.model.charter.ClauseKind;
import io.charterassurance.model.io.CharterJson;
import io.charterassurance.model.organisation.OrganisationKind;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code charter charter}: the Charter's clauses with their ids and text. */
@Command(
    name = "charter",
    mixinStandardHelpOptions = true,
    description = "List the Charter's clauses with their ids and exact text: principles, calls and commitments.")
final class ClausesCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = {"-k", "--kind"}, paramLabel = "KIND", converter = KindConverter.class,
      completionCandidates = KindConverter.Candidates.class,
      description = "Only the calls that concern this kind of organisation (and its predecessors): ${COMPLETION-CANDIDATES}.")
  @Nullable OrganisationKind kind;

  @Option(names = "--json", description = "Print the clauses as JSON.")
  boolean json;

  @Override
  public Integer call() throws JsonProcessingException {
    PrintWriter out = spec.commandLine().getOut();
    Charter charter = Charter.standard();
    List<Clause> clauses = kind == null ? charter.clauses() : withParts(charter, charter.callsConcerning(kind));
    if (json) {
      out.println(CharterJson.json().writeValueAsString(clauses));
      out.flush();
      return ExitCodes.OK;
    }
    out.println(charter.title() + " (" + charter.version() + ")"
        + (kind == null ? "" : ": the calls that concern a " + kind.label()));
    ClauseKind section = null;
    for (Clause c : clauses) {
      ClauseKind heading = c.kind() == ClauseKind.PRINCIPLE_PART ? ClauseKind.PRINCIPLE
          : c.kind() == ClauseKind.NATIONAL_LEAD ? ClauseKind.NATIONAL_CALL
          : c.kind() == ClauseKind.CALL_PART || c.kind() == ClauseKind.COMMITMENT ? ClauseKind.AGENCY_CALL : c.kind();
      if (heading != section) {
        out.println();
        out.println(heading.label() + "s");
        section = heading;
      }
      String indent = c.parent() == null ? "" : "    ";
      out.println(indent + String.format("%-4s %s", c.id(), c.title()));
      out.println(indent + "     " + c.text());
    }
    out.flush();
    return ExitCodes.OK;
  }

  private static List<Clause> withParts(Charter charter, List<Clause> calls) {
    return calls.stream().flatMap(c -> java.util.stream.Stream.concat(java.util.stream.Stream.of(c),
        charter.children(c.id()).stream())).toList();
  }
}
