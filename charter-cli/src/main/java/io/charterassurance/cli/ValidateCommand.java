package io.charterassurance.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.charterassurance.model.io.CharterJson;
import io.charterassurance.model.io.ReadResult;
import io.charterassurance.model.io.SubmissionReader;
import io.charterassurance.model.io.Violation;
import io.charterassurance.rules.Assessor;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code charter validate}: checks submissions without assessing them. */
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    description = "Validate submissions without assessing them: every problem, with file, line, JSON path and what was expected.")
final class ValidateCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "FILE",
      description = "Submission files, directories to search for *.json, *.yaml and *.yml, or - to read one from standard input.")
  List<Path> inputs = new ArrayList<>();

  @Option(names = "--json", description = "Print the problems as a JSON array instead of lines of text.")
  boolean json;

  @Mixin AssessorOptions assessorOptions = new AssessorOptions();

  @Override
  public Integer call() throws JsonProcessingException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Inputs.Expansion expansion = Inputs.expand(inputs);
    List<Inputs.Input> files = expansion.inputs();
    if (files.isEmpty()) {
      err.println("charter: no submission files (*.json, *.yaml, *.yml) in " + Terminal.safe(inputs.toString()));
      expansion.printUnsearched(err);
      return ExitCodes.INVALID;
    }
    Assessor assessor = Progress.whileLoading(err, null, assessorOptions::build);
    SubmissionReader reader = SubmissionReader.create();
    List<Violation> all = new ArrayList<>();
    int invalid = 0;
    for (Inputs.Input input : files) {
      String file = input.name();
      ReadResult read = input.read(reader);
      List<Violation> problems = assessor.validate(read);
      if (!problems.isEmpty()) {
        invalid++;
      }
      all.addAll(problems);
      if (!json) {
        if (problems.isEmpty()) {
          out.println(Terminal.safe(file + ": valid"));
        } else {
          problems.forEach(p -> out.println(Terminal.safe(p.toString())));
        }
      }
    }
    List<Violation> unsearched = expansion.unsearched();
    all.addAll(unsearched);
    if (json) {
      out.println(CharterJson.json().writeValueAsString(all));
    } else {
      unsearched.forEach(v -> out.println(Terminal.safe(v.toString())));
      out.println(files.size() + " file" + (files.size() == 1 ? "" : "s") + ": " + (files.size() - invalid) + " valid, "
          + invalid + " invalid (" + all.size() + " problem" + (all.size() == 1 ? "" : "s") + ")"
          + (unsearched.isEmpty() ? "" : "; " + unsearched.size() + (unsearched.size() == 1 ? " path" : " paths")
              + " could not be searched"));
    }
    out.flush();
    return invalid == 0 && unsearched.isEmpty() ? ExitCodes.OK : ExitCodes.INVALID;
  }
}
