package io.charterassurance.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.charterassurance.model.io.CharterJson;
import io.charterassurance.model.io.InputFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.InvalidKeyException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.SignatureException;
import java.security.spec.InvalidKeySpecException;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.HexFormat;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.erdtman.jcs.JsonCanonicalizer;

/**
 * Signs published reports and checks their signatures: Ed25519 from the JDK over the report's
 * canonical bytes (RFC 8785 for a JSON report, the file's bytes for any other), with keys in the
 * PEM files OpenSSL reads and writes ({@code openssl genpkey -algorithm ed25519}).
 *
 * <pre>{@code
 * KeyPair keys = ReportSigning.generateKeys();
 * ReportSignature signature = ReportSigning.sign(reportBytes, keys.getPrivate());
 * ReportSigning.Verification check = ReportSigning.verify(reportBytes, signature, keys.getPublic());
 * }</pre>
 *
 * <p>The private key is only ever read from its file and used to sign: no message, signature or
 * report holds it or any part of it. A key file that cannot be used is named with what was
 * expected, never echoed.
 */
public final class ReportSigning {
  private static final Pattern PEM = Pattern.compile(
      "-----BEGIN ([A-Z ]+)-----\\s*([A-Za-z0-9+/=\\s]+?)\\s*-----END \\1-----");

  private ReportSigning() {}

  /** Whether a verification succeeded, and if not, why not in words. */
  public record Verification(boolean valid, String reason) {}

  /** A key file or signature document that cannot be used; the message names the file and what was expected. */
  public static final class Unusable extends IOException {
    private static final long serialVersionUID = 1L;

    public Unusable(String message) {
      super(message);
    }
  }

  /** A new Ed25519 key pair. */
  public static KeyPair generateKeys() {
    try {
      return KeyPairGenerator.getInstance(ReportSignature.ALGORITHM).generateKeyPair();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("this Java runtime lacks Ed25519, which every Java 15+ runtime has", e);
    }
  }

  /** Signs a report's bytes with an Ed25519 private key. */
  public static ReportSignature sign(byte[] report, PrivateKey key) {
    boolean json = isJson(report);
    byte[] signed = json ? canonical(report) : report;
    try {
      Signature ed = Signature.getInstance(ReportSignature.ALGORITHM);
      ed.initSign(key);
      ed.update(signed);
      return new ReportSignature(ReportSignature.FORMAT, ReportSignature.ALGORITHM,
          json ? ReportSignature.JSON : ReportSignature.RAW, digest(signed),
          Base64.getEncoder().encodeToString(ed.sign()));
    } catch (InvalidKeyException e) {
      throw new IllegalArgumentException("not an Ed25519 private key", e);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("Ed25519 signing failed", e);
    }
  }

  /**
   * Checks a report's bytes against its signature and the signer's public key. Invalid when any
   * value of a JSON report (or any byte of another) differs from what was signed, or the key is
   * not the signer's.
   */
  public static Verification verify(byte[] report, ReportSignature signature, PublicKey key) {
    if (!ReportSignature.FORMAT.equals(signature.format())) {
      return new Verification(false, "the signature document's format is \"" + signature.format()
          + "\", not " + ReportSignature.FORMAT);
    }
    if (!ReportSignature.ALGORITHM.equals(signature.algorithm())) {
      return new Verification(false, "the algorithm is \"" + signature.algorithm() + "\"; only Ed25519 is used");
    }
    byte[] signed;
    if (ReportSignature.JSON.equals(signature.canonicalization())) {
      if (!isJson(report)) {
        return new Verification(false, "the signature is of a JSON report, and this file is not JSON");
      }
      signed = canonical(report);
    } else if (ReportSignature.RAW.equals(signature.canonicalization())) {
      signed = report;
    } else {
      return new Verification(false, "the canonicalization is \"" + signature.canonicalization()
          + "\"; expected \"" + ReportSignature.JSON + "\" or \"" + ReportSignature.RAW + "\"");
    }
    byte[] bytes;
    try {
      bytes = Base64.getDecoder().decode(signature.signature());
    } catch (IllegalArgumentException e) {
      return new Verification(false, "the signature is not Base64");
    }
    boolean good;
    try {
      Signature ed = Signature.getInstance(ReportSignature.ALGORITHM);
      ed.initVerify(key);
      ed.update(signed);
      good = ed.verify(bytes);
    } catch (InvalidKeyException e) {
      return new Verification(false, "the key is not an Ed25519 public key");
    } catch (SignatureException e) {
      good = false;
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("this Java runtime lacks Ed25519, which every Java 15+ runtime has", e);
    }
    if (good) {
      return new Verification(true, "signed with this key; the content is as signed");
    }
    if (!digest(signed).equals(signature.signedDigest())) {
      return new Verification(false, "the report's content differs from what was signed");
    }
    return new Verification(false, "the signature was not made with this key, or it was altered");
  }

  /** The signature as its JSON document, the bytes written to {@code REPORT.sig}. */
  public static byte[] write(ReportSignature signature) {
    try {
      return (CharterJson.json().writeValueAsString(signature) + "\n").getBytes(StandardCharsets.UTF_8);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a signature is always writable", e);
    }
  }

