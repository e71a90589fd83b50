/**
 * The organisations the Charter addresses, identified the way NHS and local-government data
 * identify them: ODS codes for NHS bodies, ONS GSS codes for local authorities and their Health
 * and Wellbeing Boards. An {@link io.charterassurance.model.organisation.Organisation} carries its
 * predecessors, so that evidence from a CCG counts toward its successor ICB; the
 * {@link io.charterassurance.model.organisation.OrganisationRegistry} knows which organisations had
 * been abolished, merged or renamed by a date, and who answered for them.
 */
@NullMarked
package io.charterassurance.model.organisation;

import org.jspecify.annotations.NullMarked;
