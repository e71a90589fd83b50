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
 * not dated after the as-at date, approvals with an approving body, published items with a URL,
 * evidence from this organisation or a predecessor, waivers not approved by their requester, and
 * a well-formed organisation code for its kind.
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
