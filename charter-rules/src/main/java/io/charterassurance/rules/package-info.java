/**
 * Assessing submissions against the Charter. The entry point is
 * {@link io.charterassurance.rules.Assessor}: build one with {@link
 * io.charterassurance.rules.Assessor#builder()}, keep it for the life of the process, and call
 * {@code assess} or {@code check}. Everything else public here is a value it returns.
 */
@NullMarked
package io.charterassurance.rules;

import org.jspecify.annotations.NullMarked;
