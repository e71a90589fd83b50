package io.charterassurance.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code charter keygen}, {@code sign} and {@code verify}: a publisher signs, anyone verifies. */
class SigningCommandTests {
  @TempDir Path dir;
  Path privateKey;
  Path publicKey;
  Path report;

  @BeforeEach
  void keysAndAReport() {
    privateKey = dir.resolve("signing.pem");
    publicKey = dir.resolve("signing.pub.pem");
    Cli.Result keygen = Cli.run("keygen", "--private-key", privateKey.toString(), "--public-key", publicKey.toString());
    assertThat(keygen.exit()).as(keygen.err()).isZero();
    assertThat(keygen.out()).matches("sha256:[0-9a-f]{64}\\R");
    report = dir.resolve("homerton.json");
    Cli.Result assess = Cli.run("assess", Cli.example("trust-homerton.json"), "-f", "json", "-o", report.toString());
    assertThat(assess.exit()).as(assess.err()).isZero();
  }

  @Test
  @DisplayName("keygen writes a private key only its owner can read, and never replaces a key")
  void keygen() throws IOException {
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(privateKey))).isEqualTo("rw-------");
    String before = Files.readString(privateKey);
    Cli.Result again = Cli.run("keygen", "--private-key", privateKey.toString(), "--public-key", dir.resolve("x.pem").toString());
    assertThat(again.exit()).isEqualTo(2);
    assertThat(again.err()).isEqualTo("charter: " + privateKey + " exists; a key file is never replaced" + System.lineSeparator());
    assertThat(Files.readString(privateKey)).isEqualTo(before);
  }

  @Test
  @DisplayName("a signed report verifies (exit 0); a one-byte change to a value does not (exit 1)")
  void signAndVerify() throws IOException {
    Cli.Result sign = Cli.run("sign", report.toString(), "--key", privateKey.toString());
    assertThat(sign.exit()).as(sign.err()).isZero();
    Path signature = dir.resolve("homerton.json.sig");
    assertThat(sign.err()).contains("wrote " + signature);
    assertThat(sign.out()).isEmpty();

    Cli.Result valid = Cli.run("verify", report.toString(), "--signature", signature.toString(), "--key", publicKey.toString());
    assertThat(valid.exit()).isZero();
    assertThat(valid.out()).startsWith(report + ": valid: ");

    byte[] bytes = Files.readAllBytes(report);
    String text = new String(bytes, StandardCharsets.ISO_8859_1);
    int at = text.indexOf("\"overall\" : ") + "\"overall\" : ".length();
    bytes[at] = (byte) (bytes[at] == '1' ? '2' : '1');
    Files.write(report, bytes);
    Cli.Result changed = Cli.run("verify", report.toString(), "--signature", signature.toString(), "--key", publicKey.toString());
    assertThat(changed.exit()).isEqualTo(1);
    assertThat(changed.out()).isEqualTo(report + ": NOT VALID: the report's content differs from what was signed" + System.lineSeparator());
  }

  @Test
  @DisplayName("another publisher's key does not verify (exit 1)")
  void anotherKey() {
    Path otherPrivate = dir.resolve("other.pem");
    Path otherPublic = dir.resolve("other.pub.pem");
    assertThat(Cli.run("keygen", "--private-key", otherPrivate.toString(), "--public-key", otherPublic.toString()).exit()).isZero();
    assertThat(Cli.run("sign", report.toString(), "--key", privateKey.toString()).exit()).isZero();
    Cli.Result other = Cli.run("verify", report.toString(), "--signature", dir.resolve("homerton.json.sig").toString(),
        "--key", otherPublic.toString());
    assertThat(other.exit()).isEqualTo(1);
    assertThat(other.out()).contains("NOT VALID: the signature was not made with this key");
  }

  @Test
  @DisplayName("usage and unusable files are exit 2, and no key material reaches a message")
  void usageAndUnusableFiles() throws IOException {
    String secret = Files.readString(privateKey).lines().skip(1).findFirst().orElseThrow();
    Cli.Result missingOption = Cli.run("verify", report.toString(), "--key", publicKey.toString());
    assertThat(missingOption.exit()).isEqualTo(2);
    assertThat(missingOption.err()).contains("Missing required option: '--signature=SIG'");

    Cli.Result keyAsSignature = Cli.run("verify", report.toString(), "--signature", privateKey.toString(), "--key", publicKey.toString());
    assertThat(keyAsSignature.exit()).isEqualTo(2);
    assertThat(keyAsSignature.err()).contains(privateKey + ": not a report signature").doesNotContain(secret);

    Cli.Result publicAsPrivate = Cli.run("sign", report.toString(), "--key", publicKey.toString());
    assertThat(publicAsPrivate.exit()).isEqualTo(2);
    assertThat(publicAsPrivate.err()).contains(publicKey + ": no \"-----BEGIN PRIVATE KEY-----\" block");
    assertThat(dir.resolve("homerton.json.sig")).doesNotExist();

    Cli.Result directory = Cli.run("sign", dir.toString(), "--key", privateKey.toString());
    assertThat(directory.exit()).isEqualTo(2);
    assertThat(directory.err()).contains(dir + " is a directory");
  }
}
