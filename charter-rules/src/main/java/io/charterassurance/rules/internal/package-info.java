/** Internals: Drools wiring, evidence grading and score arithmetic. Not API. */
@NullMarked
package io.charterassurance.rules.internal;

import org.jspecify.annotations.NullMarked;
