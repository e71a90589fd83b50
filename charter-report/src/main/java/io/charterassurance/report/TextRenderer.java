package io.charterassurance.report;

import io.charterassurance.model.report.Confidence;
import io.charterassurance.model.report.CriterionStatus;
import io.charterassurance.model.report.Finding;
import io.charterassurance.model.report.BandPath;
import io.charterassurance.model.report.EvidenceAgeing;
import io.charterassurance.model.report.NextStep;
import io.charterassurance.model.report.NextSteps;
import io.charterassurance.model.report.ScoreInterval;
import io.charterassurance.model.report.Timeline;
import io.charterassurance.model.report.TimelinePoint;
import io.charterassurance.model.report.Report;
import io.charterassurance.model.io.Violation;
import io.charterassurance.model.report.ScoreLine;
import io.charterassurance.model.report.Tally;
import io.charterassurance.model.report.WaiverReview;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * A plain-text summary for a terminal or a log: who, the band and why, the score per principle
 * (with how it was reached) and per call, then the findings that matter most first, then the met
 * ones. Every counted finding gives both judgements, the requirement status and the confidence in
 * the evidence, each with its reasons, then what is missing, what would raise the confidence, the
 * older evidence cited as history and any waiver asked for (applied, refused or expired). Plain
 * ASCII apart from the organisation's own words and the assessment's sentences, lines under 100
 * columns where the words allow.
 *
 * <p>Everything printed comes from a {@linkplain Printable#report printable copy} of the report,
 * so that a terminal shows what was written and does nothing else: ESC (and with it every
 * terminal escape sequence), the other C0 and the C1 controls, DEL, carriage returns, line breaks
 * and tabs inside a value, bidirectional controls, noncharacters and lone surrogates are shown as
 * escapes such as <code>&#92;u001B</code>. The only line breaks are those this renderer writes.
 */
final class TextRenderer implements Renderer {
  private static final int BAR = 20;

  /** What stands between two reports. */
  private static final String BETWEEN = "\n" + "=".repeat(78) + "\n\n";

  @Override
  public Sink open(OutputStream out, int spillAfter) {
    return new Sink() {
      private boolean first = true;

      @Override
      public void add(Report report, String source) throws IOException {
        StringWriter text = new StringWriter();
        PrintWriter w = new PrintWriter(text);
        if (!first) {
          w.print(BETWEEN);
        }
        render(Printable.report(report), Printable.line(source), w);
        w.flush();
        out.write(text.toString().getBytes(StandardCharsets.UTF_8));
        first = false;
      }

      @Override
      public void finish() {
        // the last report ends the text
      }
    };
  }

  /** One report, from a printable report and file name. */
  static void render(Report r, String source, PrintWriter w) {
    var subject = r.subject();
    w.print("Charter readiness report");
    w.print(subject == null ? "\n" : ": " + subject.name() + " (" + subject.code() + ", " + subject.kind().label() + ")\n");
    if (!source.isEmpty()) {
      w.print("Submission: " + source + "\n");
    }
    if (r.provenance().asAt() != null) {
      w.print("As at " + r.provenance().asAt());
      if (subject != null && !subject.predecessors().isEmpty()) {
        w.print("; includes evidence of predecessors " + String.join(", ", subject.predecessors()));
      }
      w.print("\n");
    }
    if (!r.isAssessed()) {
      w.print("\nNOT ASSESSED: the submission has " + r.violations().size() + " problem"
          + (r.violations().size() == 1 ? "" : "s") + ".\n");
      for (Violation v : r.violations()) {
        w.print("  " + v.path() + ": " + v.message() + "\n");
      }
      provenance(r, w);
      return;
    }
    w.print("\n");
    if (r.band() != null) {
      w.print("Band: " + r.band().label() + " (overall score " + score(r.overall()) + " of 100)\n");
      if (r.band().isCapped()) {
        w.print("  Capped: the score alone would reach " + r.band().uncappedLabel() + ", but\n");
        for (String why : r.band().cappedBy()) {
          w.print("  - " + why + "\n");
        }
      }
    } else {
      w.print("Band: none (no criterion was counted)\n");
    }
    w.print("Criteria: " + tally(r.tally()) + "\n");
    w.print("Confidence in the evidence for counted criteria: " + confidenceTally(r.findings()) + "\n");
    interval(r.interval(), w);
    for (String notice : r.notices()) {
      w.print("Notice: " + notice + "\n");
    }
    if (r.nextSteps() != null) {
      w.print("\n");
      nextSteps(r.nextSteps(), w);
    }
    if (r.timeline() != null) {
      w.print("\n");
      timeline(r.timeline(), w);
    }

    w.print("\nPrinciples\n");
    for (ScoreLine line : r.principles()) {
      w.print(line(line));
      for (String sentence : line.basis()) {
        w.print("        " + sentence + "\n");
      }
    }
    w.print("\nCalls\n");
    for (ScoreLine line : r.calls()) {
      w.print(line(line));
    }

    List<Finding> short_ = r.findings().stream().filter(f -> f.status().isCounted() && f.status() != CriterionStatus.MET).toList();
    w.print("\nFindings to act on (" + short_.size() + "), most important first\n");
    if (short_.isEmpty()) {
      w.print("  none: every counted criterion is met\n");
    }
    for (Finding f : short_) {
      w.print("\n");
      finding(f, w);
    }
    List<Finding> met = r.findings().stream().filter(f -> f.status() == CriterionStatus.MET).toList();
    if (!met.isEmpty()) {
      w.print("\nMet (" + met.size() + ")\n");
      for (Finding f : met) {
        w.print("\n");
        finding(f, w);
      }
    }
    List<Finding> waived = r.findings().stream().filter(f -> f.status() == CriterionStatus.WAIVED).toList();
    if (!waived.isEmpty()) {
      w.print("\nWaived (" + waived.size() + ", left out of every score)\n");
      for (Finding f : waived) {
        w.print("  " + f.criterion() + ": " + f.reason() + "\n");
        waiver(f, w);
      }
    }
    List<Finding> na = r.findings().stream().filter(f -> f.status() == CriterionStatus.NOT_APPLICABLE).toList();
    if (!na.isEmpty()) {
      w.print("\nNot applicable (" + na.size() + "): "
          + na.stream().map(Finding::criterion).collect(Collectors.joining(", ")) + "\n");
    }
    provenance(r, w);
  }

  /** The interval the unknowns allow, on one or two lines. */
  static void interval(@Nullable ScoreInterval i, PrintWriter w) {
    if (i == null) {
      return;
    }
    if (i.unknowns().isEmpty()) {
      w.print("Interval: none; every counted criterion is assessed and none rests on evidence of low confidence\n");
      return;
    }
    w.print("Interval: " + score(i.lowest()) + " to " + score(i.highest()) + " if the unknowns turned out worst or best; band "
        + (i.bandCertain() ? i.lowestBandLabel() + " either way (certain)"
            : i.lowestBandLabel() + " to " + i.highestBandLabel() + " (not certain)")
        + "; " + i.unknowns().size() + (i.unknowns().size() == 1 ? " criterion" : " criteria") + " unknown\n");
  }

  /** The paths to the next and the top band. */
  static void nextSteps(NextSteps n, PrintWriter w) {
    w.print("Next steps (from " + n.band() + " at " + score(n.score()) + ")\n");
    for (BandPath p : n.paths()) {
      w.print("\n  To reach " + p.bandLabel() + ": " + p.steps().size() + (p.steps().size() == 1 ? " step" : " steps")
          + " (" + p.paperwork() + " paperwork, " + p.practice() + " practice); "
          + (p.reached() ? "re-assessed with them, the submission scores " + score(p.score()) + ", " + p.reachedBand()
              : "not reached by the changes the search can make (re-assessed: " + score(p.score()) + ", " + p.reachedBand() + ")")
          + "\n");
      int k = 1;
      for (NextStep s : p.steps()) {
        w.print("  " + k++ + ". [" + s.kind().label().toLowerCase(java.util.Locale.ROOT) + "] " + s.criterion()
            + " (serves " + String.join(", ", s.clauses()) + "): " + s.change() + "\n");
        w.print("     " + judged(s.statusBefore(), s.confidenceBefore()) + " -> " + judged(s.statusAfter(), s.confidenceAfter())
            + "; overall " + (s.scoreAdded().signum() >= 0 ? "+" : "") + s.scoreAdded().toPlainString()
            + " to " + score(s.scoreAfter()) + ", band " + s.bandAfter() + "\n");
      }
    }
    for (String note : n.notes()) {
      w.print("  Note: " + note + "\n");
    }
  }

  /** A status with its confidence: "partially met, low confidence". */
  static String judged(CriterionStatus status, @Nullable Confidence c) {
    return status.label().toLowerCase(Locale.ROOT) + (c == null ? "" : ", " + label(c) + " confidence");
  }

  /** The timeline: one line a month, then when each item goes stale. */
  static void timeline(Timeline t, PrintWriter w) {
    w.print("Timeline if nothing is refreshed (" + t.months() + (t.months() == 1 ? " month" : " months") + ")\n");
    for (TimelinePoint p : t.points()) {
      w.print("  " + p.date() + "  " + pad(score(p.score()), 6) + "  " + p.bandLabel() + "\n");
    }
    w.print("  When each current item falls due and goes stale\n");
    for (EvidenceAgeing a : t.ageing()) {
      w.print("  " + a.evidence() + " (" + a.kind() + "): due " + (a.dueFrom() == null ? "never" : a.dueFrom().toString())
          + ", stale " + (a.staleFrom() == null ? "never" : a.staleFrom().toString()) + "\n");
    }
  }

  /**
   * One counted finding: a head line with both judgements, the status reason, why the confidence
   * is what it is, then what is missing, what would raise the confidence, history and any waiver.
   */
  private static void finding(Finding f, PrintWriter w) {
    w.print("  [" + status(f.status()) + ", " + confidence(f.confidence()) + "] " + f.criterion() + "  " + f.title()
        + (f.mandatory() ? "  (mandatory)" : "") + "  score " + score(f.score()) + "\n");
    w.print("    " + f.reason() + "\n");
    if (!f.evidence().isEmpty()) {
      w.print("    Evidence: " + String.join(", ", f.evidence()) + "\n");
    }
    list("Why confidence is " + label(f.confidence()), f.confidenceReasons(), w);
    list("Missing", f.missing(), w);
    list("To raise confidence", f.raiseConfidence(), w);
    list("History (cited, not scored)", f.history(), w);
    waiver(f, w);
  }

  private static void list(String heading, List<String> items, PrintWriter w) {
    if (items.isEmpty()) {
      return;
    }
    w.print("    " + heading + ":\n");
    for (String item : items) {
      w.print("      - " + item + "\n");
    }
  }

  /** The waiver asked for on a finding, whatever became of it: a refused or expired one is shown too. */
  private static void waiver(Finding f, PrintWriter w) {
    WaiverReview v = f.waiver();
    if (v == null) {
      return;
    }
    w.print("    Waiver " + v.outcome().label().toLowerCase(Locale.ROOT) + ": " + v.explanation() + "\n");
    w.print("      Reason given: " + v.reason() + "\n");
    w.print("      Requested by " + v.requestedBy() + "; approved by " + v.approvedBy() + " ("
        + v.approvingOrganisation() + ") on " + v.approvedOn() + "; to expire " + v.expires() + "\n");
  }

  private static String confidence(@Nullable Confidence c) {
    return c == null ? "nothing relied on" : "confidence " + label(c);
  }

  private static String label(@Nullable Confidence c) {
    return c == null ? "none" : c.label().toLowerCase(Locale.ROOT);
  }

  /** How many counted findings have each confidence, e.g. "3 high, 2 medium, 1 low; 1 with nothing relied on". */
  static String confidenceTally(List<Finding> findings) {
    Map<Confidence, Long> counts = new EnumMap<>(Confidence.class);
    long none = 0;
    for (Finding f : findings) {
      if (!f.status().isCounted()) {
        continue;
      }
      Confidence c = f.confidence();
      if (c == null) {
        none++;
      } else {
        counts.merge(c, 1L, Long::sum);
      }
    }
    String tally = Arrays.stream(Confidence.values())
        .map(c -> counts.getOrDefault(c, 0L) + " " + c.label().toLowerCase(Locale.ROOT))
        .collect(Collectors.joining(", "));
    return tally + "; " + none + " with nothing relied on";
  }

  private static void provenance(Report r, PrintWriter w) {
    var p = r.provenance();
    w.print("\nProvenance\n");
    w.print("  Charter " + p.charterVersion() + " (sha256 " + shortHash(p.charterHash()) + ")"
        + ", rule set " + p.ruleSetVersion() + " (" + shortHash(p.ruleSetHash()) + ")"
        + ", scoring policy " + p.scoringPolicy() + " (" + shortHash(p.scoringPolicyHash()) + ")\n");
    w.print("  Charter Assurance " + p.libraryVersion() + ", submission sha256 " + shortHash(p.submissionDigest()) + "\n");
  }

  private static String line(ScoreLine l) {
    String bar;
    Tally t = l.tally();
    if (l.score() == null) {
      String why = t.counted() == 0 && t.waived() == 0 && t.notApplicable() > 0 ? "not applicable"
          : t.counted() == 0 && t.waived() > 0 ? "waived" : "no score";
      return "  " + pad(l.id(), 4) + pad(truncate(l.title(), 48), 49) + " ".repeat(BAR + 3) + why + "\n";
    } else {
      int filled = l.score().multiply(BigDecimal.valueOf(BAR)).divide(BigDecimal.valueOf(100), 0, RoundingMode.HALF_UP).intValue();
      bar = "[" + "#".repeat(filled) + ".".repeat(BAR - filled) + "] " + pad(score(l.score()), 5);
    }
    return "  " + pad(l.id(), 4) + pad(truncate(l.title(), 48), 49) + bar + "  " + counts(l.tally()) + "\n";
  }

  private static String counts(Tally t) {
    return t.met() + "/" + t.counted() + " met";
  }

  private static String tally(Tally t) {
    return t.counted() + " counted (" + t.met() + " met, " + t.partiallyMet() + " partially met, " + t.notMet()
        + " not met, " + t.notAssessed() + " not assessed); " + t.notApplicable() + " not applicable, "
        + t.waived() + " waived";
  }

  private static String status(CriterionStatus s) {
    return s.label().toUpperCase(Locale.ROOT);
  }

  private static String score(@Nullable BigDecimal score) {
    return score == null ? "-" : score.setScale(1, RoundingMode.HALF_UP).toPlainString();
  }

  private static String shortHash(String hash) {
    return hash.length() > 12 ? hash.substring(0, cut(hash, 12)) : hash;
  }

  /** The text cut to {@code width} chars with "..." when longer. */
  private static String truncate(String text, int width) {
    return text.length() <= width ? text : text.substring(0, cut(text, width - 3)) + "...";
  }

  /** Where to cut {@code text} to at most {@code end} chars without parting the halves of a surrogate pair. */
  private static int cut(String text, int end) {
    return end > 0 && end < text.length() && Character.isLowSurrogate(text.charAt(end))
        && Character.isHighSurrogate(text.charAt(end - 1)) ? end - 1 : end;
  }

  private static String pad(String text, int width) {
    return text.length() >= width ? text : text + " ".repeat(width - text.length());
  }
}
