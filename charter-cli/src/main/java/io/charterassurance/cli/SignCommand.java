package io.charterassurance.cli;

import io.charterassurance.model.io.InputFile;
import io.charterassurance.report.ReportFile;
import io.charterassurance.report.ReportSignature;
import io.charterassurance.report.ReportSigning;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.security.PrivateKey;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code charter sign}: a detached Ed25519 signature for each published report. */
@Command(
    name = "sign",
    mixinStandardHelpOptions = true,
    description = {
      "Sign published reports: for each REPORT, write REPORT.sig, an Ed25519 signature over its canonical bytes"
          + " (RFC 8785 canonical JSON for a JSON report, the exact bytes for HTML, CSV, text, SARIF or JUnit).",
      "Anyone with the public key checks it with `charter verify`. The private key is read, used and forgotten:"
          + " it is never written to a report, a signature or a message."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:every report signed", "2:a report or the key cannot be read, or a signature cannot be written"})
final class SignCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "REPORT", description = "Report files to sign.")
  List<Path> reports = new ArrayList<>();

  @Option(names = "--key", required = true, paramLabel = "PRIVATE.pem",
      description = "The Ed25519 private key, PEM (PKCS #8), from `charter keygen` or `openssl genpkey -algorithm ed25519`.")
  Path key;

  @Option(names = "--output-dir", paramLabel = "DIR",
      description = "Write the signatures here (default: beside each report).")
  @Nullable Path outputDir;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    PrivateKey privateKey;
    try {
      privateKey = ReportSigning.readPrivateKey(key);
    } catch (ReportSigning.Unusable e) {
      err.println(Terminal.safe("charter: " + e.getMessage()));
      return ExitCodes.INVALID;
    }
    for (Path report : reports) {
      InputFile.Content content = InputFile.read(report, "report");
      if (content.isRefused()) {
        err.println(Terminal.safe("charter: " + report + " " + content.problem()));
        return ExitCodes.INVALID;
      }
      ReportSignature signature = ReportSigning.sign(content.bytes(), privateKey);
      String name = report.getFileName() + ".sig";
      Path target = outputDir == null ? report.resolveSibling(name) : outputDir.resolve(name);
      try (ReportFile file = ReportFile.open(target, List.of(report, key))) {
        file.write(ReportSigning.write(signature));
      } catch (IOException e) {
        err.println(Terminal.safe("charter: cannot write " + target + ": "
            + (e instanceof ReportFile.Refused ? e.getMessage() : InputFile.reason(e))));
        return ExitCodes.INVALID;
      }
      err.println(Terminal.safe("charter: signed " + report + " (" + signature.canonicalization()
          + ", " + signature.signedDigest() + "): wrote " + target));
    }
    return ExitCodes.OK;
  }
}
