/**
 * The readiness report an assessment produces, as immutable records whose JSON shape is part of
 * the API: findings per criterion, scores per call and principle, the overall score and band, and
 * the provenance that makes a report reproducible.
 *
 * <p>Every key is written, an absent value as {@code null}, so that a report has the same keys
 * whatever became of its submission; {@link ReportReader} reads a report back and {@link
 * ReportSchema} is its published JSON Schema ({@code schema/report.schema.json}).
 */
@NullMarked
package io.charterassurance.model.report;

import org.jspecify.annotations.NullMarked;
