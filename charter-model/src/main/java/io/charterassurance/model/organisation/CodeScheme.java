package io.charterassurance.model.organisation;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.regex.Pattern;

/** The public identifier scheme an organisation's code belongs to. */
public enum CodeScheme {
  /** NHS Organisation Data Service codes, e.g. {@code QMF} for an ICB or {@code RQX} for a trust. */
  @JsonProperty("ods")
  ODS("ODS code", Pattern.compile("[A-Z0-9]{3,5}")),
  /** ONS Government Statistical Service codes, e.g. {@code E09000030} for Tower Hamlets. */
  @JsonProperty("gss")
  GSS("ONS GSS code", Pattern.compile("[EWSN][0-9]{8}"));

  private final String label;
  private final Pattern pattern;

  CodeScheme(String label, Pattern pattern) {
    this.label = label;
    this.pattern = pattern;
  }

  /** A human name for the scheme, used in messages. */
  public String label() {
    return label;
  }

  /** The regular expression a well-formed code matches. */
  public String pattern() {
    return pattern.pattern();
  }

  /** Whether {@code code} is well formed in this scheme. */
  public boolean accepts(String code) {
    return pattern.matcher(code).matches();
  }
}
