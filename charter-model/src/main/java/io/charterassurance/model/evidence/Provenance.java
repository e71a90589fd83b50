package io.charterassurance.model.evidence;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * Where an evidence item comes from and how much weight its form can bear.
 *
 * @param title the document's title as published
 * @param date the date the item was issued, approved or last refreshed
 * @param status how formally it has been adopted
 * @param approvedBy the body that approved it (board, committee); required when the status is
 *     {@code approved}
 * @param minuteReference the minute that records the approval or noting, e.g. {@code HWB/24/17}
 * @param url where it is published; required when the status is {@code published}
 * @param coProduced whether residents or the VCSE sector co-produced it (named co-authors,
 *     co-chairs, a co-production statement), not merely consulted on a draft
 * @param source who vouches for it
 * @param producedBy the code of the organisation that produced it, when that is a predecessor (a
 *     CCG, a merged ICB) rather than the submitting organisation; absent means the submitter
 */
public record Provenance(
    @NotBlank @Size(max = 500) String title,
    @NotNull LocalDate date,
    @NotNull EvidenceStatus status,
    @Nullable @Size(min = 1, max = 200) String approvedBy,
    @Nullable @Size(min = 1, max = 100) String minuteReference,
    @Nullable @Pattern(regexp = "https?://\\S+", message = "must be an http(s) URL") String url,
    boolean coProduced,
    @NotNull EvidenceSource source,
    @Nullable String producedBy) {}
