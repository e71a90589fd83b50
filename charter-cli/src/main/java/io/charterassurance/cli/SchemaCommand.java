package io.charterassurance.cli;

import io.charterassurance.model.io.SubmissionSchema;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code charter schema}: prints the JSON Schema for submissions. */
@Command(
    name = "schema",
    mixinStandardHelpOptions = true,
    description = "Print the JSON Schema (draft 2020-12) for submissions, generated from the model.")
final class SchemaCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    spec.commandLine().getOut().print(SubmissionSchema.text());
    spec.commandLine().getOut().flush();
    return ExitCodes.OK;
  }
}
