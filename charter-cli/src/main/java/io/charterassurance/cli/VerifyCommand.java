package io.charterassurance.cli;

import io.charterassurance.model.io.InputFile;
import io.charterassurance.report.ReportSignature;
import io.charterassurance.report.ReportSigning;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.security.PublicKey;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code charter verify}: checks a published report against its detached signature. */
@Command(
    name = "verify",
    mixinStandardHelpOptions = true,
    description = "Check that a published report is what its signer signed: its signature (from `charter sign`)"
        + " verifies with the signer's public key, and no value of the report has changed since.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:the signature is valid",
      "1:the signature is not valid: the report changed, or another key signed it",
      "2:usage, or a file that cannot be read or is not what it should be"
    })
final class VerifyCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "REPORT", description = "The published report.")
  Path report;

  @Option(names = "--signature", required = true, paramLabel = "SIG", description = "Its signature (REPORT.sig).")
  Path signature;

  @Option(names = "--key", required = true, paramLabel = "PUBLIC.pem",
      description = "The signer's Ed25519 public key, PEM, as the publisher gives it.")
  Path key;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    ReportSignature read;
    PublicKey publicKey;
    try {
      read = ReportSigning.readSignature(signature);
      publicKey = ReportSigning.readPublicKey(key);
    } catch (ReportSigning.Unusable e) {
      err.println(Terminal.safe("charter: " + e.getMessage()));
      return ExitCodes.INVALID;
    }
    InputFile.Content content = InputFile.read(report, "report");
    if (content.isRefused()) {
      err.println(Terminal.safe("charter: " + report + " " + content.problem()));
      return ExitCodes.INVALID;
    }
    ReportSigning.Verification check = ReportSigning.verify(content.bytes(), read, publicKey);
    if (check.valid()) {
      out.println(Terminal.safe(report + ": valid: " + check.reason() + " (Ed25519 key "
          + ReportSigning.fingerprint(publicKey) + ")"));
      out.flush();
      return ExitCodes.OK;
    }
    out.println(Terminal.safe(report + ": NOT VALID: " + check.reason()));
    out.flush();
    return ExitCodes.NOT_VERIFIED;
  }
}
