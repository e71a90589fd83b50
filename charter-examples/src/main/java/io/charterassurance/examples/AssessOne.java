package io.charterassurance.examples;

import io.charterassurance.model.io.ReadResult;
import io.charterassurance.model.io.SubmissionReader;
import io.charterassurance.model.report.CriterionStatus;
import io.charterassurance.model.report.Finding;
import io.charterassurance.model.report.Report;
import io.charterassurance.rules.Assessor;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Reads one submission file, assesses it against the Charter and prints the band, the overall
 * score and the findings short of met. An invalid file prints its violations and exits 1.
 *
 * <pre>
 * AssessOne charter-examples/evidence/icb-north-east-london.json
 * </pre>
 *
 * <p>Exit codes: 0 assessed, 1 invalid submission, 2 usage error.
 */
public final class AssessOne {
  private AssessOne() {}

  /**
   * What became of one file: either it was assessed (a report) or it was not valid (violations,
   * each as {@code source[:line[:column]]: path: message}).
   *
   * @param file the file read
   * @param violations what is wrong with it; empty when it was assessed
   * @param report the readiness report, when the file was valid
   */
  public record Outcome(Path file, List<String> violations, Optional<Report> report) {
    public Outcome {
      Objects.requireNonNull(file, "file");
      violations = List.copyOf(violations);
      Objects.requireNonNull(report, "report");
    }

    /** Whether the file was valid and assessed. */
    public boolean isAssessed() {
      return report.isPresent();
    }
  }

  /** Reads and assesses a file with the bundled rules and the standard scoring policy. */
  public static Outcome assess(Path file) {
    return assess(file, Assessor.standard());
  }

  /** Reads and assesses a file with the given assessor. */
  public static Outcome assess(Path file, Assessor assessor) {
    // tag::read-and-assess[]
    ReadResult read = SubmissionReader.create().read(file);
    if (!read.isValid()) {
      return new Outcome(file, read.violations().stream().map(Object::toString).toList(), Optional.empty());
    }
    Report report = assessor.assess(read.valid().orElseThrow());
    // end::read-and-assess[]
    if (!report.isAssessed()) {
      // Valid to the reader, refused by the rule set (for example a waiver naming an unknown criterion).
      return new Outcome(file, report.violations().stream()
          .map(v -> file + ": " + v.path() + ": " + v.message()).toList(), Optional.empty());
    }
    return new Outcome(file, List.of(), Optional.of(report));
  }

  /** The findings short of met (not met, not assessed, partially met), most important first. */
  public static List<Finding> shortOfMet(Report report) {
    // tag::short-of-met[]
    return report.findings().stream()
        .filter(f -> f.status() == CriterionStatus.NOT_MET
            || f.status() == CriterionStatus.NOT_ASSESSED
            || f.status() == CriterionStatus.PARTIALLY_MET)
        .toList();
    // end::short-of-met[]
  }

  /** The text {@link #main} prints for an assessed report. */
  public static String describe(Report report) {
    StringBuilder out = new StringBuilder();
    var subject = Objects.requireNonNull(report.subject(), "an assessed report names its subject");
    var band = Objects.requireNonNull(report.band(), "an assessed report has a band");
    // tag::print-band[]
    out.append(subject.name()).append(" (").append(subject.code()).append("), ")
        .append(subject.kind().label()).append(", as at ").append(report.provenance().asAt()).append('\n');
    out.append("Band: ").append(band.label()).append(" (overall ").append(report.overall().toPlainString())
        .append(" of 100, scoring policy ").append(report.provenance().scoringPolicy()).append(")\n");
    for (String cap : band.cappedBy()) {
      out.append("  capped: ").append(cap).append('\n');
    }
    // end::print-band[]
    List<Finding> gaps = shortOfMet(report);
    out.append("Findings short of met: ").append(gaps.size()).append(" of ")
        .append(report.tally().counted()).append(" counted criteria\n");
    for (Finding f : gaps) {
      out.append("  ").append(f.criterion()).append("  ").append(f.status().label())
          .append(f.confidence() == null ? "" : ", confidence " + f.confidence().label().toLowerCase(java.util.Locale.ROOT))
          .append("  ").append(f.score() == null ? "-" : f.score().toPlainString())
          .append(f.mandatory() ? "  (mandatory)" : "").append("  ").append(f.title()).append('\n');
      out.append("      ").append(f.reason()).append('\n');
      if (!f.missing().isEmpty()) {
        out.append("      missing: ").append(f.missing().get(0));
        if (f.missing().size() > 1) {
          out.append(" (and ").append(f.missing().size() - 1).append(" more)");
        }
        out.append('\n');
      }
    }
    return out.toString();
  }

  /**
   * Runs the program: assesses {@code args[0]} and prints the result to {@code out}, or the
   * violations to {@code err}.
   *
   * @return the exit code: 0 assessed, 1 invalid, 2 usage error
   */
  public static int run(List<String> args, PrintStream out, PrintStream err) {
    if (args.size() != 1) {
      err.println("usage: AssessOne <submission.json|submission.yaml>");
      return 2;
    }
    Outcome outcome = assess(Path.of(args.get(0)));
    if (!outcome.isAssessed()) {
      err.println(outcome.file() + " is not a valid submission (" + outcome.violations().size() + " violation"
          + (outcome.violations().size() == 1 ? "" : "s") + "):");
      outcome.violations().forEach(v -> err.println("  " + v));
      return 1;
    }
    out.print(describe(outcome.report().orElseThrow()));
    return 0;
  }

  /** Command-line entry point; see the class comment. */
  public static void main(String[] args) {
    int code = run(List.of(args), System.out, System.err);
    System.out.flush();
    System.exit(code);
  }
}
