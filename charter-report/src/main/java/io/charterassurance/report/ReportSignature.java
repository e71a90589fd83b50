package io.charterassurance.report;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Objects;

/**
 * A detached signature of a published report: an Ed25519 signature over the report's canonical
 * bytes, written beside the report as a small JSON document ({@code REPORT.sig}). Make one with
 * {@link ReportSigning#sign}, check one with {@link ReportSigning#verify}.
 *
 * <p>The canonical bytes of a JSON report are its RFC 8785 canonical form, so a receipt survives
 * re-indentation and key reordering by a publishing pipeline but not a change to any value; of
 * any other report (HTML, CSV, text, XML) they are the file's bytes exactly.
 *
 * @param format always {@value #FORMAT}: what this document is, for readers that find it alone
 * @param algorithm always {@value #ALGORITHM}
 * @param canonicalization {@value #JSON} for a JSON report, {@value #RAW} for any other
 * @param signedDigest SHA-256 of the signed bytes, {@code sha256:} and 64 lower-case hex digits:
 *     lets a reader see which content was signed without the key; not trusted by verification
 * @param signature the Ed25519 signature, standard Base64 (RFC 4648 section 4) with padding
 */
@JsonPropertyOrder({"format", "algorithm", "canonicalization", "signedDigest", "signature"})
public record ReportSignature(
    String format, String algorithm, String canonicalization, String signedDigest, String signature) {
  /** What a signature document says it is. */
  public static final String FORMAT = "charter-assurance-report-signature/1";
  /** The one signature algorithm. */
  public static final String ALGORITHM = "Ed25519";
  /** The canonicalization of JSON reports. */
  public static final String JSON = "RFC 8785";
  /** No canonicalization: the file's bytes as they are. */
  public static final String RAW = "none";

  public ReportSignature {
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(algorithm, "algorithm");
    Objects.requireNonNull(canonicalization, "canonicalization");
    Objects.requireNonNull(signedDigest, "signedDigest");
    Objects.requireNonNull(signature, "signature");
  }
}
