package io.charterassurance.model.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.charterassurance.model.evidence.Evidence;
import io.charterassurance.model.evidence.EvidenceSource;
import io.charterassurance.model.evidence.EvidenceStatus;
import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * An evidence item as a report cites it: enough for a reader to find the document.
 *
 * @param id the item's id in the submission
 * @param kind the item's kind, e.g. {@code community-development-strategy}
 * @param title the document's title
 * @param date the date it was issued, approved or last refreshed
 * @param status how formally it has been adopted
 * @param source who vouches for it
 * @param url where it is published, if anywhere
 * @param producedBy the predecessor that produced it, if not the subject itself
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record EvidenceSummary(
    String id,
    String kind,
    String title,
    LocalDate date,
    EvidenceStatus status,
    EvidenceSource source,
    @Nullable String url,
    @Nullable String producedBy) {
  public EvidenceSummary {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(source, "source");
  }

  /** The summary of one evidence item. */
  public static EvidenceSummary of(Evidence item) {
    var p = item.provenance();
    return new EvidenceSummary(
        item.id(), item.kindName(), p.title(), p.date(), p.status(), p.source(), p.url(), p.producedBy());
  }
}
