/**
 * Internals: Drools wiring, evidence grading and score arithmetic. Not API.
 *
 * <p>A type or member here is public only because another package needs it: the front door
 * ({@code Engine}, {@code RuleBase}, {@code RuleFiles}, {@code RuleSource}), or the rule files,
 * whose compiled classes live in the rule files' own packages ({@code Judge}, {@code Level} and
 * the helpers {@code Gaps}, {@code Requirements} and {@code Words}). Everything else is
 * package-private. The module does not export this package.
 */
@NullMarked
package io.charterassurance.rules.internal;

import org.jspecify.annotations.NullMarked;
