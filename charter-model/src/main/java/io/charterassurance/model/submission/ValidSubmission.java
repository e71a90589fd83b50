package io.charterassurance.model.submission;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The rules that span more than one field of a {@link Submission}: unique evidence ids, evidence
 * not dated after the as-at date, approvals (and publications) with an approving body, published
 * items with a URL, evidence from this organisation or a predecessor, waivers not approved by
 * their requester nor under the organisation's own code as another kind of body, a well-formed
 * organisation code for its kind; an organisation that still existed on the as-at date and
 * predecessors whose last days agree with the
 * {@link io.charterassurance.model.organisation.OrganisationRegistry}; and facts that do not
 * contradict each other (a part larger than its whole, an independent internal review, an
 * evaluation of an item the submission does not hold, a report on a year not yet ended, ...).
 * docs/evidence.md lists every check with its path and message.
 */
@Documented
@Constraint(validatedBy = SubmissionConstraintValidator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface ValidSubmission {
  /** Unused: each violation carries its own message. */
  String message() default "is not a consistent submission";

  /** Bean Validation groups. */
  Class<?>[] groups() default {};

  /** Bean Validation payload. */
  Class<? extends Payload>[] payload() default {};
}
