package io.charterassurance.model.organisation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;

/**
 * An organisation whose evidence counts toward its successor.
 *
 * @param code the predecessor's ODS or GSS code
 * @param name the predecessor's name
 * @param kind what the predecessor was
 * @param until the predecessor's last day (30 June 2022 for a CCG); the successor took over the
 *     next day, and evidence the predecessor produced up to and including this day counts toward
 *     the successor
 * @param succession how the predecessor became the successor
 */
public record Predecessor(
    @NotBlank String code,
    @NotBlank String name,
    @NotNull OrganisationKind kind,
    @NotNull LocalDate until,
    @NotNull SuccessionKind succession) {}
