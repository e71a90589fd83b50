/**
 * Report formats for people and for publication. The entry point is {@link
 * io.charterassurance.report.ReportWriter}: pick a {@link io.charterassurance.report.ReportFormat}
 * and write one or more {@link io.charterassurance.model.report.Report}s to a stream or, atomically,
 * to a file; or, for thousands, one at a time through a {@link
 * io.charterassurance.report.ReportWriter.Batch}.
 */
@NullMarked
package io.charterassurance.report;

import org.jspecify.annotations.NullMarked;
