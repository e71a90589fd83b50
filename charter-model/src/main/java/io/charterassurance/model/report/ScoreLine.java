package io.charterassurance.model.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A score for one Charter call or principle.
 *
 * @param id the clause id, e.g. {@code N2} or {@code P5}
 * @param title a short label for the clause
 * @param score the weighted mean of the counted criteria's scores, 0 to 100; absent when no
 *     criterion under it is counted
 * @param countedWeight the sum of the weights in the denominator
 * @param tally the criteria under it, by status
 * @param basis how the score was reached, one sentence per component (principles are judged on
 *     what they mean, not only on the calls that serve them); empty for calls and overall
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record ScoreLine(
    String id, String title, @Nullable BigDecimal score, BigDecimal countedWeight, Tally tally, List<String> basis) {
  public ScoreLine {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(countedWeight, "countedWeight");
    Objects.requireNonNull(tally, "tally");
    basis = List.copyOf(basis);
  }
}
