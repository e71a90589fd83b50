/**
 * Reading and writing the model: the one shared Jackson mapper configuration, the submission
 * reader that parses JSON or YAML and validates it at the boundary, the reader of JSON reports,
 * and the JSON Schemas of both, generated from the model. The entry points are {@link
 * io.charterassurance.model.io.SubmissionReader} and {@link io.charterassurance.model.io.ReportReader}.
 */
@NullMarked
package io.charterassurance.model.io;

import org.jspecify.annotations.NullMarked;
