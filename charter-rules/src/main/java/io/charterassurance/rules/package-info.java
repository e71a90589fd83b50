/**
 * Assessing submissions against the Charter. The entry point is
 * {@link io.charterassurance.rules.Assessor}: build one with {@link
 * io.charterassurance.rules.Assessor#builder()}, keep it for the life of the process, and call
 * {@code assess} or {@code check}. Everything else public here is a value it returns; the
 * criteria catalogue and scoring policy it is built from are in {@link
 * io.charterassurance.rules.catalogue}.
 */
@NullMarked
package io.charterassurance.rules;

import org.jspecify.annotations.NullMarked;
