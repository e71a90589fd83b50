package io.charterassurance.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.charterassurance.model.io.CharterJson;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyPair;
import java.util.Base64;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A published report's detached signature verifies, and any change to what it says does not. */
class ReportSigningTests {
  private static final KeyPair KEYS = ReportSigning.generateKeys();
  private static final KeyPair OTHER = ReportSigning.generateKeys();

  @TempDir Path dir;

  private static byte[] render(ReportFormat format) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ReportWriter.of(format).write(List.of(Reports.of("icb-strong.json")), out);
    return out.toByteArray();
  }

  @Nested
  @DisplayName("a JSON report")
  class JsonReport {
    @Test
    @DisplayName("is signed over its RFC 8785 canonical form and verifies with the signer's key")
    void verifies() throws IOException {
      byte[] report = render(ReportFormat.JSON);
      ReportSignature signature = ReportSigning.sign(report, KEYS.getPrivate());
      assertThat(signature.canonicalization()).isEqualTo(ReportSignature.JSON);
      assertThat(signature.algorithm()).isEqualTo("Ed25519");
      assertThat(signature.signedDigest()).matches("sha256:[0-9a-f]{64}");
      assertThat(ReportSigning.verify(report, signature, KEYS.getPublic()).valid()).isTrue();
    }

    @Test
    @DisplayName("still verifies after a publishing pipeline re-indents it: the content is what is signed")
    void survivesReformatting() throws IOException {
      byte[] report = render(ReportFormat.JSON);
      ReportSignature signature = ReportSigning.sign(report, KEYS.getPrivate());
      JsonNode tree = CharterJson.json().readTree(report);
      byte[] compact = CharterJson.json().writer().without(com.fasterxml.jackson.databind.SerializationFeature.INDENT_OUTPUT)
          .writeValueAsBytes(tree);
      assertThat(compact).isNotEqualTo(report);
      assertThat(ReportSigning.verify(compact, signature, KEYS.getPublic()).valid()).isTrue();
    }

    @Test
    @DisplayName("fails after a one-byte change to any value: the score, a band, a word of a finding")
    void failsAfterAOneByteChange() throws IOException {
      byte[] report = render(ReportFormat.JSON);
      ReportSignature signature = ReportSigning.sign(report, KEYS.getPrivate());
      String text = new String(report, StandardCharsets.ISO_8859_1); // one char per byte, for positions
      for (String needle : List.of("\"overall\" : ", "\"label\" : \"", "\"reason\" : \"")) {
        int at = text.indexOf(needle);
        assertThat(at).as(needle).isNotNegative();
        int position = at + needle.length();
        byte[] changed = report.clone();
        // A digit for another digit, a letter for another letter: the file stays JSON, one value changes.
        changed[position] = (byte) (Character.isDigit(changed[position]) ? (changed[position] == '1' ? '2' : '1')
            : (changed[position] == 'x' ? 'y' : 'x'));
        ReportSigning.Verification check = ReportSigning.verify(changed, signature, KEYS.getPublic());
        assertThat(check.valid()).as("changed after %s", needle).isFalse();
        assertThat(check.reason()).isEqualTo("the report's content differs from what was signed");
      }
    }

    @Test
    @DisplayName("fails with another key, and says so")
    void failsWithAnotherKey() throws IOException {
      byte[] report = render(ReportFormat.JSON);
      ReportSignature signature = ReportSigning.sign(report, KEYS.getPrivate());
      ReportSigning.Verification check = ReportSigning.verify(report, signature, OTHER.getPublic());
      assertThat(check.valid()).isFalse();
      assertThat(check.reason()).isEqualTo("the signature was not made with this key, or it was altered");
    }

    @Test
    @DisplayName("fails when the signature document is edited: the canonicalization, the algorithm or the signature")
    void failsWhenTheSignatureIsEdited() throws IOException {
      byte[] report = render(ReportFormat.JSON);
      ReportSignature s = ReportSigning.sign(report, KEYS.getPrivate());
      byte[] sig = Base64.getDecoder().decode(s.signature());
      sig[10] ^= 1;
      List<ReportSignature> edited = List.of(
          new ReportSignature(s.format(), s.algorithm(), ReportSignature.RAW, s.signedDigest(), s.signature()),
          new ReportSignature(s.format(), "RS256", s.canonicalization(), s.signedDigest(), s.signature()),
          new ReportSignature(s.format(), s.algorithm(), s.canonicalization(), s.signedDigest(),
              Base64.getEncoder().encodeToString(sig)),
          new ReportSignature(s.format(), s.algorithm(), s.canonicalization(), s.signedDigest(), "not base64!"));
      for (ReportSignature e : edited) {
        assertThat(ReportSigning.verify(report, e, KEYS.getPublic()).valid()).as(e.toString()).isFalse();
      }
    }
  }

  @Test
  @DisplayName("an HTML or CSV report is signed over its exact bytes, and every single-byte change fails (200 seeded positions)")
  void otherFormatsAreSignedByteForByte() throws IOException {
    long seed = System.nanoTime();
    System.out.println("ReportSigningTests seed " + seed);
    Random random = new Random(seed);
    for (ReportFormat format : List.of(ReportFormat.HTML, ReportFormat.CSV, ReportFormat.TEXT)) {
      byte[] report = render(format);
      ReportSignature signature = ReportSigning.sign(report, KEYS.getPrivate());
      assertThat(signature.canonicalization()).isEqualTo(ReportSignature.RAW);
      assertThat(ReportSigning.verify(report, signature, KEYS.getPublic()).valid()).isTrue();
      for (int i = 0; i < 200; i++) {
        byte[] changed = report.clone();
        int position = random.nextInt(changed.length);
        changed[position] ^= (byte) (1 + random.nextInt(255));
        assertThat(ReportSigning.verify(changed, signature, KEYS.getPublic()).valid())
            .as("%s with byte %d changed (seed %d)", format, position, seed).isFalse();
      }
    }
  }

  @Test
  @DisplayName("the signature document round-trips through its JSON file")
  void theSignatureDocumentRoundTrips() throws IOException {
    ReportSignature signature = ReportSigning.sign(render(ReportFormat.JSON), KEYS.getPrivate());
    Path file = Files.write(dir.resolve("report.json.sig"), ReportSigning.write(signature));
    assertThat(ReportSigning.readSignature(file)).isEqualTo(signature);
    assertThat(Files.readString(file)).startsWith("{").contains("\"format\" : \"charter-assurance-report-signature/1\"");
  }

  @Nested
  @DisplayName("key files")
  class KeyFiles {
    @Test
    @DisplayName("are written as PEM, the private one readable by its owner alone, and read back to keys that sign and verify")
    void roundTrip() throws IOException {
      Path privateKey = dir.resolve("signing.pem");
      Path publicKey = dir.resolve("signing.pub.pem");
      ReportSigning.writeKeys(KEYS, privateKey, publicKey);
      assertThat(Files.readString(privateKey)).startsWith("-----BEGIN PRIVATE KEY-----\n").endsWith("-----END PRIVATE KEY-----\n");
      assertThat(Files.readString(publicKey)).startsWith("-----BEGIN PUBLIC KEY-----\n");
      assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(privateKey))).isEqualTo("rw-------");
      byte[] report = render(ReportFormat.JSON);
      ReportSignature signature = ReportSigning.sign(report, ReportSigning.readPrivateKey(privateKey));
      assertThat(ReportSigning.verify(report, signature, ReportSigning.readPublicKey(publicKey)).valid()).isTrue();
      assertThat(ReportSigning.fingerprint(ReportSigning.readPublicKey(publicKey)))
          .isEqualTo(ReportSigning.fingerprint(KEYS.getPublic())).matches("sha256:[0-9a-f]{64}");
    }

    @Test
    @DisplayName("are never replaced")
    void neverReplaced() throws IOException {
      Path privateKey = Files.writeString(dir.resolve("signing.pem"), "precious");
      assertThatThrownBy(() -> ReportSigning.writeKeys(KEYS, privateKey, dir.resolve("pub.pem")))
          .isInstanceOf(FileAlreadyExistsException.class);
      assertThat(Files.readString(privateKey)).isEqualTo("precious");
      assertThat(dir.resolve("pub.pem")).doesNotExist();
    }

    @Test
    @DisplayName("that cannot be used are named with what was expected, and their contents never echoed")
    void unusableKeysAreNamedNotEchoed() throws IOException {
      Path privateKey = dir.resolve("signing.pem");
      Path publicKey = dir.resolve("signing.pub.pem");
      ReportSigning.writeKeys(KEYS, privateKey, publicKey);
      String secret = Files.readString(privateKey).lines().skip(1).findFirst().orElseThrow();

      assertThatThrownBy(() -> ReportSigning.readPrivateKey(publicKey))
          .isInstanceOf(ReportSigning.Unusable.class)
          .hasMessage(publicKey + ": no \"-----BEGIN PRIVATE KEY-----\" block; expected an Ed25519 private key in PEM, as charter keygen writes");
      assertThatThrownBy(() -> ReportSigning.readPublicKey(privateKey))
          .isInstanceOf(ReportSigning.Unusable.class)
          .hasMessageContaining(privateKey + ": no \"-----BEGIN PUBLIC KEY-----\" block")
          .message().doesNotContain(secret);
      assertThatThrownBy(() -> ReportSigning.readSignature(privateKey))
          .isInstanceOf(ReportSigning.Unusable.class)
          .hasMessageStartingWith(privateKey + ": not a report signature (at line 1, column ")
          .message().doesNotContain(secret).doesNotContain("BEGIN");
      Path rsa = Files.writeString(dir.resolve("rsa.pem"), "-----BEGIN PRIVATE KEY-----\nMIIBVAIBADANBgkqhkiG9w0BAQEFAASCAT4wggE6AgEAAkEA\n-----END PRIVATE KEY-----\n");
      assertThatThrownBy(() -> ReportSigning.readPrivateKey(rsa))
          .isInstanceOf(ReportSigning.Unusable.class)
          .hasMessage(rsa + ": not an Ed25519 private key (PKCS #8); make one with charter keygen or openssl genpkey -algorithm ed25519");
      assertThatThrownBy(() -> ReportSigning.readPrivateKey(dir.resolve("missing.pem")))
          .isInstanceOf(ReportSigning.Unusable.class)
          .hasMessageStartingWith(dir.resolve("missing.pem").toString());
    }
  }

  /** Keys made with OpenSSL sign and verify here, and OpenSSL verifies our signatures: the formats are the standard ones. */
  @Test
  @DisplayName("keys and signatures interoperate with OpenSSL (where it is installed)")
  void interoperatesWithOpenSsl() throws Exception {
    Path openssl = Path.of("/usr/bin/openssl");
    org.junit.jupiter.api.Assumptions.assumeTrue(Files.isExecutable(openssl), "OpenSSL is not installed");
    Path privateKey = dir.resolve("openssl.pem");
    Path publicKey = dir.resolve("openssl.pub.pem");
    run(openssl.toString(), "genpkey", "-algorithm", "ed25519", "-out", privateKey.toString());
    run(openssl.toString(), "pkey", "-in", privateKey.toString(), "-pubout", "-out", publicKey.toString());
    byte[] report = render(ReportFormat.HTML);
    ReportSignature signature = ReportSigning.sign(report, ReportSigning.readPrivateKey(privateKey));
    assertThat(ReportSigning.verify(report, signature, ReportSigning.readPublicKey(publicKey)).valid()).isTrue();

    Path reportFile = Files.write(dir.resolve("report.html"), report);
    Path sig = Files.write(dir.resolve("report.sig.bin"), Base64.getDecoder().decode(signature.signature()));
    assertThat(run(openssl.toString(), "pkeyutl", "-verify", "-pubin", "-inkey", publicKey.toString(), "-rawin",
        "-in", reportFile.toString(), "-sigfile", sig.toString())).contains("Signature Verified Successfully");
  }

  private static String run(String... command) throws IOException, InterruptedException {
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor()).as(String.join(" ", command) + ": " + out).isZero();
    return out;
  }
}
