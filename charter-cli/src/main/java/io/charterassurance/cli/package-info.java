/**
 * The {@code charter} command line: a thin picocli layer over the public API of the model, rules
 * and report modules. The entry point is {@link io.charterassurance.cli.Main}.
 */
@NullMarked
package io.charterassurance.cli;

import org.jspecify.annotations.NullMarked;
