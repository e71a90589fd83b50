package io.charterassurance.rules.internal;

import io.charterassurance.model.evidence.AssetMap;
import io.charterassurance.model.evidence.BoardDecision;
import io.charterassurance.model.evidence.BudgetLine;
import io.charterassurance.model.evidence.CommunityDevelopmentStrategy;
import io.charterassurance.model.evidence.Evidence;
import io.charterassurance.model.evidence.EvidenceStatus;
import io.charterassurance.model.evidence.InvolvementStatement;
import io.charterassurance.model.evidence.Provenance;
import io.charterassurance.model.evidence.QualityAccountSection;
import io.charterassurance.model.submission.Submission;
import io.charterassurance.rules.catalogue.ScoringPolicy;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;

/**
 * Hypothetical evidence: copies of a submission's records with some fields changed, made through
 * each record's canonical constructor so that every invariant the model keeps still holds.
 */
final class Variants {
  /** The approver written into an item a step approves when the item names none. */
  static final String BOARD = "the board";
  /** The minute reference written into an item a step approves when it has none. */
  static final String MINUTE = "to be recorded";

  private Variants() {}

  /** A copy of a record with the named components replaced. */
  @SuppressWarnings("unchecked")
  static <R extends Record> R with(R record, Map<String, @Nullable Object> changes) {
    RecordComponent[] components = record.getClass().getRecordComponents();
    Object[] values = new Object[components.length];
    Class<?>[] types = new Class<?>[components.length];
    int used = 0;
    try {
      for (int i = 0; i < components.length; i++) {
        RecordComponent c = components[i];
        types[i] = c.getType();
        if (changes.containsKey(c.getName())) {
          values[i] = changes.get(c.getName());
          used++;
        } else {
          values[i] = c.getAccessor().invoke(record);
        }
      }
      if (used != changes.size()) {
        throw new IllegalArgumentException(record.getClass().getSimpleName() + " has no component among " + changes.keySet());
      }
      Constructor<?> constructor = record.getClass().getDeclaredConstructor(types);
      return (R) constructor.newInstance(values);
    } catch (InvocationTargetException e) {
      throw new IllegalStateException("cannot copy " + record.getClass().getSimpleName() + ": " + e.getCause(), e.getCause());
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot copy " + record.getClass().getSimpleName(), e);
    }
  }

  /** A copy of a record with one component replaced. */
  static <R extends Record> R with(R record, String component, @Nullable Object value) {
    Map<String, @Nullable Object> changes = new HashMap<>();
    changes.put(component, value);
    return with(record, changes);
  }

  /** The value of a record's component. */
  static @Nullable Object get(Record record, String component) {
    for (RecordComponent c : record.getClass().getRecordComponents()) {
      if (c.getName().equals(component)) {
        try {
          return c.getAccessor().invoke(record);
        } catch (ReflectiveOperationException e) {
          throw new IllegalStateException("cannot read " + component, e);
        }
      }
    }
    throw new IllegalArgumentException(record.getClass().getSimpleName() + " has no component " + component);
  }

  /** An evidence item with a changed provenance. */
  static Evidence withProvenance(Evidence item, Provenance provenance) {
    return (Evidence) with((Record) item, "provenance", provenance);
  }

  /** The submission with the item of this id replaced by {@code change} of it; unchanged if there is none. */
  static Submission replace(Submission s, String id, UnaryOperator<Evidence> change) {
    List<Evidence> evidence = new ArrayList<>(s.evidence().size());
    for (Evidence e : s.evidence()) {
      evidence.add(e.id().equals(id) ? change.apply(e) : e);
    }
    return new Submission(s.organisation(), s.asAt(), s.period(), evidence, s.waivers());
  }

  /** The item approved by the board, with a minute: the approver and minute it names, or placeholders. */
  static Evidence approved(Evidence item) {
    Provenance p = item.provenance();
    EvidenceStatus status = p.status() == EvidenceStatus.PUBLISHED ? EvidenceStatus.PUBLISHED : EvidenceStatus.APPROVED;
    return withProvenance(item, new Provenance(p.title(), p.date(), status, p.approvedBy() == null ? BOARD : p.approvedBy(),
        p.minuteReference() == null ? MINUTE : p.minuteReference(), p.url(), p.coProduced(), p.source(), p.producedBy()));
  }

  /**
   * A current edition of the item on {@code asAt}: dated that day, its own edition fields moved to
   * that day (a strategy's review three years on, a Quality Account's or involvement statement's
   * latest year due, a budget's current financial year, an asset map's update, a decision's
   * meeting), and the organisation's own.
   */
  static Evidence refreshed(Evidence item, LocalDate asAt, ScoringPolicy policy) {
    Provenance p = item.provenance();
    Evidence out = withProvenance(item, new Provenance(p.title(), asAt, p.status(), p.approvedBy(), p.minuteReference(),
        p.url(), p.coProduced(), p.source(), null));
    if (out instanceof CommunityDevelopmentStrategy s && s.reviewBy() != null) {
      out = with(s, "reviewBy", asAt.plusYears(3));
    } else if (out instanceof QualityAccountSection q) {
      out = with(q, "reportingYear", latestYearDue(asAt, policy.freshness().windowFor(q.kindName()).currentMonths()));
    } else if (out instanceof InvolvementStatement st) {
      out = with(st, "financialYear", latestYearDue(asAt, policy.freshness().windowFor(st.kindName()).currentMonths()));
    } else if (out instanceof BudgetLine b) {
      out = with(b, "financialYear", Words.financialYearOf(asAt));
    } else if (out instanceof AssetMap m) {
      out = with(m, "lastUpdated", asAt);
    } else if (out instanceof BoardDecision d) {
      out = with(d, "meetingDate", asAt);
    }
    return out;
  }

  /** The latest financial year whose annual report was due (its end plus {@code months}) by {@code asAt}. */
  static String latestYearDue(LocalDate asAt, int months) {
    LocalDate yearEnd = Words.yearEnd(Words.financialYearOf(asAt));
    while (yearEnd.plusMonths(months).isAfter(asAt)) {
      yearEnd = yearEnd.minusYears(1);
    }
    return Words.financialYearOf(yearEnd);
  }
}
