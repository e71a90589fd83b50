package io.charterassurance.model.evidence;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * Where an evidence item comes from and how much weight its form can bear.
 *
 * @param title the document's title as published
 * @param date the date the item was issued, approved or last refreshed
 * @param status how formally it has been adopted
 * @param approvedBy the body that approved it (board, committee); required when the status is
 *     {@code approved}
 * @param minuteReference the minute that records the approval or noting, e.g. {@code HWB/24/17}
 * @param url where it is published; required when the status is {@code published}
 * @param coProduced whether residents or the VCSE sector co-produced it (named co-authors,
 *     co-chairs, a co-production statement), not merely consulted on a draft
 * @param source who vouches for it
 * @param producedBy the code of the organisation that produced it, when that is a predecessor (a
 *     CCG, a merged ICB) rather than the submitting organisation; absent means the submitter
 */
public record Provenance(
    @NotBlank @Size(max = 500) String title,
    @NotNull LocalDate date,
    @NotNull EvidenceStatus status,
    @Nullable @Size(min = 1, max = 200) String approvedBy,
    @Nullable @Size(min = 1, max = 100) String minuteReference,
    @Nullable @Pattern(regexp = "https?://\\S+", message = "must be an http(s) URL") String url,
    boolean coProduced,
    @NotNull EvidenceSource source,
    @Nullable String producedBy) {

  /**
   * A builder of the provenance of a document, for code that makes one: every other component is set by
   * name, and one not set is absent (null), false or empty. The builder checks nothing; the
   * assessor or {@code SubmissionReader.check} validates what it builds, as a file is validated.
   */
  public static Builder builder(String title, LocalDate date) {
    Builder builder = new Builder();
    builder.title = title;
    builder.date = date;
    return builder;
  }

  /** Builds a {@link Provenance} component by component; see {@link #builder}. */
  public static final class Builder {
    private @Nullable String title;
    private @Nullable LocalDate date;
    private @Nullable EvidenceStatus status;
    private @Nullable String approvedBy;
    private @Nullable String minuteReference;
    private @Nullable String url;
    private boolean coProduced;
    private @Nullable EvidenceSource source;
    private @Nullable String producedBy;

    private Builder() {}

    /** Sets how formally it has been adopted. */
    public Builder status(EvidenceStatus value) {
      status = value;
      return this;
    }

    /** Sets the body that approved it. */
    public Builder approvedBy(String value) {
      approvedBy = value;
      return this;
    }

    /** Sets the minute that records the approval or noting. */
    public Builder minuteReference(String value) {
      minuteReference = value;
      return this;
    }

    /** Sets where it is published. */
    public Builder url(String value) {
      url = value;
      return this;
    }

    /** Sets whether residents or the VCSE sector co-produced it (false unless set). */
    public Builder coProduced(boolean value) {
      coProduced = value;
      return this;
    }

    /** Sets who vouches for it. */
    public Builder source(EvidenceSource value) {
      source = value;
      return this;
    }

    /** Sets the code of the predecessor that produced it. */
    public Builder producedBy(String value) {
      producedBy = value;
      return this;
    }

    /** The Provenance as built so far (a component not set stays null, for validation to report). */
    public Provenance build() {
      return new Provenance(title, date, status, approvedBy, minuteReference, url, coProduced, source, producedBy);
    }
  }
}
