package io.charterassurance.model.submission;

import io.charterassurance.model.evidence.Evidence;
import io.charterassurance.model.organisation.Organisation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Everything an organisation puts forward for assessment.
 *
 * @param organisation who is assessed
 * @param asAt the date the assessment speaks for (not after today in the UK, Europe/London time);
 *     evidence age is measured to this day
 * @param period the period reported on
 * @param evidence the evidence items, each with an id unique in the submission
 * @param waivers agreed waivers
 */
@ValidSubmission
public record Submission(
    @NotNull @Valid Organisation organisation,
    @NotNull LocalDate asAt,
    @NotNull @Valid Period period,
    @Size(max = 10_000) List<@Valid @NotNull Evidence> evidence,
    @Size(max = 1_000) List<@Valid @NotNull Waiver> waivers) {

  public Submission {
    evidence = evidence == null ? List.of() : List.copyOf(evidence);
    waivers = waivers == null ? List.of() : List.copyOf(waivers);
  }

  /**
   * A builder of a submission, for code that makes one: each component is set by name, and one
   * not set is absent (null) or empty. The builder checks nothing; {@code Assessor.assess} and
   * {@code SubmissionReader.check} validate what it builds, as they validate a file.
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Submission} component by component; see {@link #builder}. */
  public static final class Builder {
    private @Nullable Organisation organisation;
    private @Nullable LocalDate asAt;
    private @Nullable Period period;
    private final List<Evidence> evidence = new ArrayList<>();
    private final List<Waiver> waivers = new ArrayList<>();

    private Builder() {}

    /** Sets who is assessed. */
    public Builder organisation(Organisation value) {
      organisation = value;
      return this;
    }

    /** Sets the date the assessment speaks for. */
    public Builder asAt(LocalDate value) {
      asAt = value;
      return this;
    }

    /** Sets the period reported on. */
    public Builder period(Period value) {
      period = value;
      return this;
    }

    /** Sets the period reported on, both days inclusive. */
    public Builder period(LocalDate start, LocalDate end) {
      period = new Period(start, end);
      return this;
    }

    /** Adds to the evidence items. */
    public Builder evidence(Evidence... items) {
      evidence.addAll(Arrays.asList(items));
      return this;
    }

    /** Adds to the evidence items. */
    public Builder evidence(Collection<? extends Evidence> items) {
      evidence.addAll(items);
      return this;
    }

    /** Adds to the agreed waivers. */
    public Builder waivers(Waiver... items) {
      waivers.addAll(Arrays.asList(items));
      return this;
    }

    /** Adds to the agreed waivers. */
    public Builder waivers(Collection<? extends Waiver> items) {
      waivers.addAll(items);
      return this;
    }

    /** The Submission as built so far (a component not set stays null, for validation to report). */
    public Submission build() {
      return new Submission(organisation, asAt, period, evidence, waivers);
    }
  }
}
