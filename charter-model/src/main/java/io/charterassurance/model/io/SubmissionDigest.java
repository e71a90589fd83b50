package io.charterassurance.model.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.charterassurance.model.submission.Submission;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.erdtman.jcs.JsonCanonicalizer;

/**
 * The digest of a submission: SHA-256 over its RFC 8785 canonical JSON, computed with the JSON
 * Canonicalization Scheme's reference Java implementation, so a third party can recompute it.
 */
final class SubmissionDigest {
  private static final ObjectWriter COMPACT = CharterJson.json().writer().without(SerializationFeature.INDENT_OUTPUT);

  private SubmissionDigest() {}

  /** The digest of a JSON document (already parsed and validated, so it is well formed and bounded). */
  static String ofJson(String json) {
    try {
      return sha256(new JsonCanonicalizer(json).getEncodedUTF8());
    } catch (IOException e) {
      throw new UncheckedIOException("a validated submission could not be canonicalised", e);
    }
  }

  private static String ofJson(byte[] json) {
    try {
      return sha256(new JsonCanonicalizer(json).getEncodedUTF8());
    } catch (IOException e) {
      throw new UncheckedIOException("a validated submission could not be canonicalised", e);
    }
  }

  /** The digest of a YAML document's content, as JSON. */
  static String ofTree(JsonNode tree) {
    try {
      return ofJson(COMPACT.writeValueAsBytes(tree));
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException("a validated submission could not be written as JSON", e);
    }
  }

  /** The digest of a submission built in code, over its JSON form. */
  static String of(Submission submission) {
    try {
      return ofJson(COMPACT.writeValueAsBytes(submission));
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException("the submission could not be written as JSON", e);
    }
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
    }
  }
}
