package io.charterassurance.rules.internal;

import io.charterassurance.model.evidence.AssetMap;
import io.charterassurance.model.evidence.BoardDecision;
import io.charterassurance.model.evidence.BudgetLine;
import io.charterassurance.model.evidence.ConstitutionClause;
import io.charterassurance.model.evidence.DevolvedDecision;
import io.charterassurance.model.evidence.EngagementExercise;
import io.charterassurance.model.evidence.Evaluation;
import io.charterassurance.model.evidence.Evidence;
import io.charterassurance.model.evidence.EvidenceStatus;
import io.charterassurance.model.evidence.HealthwatchReport;
import io.charterassurance.model.evidence.IntegrationPlan;
import io.charterassurance.model.evidence.InvolvementStatement;
import io.charterassurance.model.evidence.NationalProgramme;
import io.charterassurance.model.evidence.NeighbourhoodPartnership;
import io.charterassurance.model.evidence.QualityAccountSection;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.charterassurance.model.io.CharterJson;
import io.charterassurance.model.submission.Submission;
import java.util.HashMap;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * Current evidence first. Documents form series (same kind and subject: each edition of the
 * JSNA, each year's Quality Account, successive strategies); the newest edition in force on the
 * as-at date supersedes the older ones, which are cited as history and never scored. A draft is
 * not in force, so it never supersedes an adopted edition. Evidence a predecessor produced
 * counts only where the organisation itself has no edition in force in the same series, and is
 * then flagged as legacy.
 *
 * @param current the items the rules judge, in submission order
 * @param legacy ids of current items produced by a predecessor
 * @param history sentences about superseded items, by evidence kind, sorted
 */
record Editions(List<Evidence> current, Set<String> legacy, Map<String, List<String>> history) {

  static Editions of(Submission submission) {
    Map<String, List<Evidence>> series = new TreeMap<>();
    List<Evidence> standalone = new ArrayList<>();
    // The same item entered twice under two ids is one item: breadth needs distinct items, and
    // sums (investment per head) must not count one budget twice.
    // Most items differ in kind, title or date; only items alike in those are compared in full.
    Map<String, List<Evidence>> alike = new HashMap<>();
    Map<String, List<String>> duplicates = new TreeMap<>();
    List<Evidence> distinct = new ArrayList<>();
    for (Evidence e : submission.evidence().stream().sorted(Comparator.comparing(Evidence::id)).toList()) {
      String key = e.kindName() + '\n' + e.provenance().title() + '\n' + e.provenance().date();
      List<Evidence> same = alike.computeIfAbsent(key, k -> new ArrayList<>());
      Evidence first = null;
      for (Evidence other : same) {
        if (sameButForId(e, other)) {
          first = other;
          break;
        }
      }
      if (first == null) {
        same.add(e);
        distinct.add(e);
      } else {
        duplicates.computeIfAbsent(e.kindName(), k -> new ArrayList<>()).add(Words.titled(e)
            + " repeats " + Words.titled(first) + " under another id and is counted once");
      }
    }
    for (Evidence e : distinct) {
      String key = seriesKey(e);
      if (key == null) {
        standalone.add(e);
      } else {
        series.computeIfAbsent(e.kindName() + "|" + key, k -> new ArrayList<>()).add(e);
      }
    }
    String own = submission.organisation().code();
    Set<String> kept = new HashSet<>();
    Set<String> legacy = new HashSet<>();
    Map<String, List<String>> history = new TreeMap<>(duplicates);
    for (Evidence e : standalone) {
      kept.add(e.id());
      if (isLegacy(e, own)) {
        legacy.add(e.id());
      }
    }
    for (List<Evidence> editions : series.values()) {
      List<Evidence> inForce = editions.stream().filter(e -> e.provenance().status() != EvidenceStatus.DRAFT).toList();
      List<Evidence> ownInForce = inForce.stream().filter(e -> !isLegacy(e, own)).toList();
      List<Evidence> pool = !ownInForce.isEmpty() ? ownInForce : !inForce.isEmpty() ? inForce : editions;
      LocalDate newest = pool.stream().map(Editions::editionDate).max(Comparator.naturalOrder()).orElseThrow();
      List<Evidence> current = pool.stream().filter(e -> editionDate(e).equals(newest)).toList();
      Evidence lead = current.stream().min(Comparator.comparing(Evidence::id)).orElseThrow();
      for (Evidence e : current) {
        kept.add(e.id());
        if (isLegacy(e, own)) {
          legacy.add(e.id());
        }
      }
      for (Evidence e : editions) {
        if (kept.contains(e.id())) {
          continue;
        }
        String sentence;
        if (e.provenance().status() == EvidenceStatus.DRAFT && editionDate(e).isAfter(newest)) {
          sentence = Words.titled(e) + " is a draft of a newer edition, not yet in force; " + Words.titled(lead)
              + " is the edition in force";
        } else if (isLegacy(e, own) && !ownInForce.isEmpty()) {
          sentence = Words.titled(e) + " is legacy evidence of " + e.provenance().producedBy()
              + ", superseded by " + Words.titled(lead) + ", the current edition for the organisation itself";
        } else {
          sentence = Words.titled(e) + " (" + edition(e) + ") is superseded by the newer edition "
              + Words.titled(lead) + " (" + edition(lead) + ")";
        }
        history.computeIfAbsent(e.kindName(), k -> new ArrayList<>()).add(sentence);
      }
    }
    history.replaceAll((k, v) -> v.stream().sorted().toList());
    List<Evidence> current = submission.evidence().stream().filter(e -> kept.contains(e.id())).toList();
    return new Editions(current, Set.copyOf(legacy), Map.copyOf(history));
  }

  private static boolean sameButForId(Evidence a, Evidence b) {
    ObjectNode x = CharterJson.json().valueToTree(a);
    ObjectNode y = CharterJson.json().valueToTree(b);
    x.remove("id");
    y.remove("id");
    return x.equals(y);
  }

  /** The history sentences for items of these kinds. */
  List<String> historyOf(Iterable<String> kinds) {
    List<String> out = new ArrayList<>();
    for (String kind : kinds) {
      out.addAll(history.getOrDefault(kind, List.of()));
    }
    return out;
  }

  static boolean isLegacy(Evidence e, @Nullable String own) {
    String producer = e.provenance().producedBy();
    return producer != null && !producer.equals(own);
  }

  /**
   * What makes two items editions of the same document: the kind, plus the subject where one
   * organisation holds several at once. Null for items that are events or separate pieces of
   * work rather than editions (decisions, evaluations, listening exercises, Healthwatch reports).
   */
  static @Nullable String seriesKey(Evidence e) {
    if (e instanceof DevolvedDecision || e instanceof Evaluation || e instanceof EngagementExercise
        || e instanceof HealthwatchReport) {
      return null;
    }
    if (e instanceof ConstitutionClause c) {
      return c.document().strip().toLowerCase(Locale.ROOT);
    }
    if (e instanceof BudgetLine b) {
      return b.purpose().name();
    }
    if (e instanceof NeighbourhoodPartnership p) {
      return p.neighbourhood().strip().toLowerCase(Locale.ROOT);
    }
    if (e instanceof IntegrationPlan p) {
      return p.planType().name();
    }
    if (e instanceof NationalProgramme n) {
      return n.programmeType().name();
    }
    if (e instanceof BoardDecision b) {
      return b.topic().name();
    }
    return "";
  }

  /** The date an edition speaks for: its reporting year's end, its financial year, or its date. */
  static LocalDate editionDate(Evidence e) {
    if (e instanceof QualityAccountSection q) {
      return Words.yearEnd(q.reportingYear());
    }
    if (e instanceof InvolvementStatement s) {
      return Words.yearEnd(s.financialYear());
    }
    if (e instanceof BudgetLine b) {
      return Words.yearStart(b.financialYear());
    }
    if (e instanceof AssetMap m && m.lastUpdated() != null) {
      return m.lastUpdated();
    }
    if (e instanceof BoardDecision b) {
      return b.meetingDate();
    }
    return e.provenance().date();
  }

  private static String edition(Evidence e) {
    if (e instanceof QualityAccountSection q) {
      return q.reportingYear();
    }
    if (e instanceof InvolvementStatement s) {
      return s.financialYear();
    }
    if (e instanceof BudgetLine b) {
      return b.financialYear();
    }
    return Words.date(editionDate(e));
  }
}
