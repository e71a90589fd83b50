package io.charterassurance.rules;

import io.charterassurance.model.io.ReadResult;
import io.charterassurance.model.io.SubmissionReader;
import io.charterassurance.model.io.ValidatedSubmission;
import io.charterassurance.model.evidence.Evidence;
import io.charterassurance.model.report.Report;
import io.charterassurance.model.report.Timeline;
import io.charterassurance.rules.internal.Foresight;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import io.charterassurance.model.io.Violation;
import io.charterassurance.model.submission.Submission;
import io.charterassurance.rules.catalogue.CriteriaCatalogue;
import io.charterassurance.rules.catalogue.RuleProblem;
import io.charterassurance.rules.catalogue.RuleSetException;
import io.charterassurance.rules.catalogue.ScoringPolicy;
import io.charterassurance.rules.internal.Engine;
import io.charterassurance.rules.internal.RuleBase;
import io.charterassurance.rules.internal.RuleFiles;
import io.charterassurance.rules.internal.RuleSource;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Properties;
import java.util.TreeSet;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * The front door: assesses submissions against the Charter and scores them into readiness
 * reports.
 *
 * <p>Build one per process and share it: {@link #assess} and {@link #check} are fast and safe to
 * call from many threads. Building one with the bundled rule files loads them precompiled (a few
 * hundred milliseconds); building one with added or replacement rule files compiles those (about
 * two seconds).
 *
 * <pre>{@code
 * Assessor assessor = Assessor.standard();
 * Report report = assessor.assess(submission);
 * }</pre>
 *
 * <p>Tailoring is data first: a scoring policy file changes weights, thresholds, freshness
 * windows, parameters and bands without touching rules. Additional or replacement rule files are
 * DRL, which is Java code with no sandbox: load only rule files you would trust as a jar on your
 * class path.
 */
public final class Assessor {
  private static final class Standard {
    static final Assessor INSTANCE;

    static {
      // The rule base's classes load on a second core while this thread reads the catalogue and
      // the policy (docs/performance.md, cold start).
      RuleBase.loadStandardInBackground();
      INSTANCE = builder().build();
    }
  }

  private final CriteriaCatalogue catalogue;
  private final ScoringPolicy policy;
  private final RuleBase rules;
  private final Engine engine;
  private final SubmissionReader reader;
  private final Foresight foresight;

  private static final Pattern EVIDENCE_PATH = Pattern.compile("\\A\\$\\.evidence\\[(\\d+)\\]");

  private Assessor(CriteriaCatalogue catalogue, ScoringPolicy policy, RuleBase rules) {
    this.catalogue = catalogue;
    this.policy = policy;
    this.rules = rules;
    this.engine = new Engine(rules, catalogue, policy, libraryVersion());
    this.reader = SubmissionReader.create();
    this.foresight = new Foresight(engine);
  }

  /** The assessor with the bundled rule set and standard scoring policy, built on first use. */
  public static Assessor standard() {
    return Standard.INSTANCE;
  }

  /** A builder starting from the bundled rule set, catalogue and standard scoring policy. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Assesses a submission the reader has validated, without validating it again. Only what the
   * rule set alone can check is checked (waivers naming criteria it does not have); a submission
   * that fails it gives a report with {@link Report#violations()} and no scores.
   */
  public Report assess(ValidatedSubmission submission) {
    Objects.requireNonNull(submission, "submission");
    List<Violation> problems = engine.catalogueViolations(submission.source(), submission.submission());
    if (!problems.isEmpty()) {
      return engine.invalid(submission.submission(), problems, submission.digest());
    }
    return engine.assess(submission.submission(), submission.digest());
  }

  /**
   * Validates and assesses a submission built in code. An invalid submission gives a report whose
   * {@link Report#violations()} say what is wrong, with no scores; this method does not throw for
   * bad input.
   */
  public Report assess(Submission submission) {
    Objects.requireNonNull(submission, "submission");
    return assess(reader.check(submission, "submission"));
  }

  /**
   * Assesses what the reader made of an input: the report of the validated submission, or the
   * report of a submission that could not be assessed, carrying the reader's violations as they
   * are (with their file, line and column).
   */
  public Report assess(ReadResult read) {
    Objects.requireNonNull(read, "read");
    return read.valid().map(this::assess)
        .orElseGet(() -> engine.invalid(read.submission(), read.violations(), read.digest()));
  }

  /**
   * What it would take to reach the next band and the top band: the fewest changes a greedy
   * search finds, each re-assessed through these same rules and this policy, and each path
   * verified by assessing the changed submission (validation included). It re-assesses many
   * hypothetical variants, so it costs far more than {@link #assess}: ask for it when it is
   * wanted. docs/next-steps.md states the search.
   *
   * @return the paths, and the changed submissions they lead to; empty when the submission cannot
   *     be scored (a waiver naming an unknown criterion, or no criterion counted)
   */
  public Optional<Prospect> nextSteps(ValidatedSubmission submission) {
    Objects.requireNonNull(submission, "submission");
    if (!scorable(submission)) {
      return Optional.empty();
    }
    Foresight.Result result = foresight.nextSteps(submission.submission(), submission.digest(),
        s -> assess(reader.check(s, submission.source())));
    return Optional.of(new Prospect(result.nextSteps(), result.changed()));
  }

  /**
   * How the score and band fall month by month as the evidence ages, if nothing is refreshed:
   * the submission re-assessed with its evidence aged to each month after the as-at date, waivers
   * held as they stood on it, and the first day each current item falls due and goes stale under
   * the policy's freshness windows.
   *
   * @param months how many months to run, 1 to 120
   * @return the timeline; empty when the submission cannot be scored
   * @throws IllegalArgumentException if months is outside 1 to 120
   */
  public Optional<Timeline> timeline(ValidatedSubmission submission, int months) {
    Objects.requireNonNull(submission, "submission");
    if (months < 1 || months > 120) {
      throw new IllegalArgumentException("months must be 1 to 120, not " + months);
    }
    if (!scorable(submission)) {
      return Optional.empty();
    }
    return Optional.of(foresight.timeline(submission.submission(), submission.digest(), months));
  }

  private boolean scorable(ValidatedSubmission submission) {
    return engine.catalogueViolations(submission.source(), submission.submission()).isEmpty()
        && assess(submission).band() != null;
  }

  /**
   * Moves a submission to another as-at date. Evidence dated after the new date is set aside with
   * a notice, not refused; so is an item that cannot stand on that date for another reason the
   * model checks (an asset map updated later, a Quality Account whose year had not ended, an
   * evaluation of an item set aside). Anything else that stops the moved submission being
   * assessed (a date in the future, an organisation that did not exist then) is a violation.
   */
  public Redated redate(ValidatedSubmission submission, LocalDate asAt) {
    Objects.requireNonNull(submission, "submission");
    Objects.requireNonNull(asAt, "asAt");
    Submission s = submission.submission();
    List<String> notices = new ArrayList<>();
    notices.add("Re-assessed as at " + asAt + " (the submission's own as-at date is " + s.asAt()
        + "; the submission as read has digest sha256:" + submission.digest() + ").");
    List<Evidence> kept = new ArrayList<>();
    for (Evidence e : s.evidence()) {
      if (e.provenance().date().isAfter(asAt)) {
        notices.add("Evidence " + e.id() + " (" + e.kindName() + ", dated " + e.provenance().date()
            + ") is after the as-at date and is ignored.");
      } else {
        kept.add(e);
      }
    }
    for (int round = 0; ; round++) {
      Submission moved = new Submission(s.organisation(), asAt, s.period(), kept, s.waivers());
      ReadResult read = reader.check(moved, submission.source());
      Set<Integer> drop = new HashSet<>();
      for (Violation v : read.violations()) {
        Matcher m = EVIDENCE_PATH.matcher(v.path());
        if (m.find()) {
          drop.add(Integer.parseInt(m.group(1)));
        }
      }
      if (read.isValid() || drop.isEmpty() || round >= s.evidence().size()) {
        return new Redated(read, notices);
      }
      List<Evidence> next = new ArrayList<>();
      for (int i = 0; i < kept.size(); i++) {
        if (drop.contains(i)) {
          Evidence e = kept.get(i);
          String prefix = "$.evidence[" + i + "]";
          String why = read.violations().stream().filter(v -> v.path().startsWith(prefix))
              .map(Violation::message).findFirst().orElse("it cannot stand on that date");
          notices.add("Evidence " + e.id() + " (" + e.kindName() + ") cannot stand on " + asAt + " and is ignored: " + why);
        } else {
          next.add(kept.get(i));
        }
      }
      kept = next;
    }
  }

  /** Decides each criterion's status of a validated submission, without scores or bands. */
  public CheckResult check(ValidatedSubmission submission) {
    Objects.requireNonNull(submission, "submission");
    List<Violation> problems = engine.catalogueViolations(submission.source(), submission.submission());
    if (!problems.isEmpty()) {
      return new CheckResult(problems, List.of());
    }
    return new CheckResult(List.of(), engine.decide(submission.submission(), false));
  }

  /** Validates a submission built in code and decides each criterion's status, without scores or bands. */
  public CheckResult check(Submission submission) {
    Objects.requireNonNull(submission, "submission");
    ReadResult read = reader.check(submission, "submission");
    return read.valid().map(this::check).orElseGet(() -> new CheckResult(read.violations(), List.of()));
  }

  /**
   * Validates a submission without assessing it: the model's constraints and what only the rule
   * set can check (waivers naming criteria it does not have).
   *
   * @return every violation, sorted by path; empty when the submission can be assessed
   */
  public List<Violation> validate(Submission submission) {
    Objects.requireNonNull(submission, "submission");
    return validate(reader.check(submission, "submission"));
  }

  /**
   * Every problem with what the reader made of an input: the reader's violations, and, for a
   * valid submission, what only the rule set can check.
   *
   * @return every violation, sorted; empty when the submission can be assessed
   */
  public List<Violation> validate(ReadResult read) {
    Objects.requireNonNull(read, "read");
    return read.valid()
        .map(v -> engine.catalogueViolations(v.source(), v.submission()))
        .orElse(read.violations());
  }

  /** The report for a submission that could not be read at all (for example, malformed JSON). */
  public Report unreadable(List<Violation> violations) {
    return engine.invalid(null, violations, null);
  }

  /** The criteria this assessor decides. */
  public CriteriaCatalogue catalogue() {
    return catalogue;
  }

  /** The scoring policy this assessor scores with. */
  public ScoringPolicy policy() {
    return policy;
  }

  /** SHA-256 over the rule files and the catalogue, as reports record it. */
  public String ruleSetHash() {
    return rules.hash();
  }

  /** The names of the rules that decide a criterion (empty if it has none). */
  public List<String> rulesFor(String criterionId) {
    return rules.rulesByCriterion().getOrDefault(criterionId, List.of());
  }

  /** Whether the rules were loaded precompiled rather than compiled from DRL when this was built. */
  boolean rulesPrecompiled() {
    return rules.precompiled();
  }

  /** This library's version, as reports record it. */
  public static String libraryVersion() {
    Properties properties = new Properties();
    try (InputStream in = Assessor.class.getResourceAsStream("library.properties")) {
      if (in != null) {
        properties.load(in);
      }
    } catch (IOException e) {
      throw new IllegalStateException("library.properties could not be read", e);
    }
    return properties.getProperty("version", "unknown");
  }

  /**
   * Builds an {@link Assessor}. Starts from the bundled rules, catalogue and policy; each method
   * replaces or adds to one of them.
   */
  public static final class Builder {
    private final List<Path> ruleFiles = new ArrayList<>();
    private final List<String> ruleResources = new ArrayList<>();
    private @Nullable ClassLoader resourceLoader;
    private boolean standardRules = true;
    private @Nullable Supplier<CriteriaCatalogue> criteria;
    private Supplier<ScoringPolicy> policy = ScoringPolicy::standard;

    private Builder() {}

    /**
     * Adds DRL rule files. Each rule must be named after a criterion in the catalogue ({@code
     * "ID"} or {@code "ID: variant"}) and the file's base name must be that criterion's area.
     * DRL is code: load only files you trust.
     */
    public Builder addRules(Path... files) {
      ruleFiles.addAll(List.of(files));
      return this;
    }

    /** Adds DRL rule files from the class path of {@code loader}. */
    public Builder addRules(ClassLoader loader, String... resources) {
      if (resourceLoader != null && resourceLoader != loader) {
        throw new IllegalArgumentException("rule resources must all come from one class loader");
      }
      resourceLoader = loader;
      ruleResources.addAll(List.of(resources));
      return this;
    }

    /** Leaves out the bundled rule files, so only the added ones run. */
    public Builder withoutStandardRules() {
      standardRules = false;
      return this;
    }

    /** Replaces the bundled criteria catalogue with a YAML or JSON file. */
    public Builder criteria(Path file) {
      Objects.requireNonNull(file, "file");
      criteria = () -> CriteriaCatalogue.load(file);
      return this;
    }

    /** Replaces the bundled criteria catalogue with a YAML or JSON resource on the class path of {@code loader}. */
    public Builder criteria(ClassLoader loader, String resource) {
      Objects.requireNonNull(loader, "loader");
      Objects.requireNonNull(resource, "resource");
      criteria = () -> CriteriaCatalogue.load(loader, resource);
      return this;
    }

    /** Replaces the standard scoring policy with a YAML or JSON file. */
    public Builder scoringPolicy(Path file) {
      Objects.requireNonNull(file, "file");
      policy = () -> ScoringPolicy.load(file);
      return this;
    }

    /** Replaces the standard scoring policy with a YAML or JSON resource on the class path of {@code loader}. */
    public Builder scoringPolicy(ClassLoader loader, String resource) {
      Objects.requireNonNull(loader, "loader");
      Objects.requireNonNull(resource, "resource");
      policy = () -> ScoringPolicy.load(loader, resource);
      return this;
    }

    /** Replaces the standard scoring policy with one built in code. */
    public Builder scoringPolicy(ScoringPolicy value) {
      Objects.requireNonNull(value, "value");
      policy = () -> {
        value.check();
        return value;
      };
      return this;
    }

    /**
     * Loads, checks and compiles everything.
     *
     * @throws RuleSetException if a rule file does not compile, or the catalogue or policy is
     *     invalid or inconsistent with the rules; every problem is listed with file and line
     * @throws IllegalStateException if rule files are to be compiled while the library runs as a
     *     named module whose internal package the launch did not export to them (the message
     *     names the {@code --add-exports} option that does)
     */
    public Assessor build() {
      CriteriaCatalogue catalogue = criteria == null ? CriteriaCatalogue.standard() : criteria.get();
      ScoringPolicy chosen = policy.get();
      checkWeights(chosen, catalogue);
      List<RuleSource> sources = new ArrayList<>();
      if (standardRules) {
        sources.addAll(RuleFiles.standard(criteria == null ? catalogue : CriteriaCatalogue.standard()));
      }
      for (Path file : ruleFiles) {
        sources.add(RuleFiles.file(file));
      }
      for (String resource : ruleResources) {
        sources.add(RuleFiles.resource(Objects.requireNonNull(resourceLoader), resource));
      }
      // The bundled rule files alone come precompiled (whatever the catalogue and policy, which
      // are data checked against them); any other rule set is compiled here.
      RuleBase rules = standardRules && ruleFiles.isEmpty() && ruleResources.isEmpty()
          ? RuleBase.standard(sources, catalogue, chosen)
          : RuleBase.compile(sources, catalogue, chosen);
      return new Assessor(catalogue, chosen, rules);
    }

    /** Checks that the policy's weight overrides name criteria in the catalogue. */
    private static void checkWeights(ScoringPolicy policy, CriteriaCatalogue catalogue) {
      List<RuleProblem> problems = new ArrayList<>();
      for (String id : new TreeSet<>(policy.weights().keySet())) {
        if (catalogue.find(id).isEmpty()) {
          problems.add(new RuleProblem("scoring policy " + policy.id(), 0, 0,
              "$.weights." + id + ": no criterion with this id in the catalogue"));
        }
      }
      if (!problems.isEmpty()) {
        throw new RuleSetException(problems);
      }
    }
  }
}
