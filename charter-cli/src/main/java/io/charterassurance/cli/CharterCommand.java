package io.charterassurance.cli;

import io.charterassurance.rules.Assessor;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The top-level {@code charter} command: lists its subcommands. */
@Command(
    name = "charter",
    mixinStandardHelpOptions = true,
    versionProvider = CharterCommand.Version.class,
    description = "Checks how far health and care organisations put the Charter for Community Development in Health into practice.",
    subcommands = {
      AssessCommand.class,
      RenderCommand.class,
      NextStepsCommand.class,
      TimelineCommand.class,
      ValidateCommand.class,
      CriteriaCommand.class,
      ClausesCommand.class,
      ExplainCommand.class,
      SchemaCommand.class,
      DiffCommand.class,
      KeygenCommand.class,
      SignCommand.class,
      VerifyCommand.class,
      ServeCommand.class,
      CommandLine.HelpCommand.class
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:success",
      "1:an assessment is below --fail-below (assess), a regression with --fail-on-regression (diff), or a signature that does not verify (verify)",
      "2:invalid input or usage; every problem is listed on stderr",
      "3:an internal error in Charter Assurance"
    })
final class CharterCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  /** {@code charter} alone is a usage error: the usage goes to stderr and the exit code is 2. */
  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getErr());
    spec.commandLine().getErr().flush();
    return ExitCodes.INVALID;
  }

  /** The version line: the library version and the Charter, rules and policy it bundles. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      Assessor standard = Assessor.standard();
      return new String[] {
        "charter " + Assessor.libraryVersion(),
        "Charter for Community Development in Health " + io.charterassurance.model.charter.Charter.standard().version(),
        "rule set " + standard.catalogue().version() + " (sha256 " + standard.ruleSetHash().substring(0, 12) + ")",
        "scoring policy " + standard.policy().id()
      };
    }
  }
}
