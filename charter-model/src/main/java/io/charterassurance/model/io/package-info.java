/**
 * Reading and writing the model: the one shared Jackson mapper configuration, the submission
 * reader that parses JSON or YAML and validates it at the boundary, the strict reading that JSON
 * reports get ({@link io.charterassurance.model.io.StrictJson}), and the JSON Schema generator.
 * The entry point is {@link io.charterassurance.model.io.SubmissionReader}; reports are read back
 * with {@link io.charterassurance.model.report.ReportReader}.
 */
@NullMarked
package io.charterassurance.model.io;

import org.jspecify.annotations.NullMarked;
