package io.charterassurance.examples;

import io.charterassurance.model.io.ReadResult;
import io.charterassurance.model.io.SubmissionReader;
import io.charterassurance.model.io.ValidatedSubmission;
import io.charterassurance.model.report.Finding;
import io.charterassurance.model.report.Report;
import io.charterassurance.rules.Assessor;
import io.charterassurance.rules.catalogue.RuleSetException;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Loads a tailored scoring policy and shows how the same submission scores under it and under
 * the standard policy: overall, band (and any cap), and every criterion whose verdict (requirement
 * status or evidence confidence) changes.
 *
 * <pre>
 * TailoredPolicy charter-examples/evidence/la-public-health.json charter-examples/policies/stricter.yaml
 * </pre>
 *
 * <p>Exit codes: 0 compared, 1 invalid submission or policy, 2 usage error.
 */
public final class TailoredPolicy {
  private TailoredPolicy() {}

  /** The policy the examples ship, relative to the repository root. */
  public static final Path STRICTER = Path.of("charter-examples", "policies", "stricter.yaml");

  /**
   * How one submission scored under one policy.
   *
   * @param policy the scoring policy id
   * @param overall the overall score, 0 to 100
   * @param band the band id
   * @param uncappedBand the band the score alone reaches
   * @param cappedBy why the band was capped (empty when it was not)
   * @param verdicts each criterion's verdict, e.g. "Met, confidence medium", in the report's order
   */
  public record Scores(
      String policy, BigDecimal overall, String band, String uncappedBand, List<String> cappedBy,
      Map<String, String> verdicts) {
    public Scores {
      cappedBy = List.copyOf(cappedBy);
      verdicts = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(verdicts));
    }

    static Scores of(Report report) {
      var band = Objects.requireNonNull(report.band(), "an assessed report has a band");
      Map<String, String> verdicts = new LinkedHashMap<>();
      for (Finding f : report.findings()) {
        verdicts.put(f.criterion(), f.status().label()
            + (f.confidence() == null ? "" : ", confidence " + f.confidence().label().toLowerCase(java.util.Locale.ROOT)));
      }
      return new Scores(report.provenance().scoringPolicy(), report.overall(), band.id(), band.uncapped(),
          band.cappedBy(), verdicts);
    }
  }

  /**
   * The same submission under two policies.
   *
   * @param organisation the organisation's name
   * @param standard the scores under the standard policy
   * @param tailored the scores under the tailored policy
   */
  public record Comparison(String organisation, Scores standard, Scores tailored) {
    /** The criteria whose verdict differs, as {@code ID: standard -> tailored}, in the standard report's order. */
    public List<String> changes() {
      List<String> out = new ArrayList<>();
      standard.verdicts().forEach((id, before) -> {
        String after = tailored.verdicts().get(id);
        if (!before.equals(after)) {
          out.add(id + ": " + before + " -> " + (after == null ? "absent" : after));
        }
      });
      return out;
    }
  }

  /**
   * Scores one submission under the standard policy and under the policy in {@code policyFile}.
   *
   * @throws IllegalArgumentException if the submission is not valid
   * @throws RuleSetException if the policy file is not a valid scoring policy
   */
  public static Comparison compare(Path submissionFile, Path policyFile) {
    ReadResult read = SubmissionReader.create().read(submissionFile);
    if (!read.isValid()) {
      throw new IllegalArgumentException(submissionFile + " is not a valid submission: " + read.violations());
    }
    ValidatedSubmission submission = read.valid().orElseThrow();
    // tag::tailored-policy[]
    Assessor standard = Assessor.standard();
    Assessor tailored = Assessor.builder().scoringPolicy(policyFile).build();
    Report underStandard = standard.assess(submission);
    Report underTailored = tailored.assess(submission);
    // end::tailored-policy[]
    return new Comparison(submission.submission().organisation().name(), Scores.of(underStandard), Scores.of(underTailored));
  }

  /** The text {@link #main} prints. */
  public static String describe(Comparison c) {
    StringBuilder out = new StringBuilder(c.organisation()).append('\n');
    for (Scores s : List.of(c.standard(), c.tailored())) {
      out.append(String.format("  %-36s overall %5s  band %s", s.policy(), s.overall().toPlainString(), s.band()));
      if (!s.cappedBy().isEmpty()) {
        out.append(" (capped from ").append(s.uncappedBand()).append(')');
      }
      out.append('\n');
      s.cappedBy().forEach(reason -> out.append("      ").append(reason).append('\n'));
    }
    List<String> changes = c.changes();
    out.append("  criteria whose verdict changes: ").append(changes.isEmpty() ? "none" : changes.size()).append('\n');
    changes.forEach(line -> out.append("    ").append(line).append('\n'));
    return out.toString();
  }

  /**
   * Runs the program: {@code args} are the submission and, optionally, the policy file (default
   * {@link #STRICTER}).
   *
   * @return the exit code: 0 compared, 1 invalid submission or policy, 2 usage error
   */
  public static int run(List<String> args, PrintStream out, PrintStream err) {
    if (args.isEmpty() || args.size() > 2) {
      err.println("usage: TailoredPolicy <submission> [policy.yaml]");
      return 2;
    }
    Path policy = args.size() == 2 ? Path.of(args.get(1)) : STRICTER;
    try {
      out.print(describe(compare(Path.of(args.get(0)), policy)));
      return 0;
    } catch (IllegalArgumentException | RuleSetException e) {
      err.println(e.getMessage());
      return 1;
    }
  }

  /** Command-line entry point; see the class comment. */
  public static void main(String[] args) {
    int code = run(List.of(args), System.out, System.err);
    System.out.flush();
    System.exit(code);
  }
}
