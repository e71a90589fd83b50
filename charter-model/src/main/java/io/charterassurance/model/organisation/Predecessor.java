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
 * @param until the first day on which the successor took over; evidence the predecessor produced
 *     before this day counts toward the successor
 * @param succession how the predecessor became the successor
 */
public record Predecessor(
    @NotBlank String code,
    @NotBlank String name,
    @NotNull OrganisationKind kind,
    @NotNull LocalDate until,
    @NotNull SuccessionKind succession) {}
