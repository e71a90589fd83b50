/**
 * A submission: the organisation, the "as at" date, the period, the evidence and the waivers an
 * assurance team has agreed.
 */
@NullMarked
package io.charterassurance.model.submission;

import org.jspecify.annotations.NullMarked;
