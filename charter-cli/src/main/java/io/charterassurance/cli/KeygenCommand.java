package io.charterassurance.cli;

import io.charterassurance.model.io.InputFile;
import io.charterassurance.report.ReportSigning;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Path;
import java.security.KeyPair;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code charter keygen}: a new Ed25519 key pair for signing reports. */
@Command(
    name = "keygen",
    mixinStandardHelpOptions = true,
    description = {
      "Make an Ed25519 key pair for `charter sign`: the private key readable by you alone, the public key to"
          + " publish beside the signed reports. Never replaces an existing file.",
      "Keep the private key out of reports, logs, shared drives and version control."
    })
final class KeygenCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--private-key", required = true, paramLabel = "FILE", description = "Where to write the private key (PEM).")
  Path privateKey;

  @Option(names = "--public-key", required = true, paramLabel = "FILE", description = "Where to write the public key (PEM).")
  Path publicKey;

  @Override
  public Integer call() {
    KeyPair keys = ReportSigning.generateKeys();
    try {
      ReportSigning.writeKeys(keys, privateKey, publicKey);
    } catch (FileAlreadyExistsException e) {
      spec.commandLine().getErr().println(Terminal.safe("charter: " + e.getFile() + " exists; a key file is never replaced"));
      return ExitCodes.INVALID;
    } catch (IOException e) {
      spec.commandLine().getErr().println(Terminal.safe("charter: cannot write the keys: " + InputFile.reason(e)));
      return ExitCodes.INVALID;
    }
    spec.commandLine().getOut().println(ReportSigning.fingerprint(keys.getPublic()));
    spec.commandLine().getOut().flush();
    spec.commandLine().getErr().println(Terminal.safe("charter: wrote the private key " + privateKey
        + " (readable by you alone) and the public key " + publicKey));
    return ExitCodes.OK;
  }
}