  /** Reads a signature document. */
  public static ReportSignature readSignature(Path file) throws Unusable {
    byte[] bytes = bytesOf(file, "report signature");
    try {
      return CharterJson.json().readValue(bytes, ReportSignature.class);
    } catch (IOException e) {
      // The parser's own message may quote the file, which could be a key given by mistake: only
      // the place is told.
      String at = e instanceof JsonProcessingException j && j.getLocation() != null
          ? " (at line " + j.getLocation().getLineNr() + ", column " + j.getLocation().getColumnNr() + ")" : "";
      throw new Unusable(file + ": not a report signature" + at + "; expected a JSON document with exactly "
          + "format, algorithm, canonicalization, signedDigest and signature, as charter sign writes");
    }
  }

  /** Reads an Ed25519 private key from a PEM file ({@code -----BEGIN PRIVATE KEY-----}, PKCS #8). */
  public static PrivateKey readPrivateKey(Path file) throws Unusable {
    byte[] der = pem(file, "PRIVATE KEY", "private key");
    try {
      return KeyFactory.getInstance(ReportSignature.ALGORITHM).generatePrivate(new PKCS8EncodedKeySpec(der));
    } catch (InvalidKeySpecException e) {
      throw new Unusable(file + ": not an Ed25519 private key (PKCS #8); make one with charter keygen "
          + "or openssl genpkey -algorithm ed25519");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("this Java runtime lacks Ed25519", e);
    }
  }

  /** Reads an Ed25519 public key from a PEM file ({@code -----BEGIN PUBLIC KEY-----}, X.509). */
  public static PublicKey readPublicKey(Path file) throws Unusable {
    byte[] der = pem(file, "PUBLIC KEY", "public key");
    try {
      return KeyFactory.getInstance(ReportSignature.ALGORITHM).generatePublic(new X509EncodedKeySpec(der));
    } catch (InvalidKeySpecException e) {
      throw new Unusable(file + ": not an Ed25519 public key; make one with charter keygen "
          + "or openssl pkey -in PRIVATE.pem -pubout");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("this Java runtime lacks Ed25519", e);
    }
  }

  /**
   * Writes a key pair as PEM files, the private one readable by its owner alone where the file
   * system has POSIX permissions. Refuses to replace an existing file.
   */
  public static void writeKeys(KeyPair keys, Path privateFile, Path publicFile) throws IOException {
    byte[] privatePem = pemText("PRIVATE KEY", keys.getPrivate().getEncoded());
    byte[] publicPem = pemText("PUBLIC KEY", keys.getPublic().getEncoded());
    for (Path file : new Path[] {privateFile, publicFile}) {
      if (Files.exists(file, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
        throw new FileAlreadyExistsException(file.toString(), null, "exists; a key file is never replaced");
      }
    }
    Path created = privateFile.toAbsolutePath();
    try {
      Files.createFile(created, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
    } catch (UnsupportedOperationException e) {
      Files.createFile(created);
    }
    Files.write(created, privatePem, StandardOpenOption.TRUNCATE_EXISTING);
    Files.write(publicFile, publicPem, StandardOpenOption.CREATE_NEW);
  }

  /** {@code sha256:} and the hex SHA-256 of a public key's X.509 encoding: a short name for a key. */
  public static String fingerprint(PublicKey key) {
    return digest(key.getEncoded());
  }

  private static byte[] pemText(String label, byte[] der) {
    String body = Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(der);
    return ("-----BEGIN " + label + "-----\n" + body + "\n-----END " + label + "-----\n").getBytes(StandardCharsets.US_ASCII);
  }

  private static byte[] pem(Path file, String label, String what) throws Unusable {
    String text = new String(bytesOf(file, what), StandardCharsets.US_ASCII);
    Matcher m = PEM.matcher(text);
    while (m.find()) {
      if (m.group(1).equals(label)) {
        try {
          return Base64.getMimeDecoder().decode(m.group(2));
        } catch (IllegalArgumentException e) {
          throw new Unusable(file + ": the " + what + " between its BEGIN and END lines is not Base64");
        }
      }
    }
    throw new Unusable(file + ": no \"-----BEGIN " + label + "-----\" block; expected an Ed25519 " + what
        + " in PEM, as charter keygen writes");
  }

  private static byte[] bytesOf(Path file, String what) throws Unusable {
    InputFile.Content content = InputFile.read(file, what);
    if (content.isRefused()) {
      throw new Unusable(file + " " + content.problem());
    }
    return content.bytes();
  }

  private static boolean isJson(byte[] bytes) {
    int i = 0;
    while (i < bytes.length && (bytes[i] == ' ' || bytes[i] == '\n' || bytes[i] == '\r' || bytes[i] == '\t')) {
      i++;
    }
    if (i == bytes.length || (bytes[i] != '{' && bytes[i] != '[')) {
      return false;
    }
    try {
      new JsonCanonicalizer(new String(bytes, StandardCharsets.UTF_8));
      return true;
    } catch (IOException | RuntimeException e) {
      return false;
    }
  }

  private static byte[] canonical(byte[] json) {
    try {
      return new JsonCanonicalizer(new String(json, StandardCharsets.UTF_8)).getEncodedUTF8();
    } catch (IOException e) {
      throw new IllegalStateException("checked as JSON before", e);
    }
  }

  private static String digest(byte[] bytes) {
    try {
      return "sha256:" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }
}
