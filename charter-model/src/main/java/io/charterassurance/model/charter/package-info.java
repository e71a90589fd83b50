/**
 * The Charter for Community Development in Health as data. The entry point is {@link
 * io.charterassurance.model.charter.Charter#standard()}: its clauses with stable ids and exact
 * text, the principles each call serves, and the institutions the calls name with the successors
 * that answer for them by date.
 */
@NullMarked
package io.charterassurance.model.charter;

import org.jspecify.annotations.NullMarked;
