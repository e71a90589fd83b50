/**
 * Reading and writing the model: the one shared Jackson mapper configuration, the submission
 * reader that parses JSON or YAML and validates it at the boundary, and the JSON Schema generator.
 * The entry point is {@link io.charterassurance.model.io.SubmissionReader}.
 */
@NullMarked
package io.charterassurance.model.io;

import org.jspecify.annotations.NullMarked;
