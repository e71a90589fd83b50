/**
 * What an assessment decides and how it scores: the {@link
 * io.charterassurance.rules.catalogue.CriteriaCatalogue} of criteria and the {@link
 * io.charterassurance.rules.catalogue.ScoringPolicy}, both data read from YAML or JSON and checked
 * as they are read, and the {@link io.charterassurance.rules.catalogue.RuleSetException} that
 * lists every problem found in them or in rule files. An {@link io.charterassurance.rules.Assessor}
 * is built from a catalogue, a policy and rule files; this package knows nothing of rules or of
 * Drools.
 */
@NullMarked
package io.charterassurance.rules.catalogue;

import org.jspecify.annotations.NullMarked;
