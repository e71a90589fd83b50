package io.charterassurance.report;

import io.charterassurance.model.report.CriterionStatus;
import io.charterassurance.model.report.Finding;
import io.charterassurance.model.report.Report;
import io.charterassurance.model.report.ReportViolation;
import io.charterassurance.model.report.ScoreLine;
import io.charterassurance.model.report.Tally;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.OutputStreamWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * A plain-text summary for a terminal or a log: who, the band and why, the score per principle
 * and per call, then the findings that matter most first, with what is missing. Plain ASCII
 * apart from the organisation's own words, lines under 100 columns where the words allow.
 */
final class TextRenderer implements Renderer {
  private static final int BAR = 20;

  @Override
  public void render(List<Report> reports, List<String> sources, OutputStream out) throws IOException {
    PrintWriter w = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
    for (int i = 0; i < reports.size(); i++) {
      if (i > 0) {
        w.print("\n" + "=".repeat(78) + "\n\n");
      }
      render(reports.get(i), sources.get(i), w);
    }
    w.flush();
  }

  private static void render(Report r, String source, PrintWriter w) {
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
      for (ReportViolation v : r.violations()) {
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

    w.print("\nPrinciples\n");
    for (ScoreLine line : r.principles()) {
      w.print(line(line));
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
      w.print("\n  [" + status(f.status()) + "] " + f.criterion() + "  " + f.title()
          + (f.mandatory() ? "  (mandatory)" : "") + "  score " + score(f.score()) + "\n");
      w.print("    " + f.reason() + "\n");
      if (!f.evidence().isEmpty()) {
        w.print("    Evidence: " + String.join(", ", f.evidence()) + "\n");
      }
      if (!f.missing().isEmpty()) {
        w.print("    Missing:\n");
        for (String m : f.missing()) {
          w.print("      - " + m + "\n");
        }
      }
    }
    List<Finding> met = r.findings().stream().filter(f -> f.status() == CriterionStatus.MET).toList();
    if (!met.isEmpty()) {
      w.print("\nMet (" + met.size() + ")\n");
      for (Finding f : met) {
        w.print("  " + pad(f.criterion(), 30) + " " + pad(score(f.score()), 6) + " " + f.title()
            + (f.evidence().isEmpty() ? "" : " [" + String.join(", ", f.evidence()) + "]") + "\n");
      }
    }
    List<Finding> waived = r.findings().stream().filter(f -> f.status() == CriterionStatus.WAIVED).toList();
    if (!waived.isEmpty()) {
      w.print("\nWaived (" + waived.size() + ", left out of every score)\n");
      for (Finding f : waived) {
        w.print("  " + f.criterion() + ": " + f.reason() + "\n");
      }
    }
    List<Finding> na = r.findings().stream().filter(f -> f.status() == CriterionStatus.NOT_APPLICABLE).toList();
    if (!na.isEmpty()) {
      w.print("\nNot applicable (" + na.size() + "): "
          + na.stream().map(Finding::criterion).collect(Collectors.joining(", ")) + "\n");
    }
    provenance(r, w);
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
    return hash.length() > 12 ? hash.substring(0, 12) : hash;
  }

  private static String truncate(String text, int width) {
    return text.length() <= width ? text : text.substring(0, width - 3) + "...";
  }

  private static String pad(String text, int width) {
    return text.length() >= width ? text : text + " ".repeat(width - text.length());
  }
}
