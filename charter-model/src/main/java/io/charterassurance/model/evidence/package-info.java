/**
 * The evidence organisations produce for the Charter's calls, as a sealed hierarchy of records
 * rooted at {@link io.charterassurance.model.evidence.Evidence}. Every item carries its
 * {@link io.charterassurance.model.evidence.Provenance}: what it is, when it was dated, how
 * formally it was adopted, who approved it, where it is published, whether residents co-produced
 * it and who vouches for it.
 */
@NullMarked
package io.charterassurance.model.evidence;

import org.jspecify.annotations.NullMarked;
