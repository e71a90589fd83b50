package io.charterassurance.cli;

import io.charterassurance.model.report.ReportReader;
import io.charterassurance.model.report.CriterionStatus;
import io.charterassurance.model.report.Finding;
import io.charterassurance.model.report.Report;
import io.charterassurance.model.report.ScoreLine;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code charter diff}: what changed between two reports of the same organisation. */
@Command(
    name = "diff",
    mixinStandardHelpOptions = true,
    description = {
      "Compare two JSON reports of the same organisation (from `charter assess --format json`): band change,"
          + " score changes, criteria that improved and regressed.",
      "Refuses to compare reports of different organisations or scored under different scoring policies."
    })
final class DiffCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "OLD", description = "The earlier report (JSON).")
  Path older = Path.of("");

  @Parameters(index = "1", paramLabel = "NEW", description = "The later report (JSON).")
  Path newer = Path.of("");

  @Option(names = "--fail-on-regression", description = "Exit 1 if any criterion or the band regressed.")
  boolean failOnRegression;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    List<String> problems = new ArrayList<>();
    Report before = read(older, problems);
    Report after = read(newer, problems);
    if (before == null || after == null) {
      problems.forEach(p -> err.println(Terminal.safe("charter: " + p)));
      return ExitCodes.INVALID;
    }
    String refusal = refusal(before, after);
    if (refusal != null) {
      err.println(Terminal.safe("charter: cannot compare " + older + " with " + newer + ": " + refusal));
      return ExitCodes.INVALID;
    }
    out.println(Terminal.safe("Changes for " + after.subject().name() + " (" + after.subject().code() + "): "
        + before.provenance().asAt() + " -> " + after.provenance().asAt()));
    if (!before.provenance().ruleSetHash().equals(after.provenance().ruleSetHash())) {
      out.println(Terminal.safe("Note: the rule sets differ (" + before.provenance().ruleSetVersion() + " "
          + before.provenance().ruleSetHash().substring(0, 12) + " vs " + after.provenance().ruleSetVersion() + " "
          + after.provenance().ruleSetHash().substring(0, 12) + "), so some changes may come from the rules."));
    }
    // Bands compare by their minimum score: both reports were scored under one policy, so the minimums agree.
    int bandChange = after.band().minimum().compareTo(before.band().minimum());
    out.println(Terminal.safe("Band: " + label(before) + " -> " + label(after)
        + (bandChange > 0 ? " (improved)" : bandChange < 0 ? " (regressed)" : " (unchanged)")));
    out.println(Terminal.safe("Overall: " + number(before.overall()) + " -> " + number(after.overall()) + delta(before.overall(), after.overall())));
    out.println(Terminal.safe("Interval: " + interval(before) + " -> " + interval(after)));
    out.println();
    out.println("Principles");
    for (ScoreLine line : after.principles()) {
      ScoreLine old = before.principles().stream().filter(l -> l.id().equals(line.id())).findFirst().orElse(null);
      BigDecimal was = old == null ? null : old.score();
      out.println(Terminal.safe(String.format("  %-4s %-50s %6s -> %6s%s", line.id(), line.title(), number(was), number(line.score()),
          delta(was, line.score()))));
    }
    Map<String, Finding> old = new LinkedHashMap<>();
    before.findings().forEach(f -> old.put(f.criterion(), f));
    List<String> improved = new ArrayList<>();
    List<String> regressed = new ArrayList<>();
    int unchanged = 0;
    for (Finding f : after.findings()) {
      Finding was = old.remove(f.criterion());
      int change = was == null ? 0 : compare(was, f);
      String line = "  " + f.criterion() + ": " + describe(was) + " -> " + describe(f);
      if (was == null) {
        improved.add(line + " (new criterion)");
      } else if (change > 0) {
        improved.add(line);
      } else if (change < 0) {
        regressed.add(line);
      } else {
        unchanged++;
      }
    }
    old.values().forEach(f -> regressed.add("  " + f.criterion() + ": " + describe(f) + " -> no longer assessed"));
    out.println();
    out.println("Improved (" + improved.size() + ")");
    improved.forEach(l -> out.println(Terminal.safe(l)));
    out.println();
    out.println("Regressed (" + regressed.size() + ")");
    regressed.forEach(l -> out.println(Terminal.safe(l)));
    out.println();
    out.println("Unchanged: " + unchanged + " criteria");
    out.flush();
    return failOnRegression && (!regressed.isEmpty() || bandChange < 0) ? ExitCodes.BELOW_THRESHOLD : ExitCodes.OK;
  }

  private static @Nullable String refusal(Report before, Report after) {
    if (!before.isAssessed() || !after.isAssessed()) {
      return "a report of a submission that could not be assessed has nothing to compare";
    }
    if (!before.subject().code().equals(after.subject().code())) {
      return "they are reports of different organisations (" + before.subject().code() + " and "
          + after.subject().code() + ")";
    }
    var p = before.provenance();
    var q = after.provenance();
    if (!p.scoringPolicy().equals(q.scoringPolicy()) || !p.scoringPolicyHash().equals(q.scoringPolicyHash())) {
      return "they were scored under different scoring policies (" + p.scoringPolicy() + " sha256 "
          + p.scoringPolicyHash().substring(0, 12) + " and " + q.scoringPolicy() + " sha256 "
          + q.scoringPolicyHash().substring(0, 12) + "); assess both submissions under one policy and compare those";
    }
    return null;
  }

  private @Nullable Report read(Path file, List<String> problems) {
    String special = Inputs.specialFile(file);
    if (special != null) {
      problems.add(file + ": " + special);
      return null;
    }
    ReportReader.Result read = ReportReader.create().read(file);
    if (!read.isValid()) {
      read.violations().forEach(v -> problems.add(v.toString()));
      return null;
    }
    if (read.reports().size() != 1) {
      problems.add(file + ": holds " + read.reports().size() + " reports; diff compares one report with one"
          + " (assess each submission on its own, or use --output-dir)");
      return null;
    }
    return read.reports().get(0);
  }

  private static int compare(Finding was, Finding now) {
    int status = Integer.compare(order(now.status()), order(was.status()));
    if (status != 0) {
      return status;
    }
    if (was.score() != null && now.score() != null) {
      return now.score().compareTo(was.score());
    }
    return 0;
  }

  private static int order(CriterionStatus s) {
    return switch (s) {
      case MET -> 3;
      case PARTIALLY_MET -> 2;
      case NOT_MET, NOT_ASSESSED -> 1;
      case WAIVED, NOT_APPLICABLE -> 0;
    };
  }

  private static String describe(@Nullable Finding f) {
    if (f == null) {
      return "absent";
    }
    return f.status().label().toLowerCase(java.util.Locale.ROOT) + (f.score() == null ? "" : " " + f.score().toPlainString());
  }

  /** The interval the unknowns allow, e.g. "40.0 to 71.5 (developing to established)"; "-" in a report without one. */
  private static String interval(Report r) {
    var i = r.interval();
    if (i == null) {
      return "-";
    }
    return number(i.lowest()) + " to " + number(i.highest()) + " (" + (i.bandCertain() ? i.lowestBandLabel() + ", certain"
        : i.lowestBandLabel() + " to " + i.highestBandLabel()) + ")";
  }

  private static String label(Report r) {
    return r.band() == null ? "none" : r.band().label();
  }

  private static String number(@Nullable BigDecimal value) {
    return value == null ? "-" : value.toPlainString();
  }

  private static String delta(@Nullable BigDecimal was, @Nullable BigDecimal now) {
    if (was == null || now == null) {
      return "";
    }
    BigDecimal d = now.subtract(was);
    return d.signum() == 0 ? "" : " (" + (d.signum() > 0 ? "+" : "") + d.toPlainString() + ")";
  }
}
