/**
 * Small text helpers shared by the reader and the validator: the nearest known name to a misspelt
 * one ({@link io.charterassurance.model.text.Spelling}), and what text a submission may hold and
 * how a message quotes it safely ({@link io.charterassurance.model.text.PlainText}).
 */
@NullMarked
package io.charterassurance.model.text;

import org.jspecify.annotations.NullMarked;
