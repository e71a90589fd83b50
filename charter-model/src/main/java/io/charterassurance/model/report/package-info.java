/**
 * The readiness report an assessment produces, as immutable records whose JSON shape is part of
 * the API: findings per criterion, scores per call and principle, the overall score and band, and
 * the provenance that makes a report reproducible.
 */
@NullMarked
package io.charterassurance.model.report;

import org.jspecify.annotations.NullMarked;
