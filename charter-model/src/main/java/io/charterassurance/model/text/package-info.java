/**
 * Small text helpers shared by the reader and the validator, such as the nearest known name to a
 * misspelt one ({@link io.charterassurance.model.text.Spelling}).
 */
@NullMarked
package io.charterassurance.model.text;

import org.jspecify.annotations.NullMarked;
