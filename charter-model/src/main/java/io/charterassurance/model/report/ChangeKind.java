package io.charterassurance.model.report;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Whether a next step is a change to the papers or to what the organisation does. */
public enum ChangeKind {
  /** Approve, publish, refresh, record a minute, adopt as the organisation's own: the practice exists, the record lags. */
  @JsonProperty("paperwork")
  PAPERWORK("Paperwork"),
  /** Devolve a budget, give residents the majority, fund posts, co-produce: the practice itself must change. */
  @JsonProperty("practice")
  PRACTICE("Practice");

  private final String label;

  ChangeKind(String label) {
    this.label = label;
  }

  /** How the kind is written for people. */
  public String label() {
    return label;
  }
}
