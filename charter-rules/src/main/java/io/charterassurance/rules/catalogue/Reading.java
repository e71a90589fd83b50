package io.charterassurance.rules.catalogue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.charterassurance.model.charter.Charter;
import io.charterassurance.model.evidence.Evidence;
import io.charterassurance.model.io.CharterJson;
import io.charterassurance.model.io.SubmissionReader;
import io.charterassurance.model.io.InputFile;
import io.charterassurance.model.io.JsonErrors;
import io.charterassurance.model.io.Violation;
import io.charterassurance.model.organisation.OrganisationKind;
import io.charterassurance.model.report.CriterionStatus;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ValidatorFactory;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;

/**
 * Reads and checks criteria catalogues and scoring policies, from the class path or from files,
 * turning every problem into a {@link RuleProblem} with its source.
 */
final class Reading {
  /** The bundled criteria catalogue. */
  static final String STANDARD_CATALOGUE = "io/charterassurance/rules/criteria.yaml";
  /** The lenses a principle can be judged through, besides the criteria serving it. */
  static final Set<String> PRINCIPLE_LENSES =
      Set.of("criteria", "power", "reach", "outcomes", "coProduction");

  /** The bundled scoring policy. */
  static final String STANDARD_POLICY = "io/charterassurance/rules/scoring-policy.yaml";

  private static final Pattern CRITERION_ID = Pattern.compile("[A-Z][A-Z0-9]*(-[A-Z0-9]+)*");

  /**
   * Bean Validation, bootstrapped on first use: the bundled catalogue and policy do not need it
   * (below), so a process that loads only those does not pay for starting it.
   */
  private static final class Checker {
    /** The library's one factory, which keeps Hibernate Validator's banner off standard error. */
    static final ValidatorFactory VALIDATION = SubmissionReader.validation();
  }

  private Reading() {}

  /** The catalogue file as written: criteria without derived principles. */
  record CatalogueFile(@NotBlank String version, @NotEmpty List<@NotNull @Valid Entry> criteria) {}

  /** One criterion as written in a catalogue file. */
  record Entry(
      @NotBlank String id,
      @NotBlank String title,
      @NotBlank String area,
      @NotEmpty List<@NotBlank String> clauses,
      @NotEmpty Set<@NotNull OrganisationKind> kinds,
      @Nullable Set<@NotNull OrganisationKind> mandatoryFor,
      @NotNull @DecimalMin("0") BigDecimal weight,
      @NotEmpty List<@NotBlank String> evidenceKinds,
      @Nullable Set<@NotNull OrganisationKind> informationalFor,
      @Nullable String informationalReason,
      @NotBlank String meets) {}

  /** Reads the bundled catalogue. */
  static CriteriaCatalogue standardCatalogue() {
    return catalogue(STANDARD_CATALOGUE, classpath(STANDARD_CATALOGUE), Constraints.BUNDLED);
  }

  /** Reads a catalogue file. */
  static CriteriaCatalogue catalogue(Path file) {
    return catalogue(file.toString(), read(file, "criteria catalogue"));
  }

  /** Reads the bundled scoring policy. */
  static ScoringPolicy standardPolicy() {
    return check(STANDARD_POLICY, parse(STANDARD_POLICY, classpath(STANDARD_POLICY), ScoringPolicy.class),
        Constraints.BUNDLED);
  }

  /** Reads a scoring policy file. */
  static ScoringPolicy policy(Path file) {
    return policy(file.toString(), read(file, "scoring policy"));
  }

  /** Reads a catalogue from the class path of {@code loader}. */
  static CriteriaCatalogue catalogueResource(ClassLoader loader, String resource) {
    return catalogue(resource, resource(loader, resource));
  }

  /** Reads a scoring policy from the class path of {@code loader}. */
  static ScoringPolicy policyResource(ClassLoader loader, String resource) {
    return policy(resource, resource(loader, resource));
  }

  private static byte[] resource(ClassLoader loader, String resource) {
    try (InputStream in = loader.getResourceAsStream(resource)) {
      if (in == null) {
        throw problem(resource, "no such resource on the class path");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw problem(resource, "could not be read: " + e.getMessage());
    }
  }

  /** Checks a policy built in code (or loaded) for values that cannot work together. */
  static ScoringPolicy check(String source, ScoringPolicy policy) {
    return check(source, policy, Constraints.CHECKED);
  }

  /**
   * Whether a catalogue or policy is checked against its Bean Validation constraints. The bundled
   * ones are not at run time: they are part of the library, and its tests load them through the
   * checked path ({@code ReadingTests}) and fail the build if they break a constraint. Everything
   * else (the cross-field checks here) runs for them too.
   */
  private enum Constraints { CHECKED, BUNDLED }

  private static ScoringPolicy check(String source, ScoringPolicy policy, Constraints constraints) {
    List<RuleProblem> problems = new ArrayList<>();
    if (constraints == Constraints.CHECKED) {
      for (ConstraintViolation<ScoringPolicy> v : Checker.VALIDATION.getValidator().validate(policy)) {
        problems.add(new RuleProblem(source, 0, 0, "$." + v.getPropertyPath() + ": " + v.getMessage()));
      }
    }
    if (problems.isEmpty()) {
      var r = policy.requirement();
      if (r.met().compareTo(r.partiallyMet()) < 0 || r.partiallyMet().compareTo(r.notMet()) < 0) {
        problems.add(new RuleProblem(source, 0, 0,
            "$.requirement: points must not rise as the status falls (met >= partiallyMet >= notMet)"));
      }
      var c = policy.confidence();
      if (c.high().compareTo(c.medium()) < 0 || c.medium().compareTo(c.low()) < 0) {
        problems.add(new RuleProblem(source, 0, 0,
            "$.confidence: factors must not rise as confidence falls (high >= medium >= low)"));
      }
      for (var kind : io.charterassurance.model.organisation.OrganisationKind.values()) {
        if (!policy.waivers().assurers().containsKey(kind)) {
          problems.add(new RuleProblem(source, 0, 0, "$.waivers.assurers: missing the assurers of a "
              + kind.label() + " (" + io.charterassurance.model.io.CharterJson.externalName(kind) + ")"));
        }
      }
      policy.principles().forEach((principle, lenses) -> {
        if (!principle.matches("P[1-6]")) {
          problems.add(new RuleProblem(source, 0, 0, "$.principles." + principle + ": not a principle; expected P1 to P6"));
        }
        for (String lens : lenses.keySet()) {
          if (!PRINCIPLE_LENSES.contains(lens)) {
            problems.add(new RuleProblem(source, 0, 0, "$.principles." + principle + "." + lens
                + ": not a lens; expected one of " + PRINCIPLE_LENSES));
          }
        }
        BigDecimal sum = lenses.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        if (sum.compareTo(BigDecimal.ONE) != 0) {
          problems.add(new RuleProblem(source, 0, 0, "$.principles." + principle + ": weights sum to "
              + sum.stripTrailingZeros().toPlainString() + "; they must sum to 1"));
        }
      });
      checkWindow(source, "$.freshness.default", policy.freshness().standard(), problems);
      policy.freshness().byKind().forEach((kind, window) -> {
        if (!evidenceKinds().contains(kind)) {
          problems.add(new RuleProblem(source, 0, 0, "$.freshness.byKind." + kind
              + ": not an evidence kind; expected one of " + evidenceKinds()));
        }
        checkWindow(source, "$.freshness.byKind." + kind, window, problems);
      });
      Set<String> bandIds = new HashSet<>();
      Set<BigDecimal> minimums = new TreeSet<>();
      for (var band : policy.bands()) {
        if (!bandIds.add(band.id())) {
          problems.add(new RuleProblem(source, 0, 0, "$.bands: band id \"" + band.id() + "\" appears twice"));
        }
        if (!minimums.add(band.minimum().stripTrailingZeros())) {
          problems.add(new RuleProblem(source, 0, 0, "$.bands: two bands share the minimum " + band.minimum()));
        }
      }
      if (policy.bands().stream().noneMatch(b -> b.minimum().signum() == 0)) {
        problems.add(new RuleProblem(source, 0, 0,
            "$.bands: one band must start at 0 so that every score has a band"));
      }
      for (int i = 0; i < policy.limiters().size(); i++) {
        var limiter = policy.limiters().get(i);
        if (!bandIds.contains(limiter.capAt())) {
          problems.add(new RuleProblem(source, 0, 0, "$.limiters[" + i + "].capAt: \"" + limiter.capAt()
              + "\" is not a band; expected one of " + new TreeSet<>(bandIds)));
        }
        if (limiter.whenMandatory() != CriterionStatus.NOT_MET
            && limiter.whenMandatory() != CriterionStatus.PARTIALLY_MET
            && limiter.whenMandatory() != CriterionStatus.MET) {
          problems.add(new RuleProblem(source, 0, 0, "$.limiters[" + i
              + "].whenMandatory: must be not-met (which includes not-assessed), partially-met or met"));
        }
      }
    }
    if (!problems.isEmpty()) {
      problems.sort(Comparator.comparing(RuleProblem::message));
      throw new RuleSetException(problems);
    }
    return policy;
  }

  /** SHA-256 (hex) of a policy as JSON. */
  static String policyHash(ScoringPolicy policy) {
    try {
      return HexFormat.of().formatHex(
          MessageDigest.getInstance("SHA-256").digest(CharterJson.json().writeValueAsBytes(policy)));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("the scoring policy could not be written as JSON", e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
    }
  }

  /** The JSON names of every evidence kind, sorted. */
  static Set<String> evidenceKinds() {
    return new TreeSet<>(CharterJson.subtypeNames(Evidence.class));
  }

  private static void checkWindow(String source, String path, ScoringPolicy.Window window, List<RuleProblem> problems) {
    if (window.staleAfterMonths() < window.currentMonths()) {
      problems.add(new RuleProblem(source, 0, 0, path + ": staleAfterMonths (" + window.staleAfterMonths()
          + ") must not be less than currentMonths (" + window.currentMonths() + ")"));
    }
  }

  private static CriteriaCatalogue catalogue(String source, byte[] bytes) {
    return catalogue(source, bytes, Constraints.CHECKED);
  }

  private static CriteriaCatalogue catalogue(String source, byte[] bytes, Constraints constraints) {
    CatalogueFile file = parse(source, bytes, CatalogueFile.class);
    List<RuleProblem> problems = new ArrayList<>();
    if (constraints == Constraints.CHECKED) {
      for (ConstraintViolation<CatalogueFile> v : Checker.VALIDATION.getValidator().validate(file)) {
        problems.add(new RuleProblem(source, 0, 0, "$." + v.getPropertyPath() + ": " + v.getMessage()));
      }
    }
    if (!problems.isEmpty()) {
      problems.sort(Comparator.comparing(RuleProblem::message));
      throw new RuleSetException(problems);
    }
    Charter charter = Charter.standard();
    Set<String> kinds = evidenceKinds();
    Set<String> ids = new HashSet<>();
    List<Criterion> criteria = new ArrayList<>();
    for (int i = 0; i < file.criteria().size(); i++) {
      Entry e = file.criteria().get(i);
      String at = "$.criteria[" + i + "]";
      if (!CRITERION_ID.matcher(e.id()).matches()) {
        problems.add(new RuleProblem(source, 0, 0, at + ".id: \"" + e.id()
            + "\" is not a criterion id (upper-case letters and digits in hyphenated parts, e.g. N1-CD-STRATEGY)"));
      }
      if (!ids.add(e.id())) {
        problems.add(new RuleProblem(source, 0, 0, at + ".id: " + e.id() + " appears twice"));
      }
      Set<String> principles = new LinkedHashSet<>();
      for (String clause : e.clauses()) {
        if (charter.find(clause).isEmpty()) {
          problems.add(new RuleProblem(source, 0, 0, at + ".clauses: \"" + clause
              + "\" is not a clause of the Charter (ids look like N1, A4b, A6c)"));
        } else {
          principles.addAll(charter.principlesServedBy(clause));
        }
      }
      Set<OrganisationKind> mandatory = e.mandatoryFor() == null ? Set.of() : e.mandatoryFor();
      for (OrganisationKind kind : mandatory) {
        if (!e.kinds().contains(kind)) {
          problems.add(new RuleProblem(source, 0, 0, at + ".mandatoryFor: " + kind.label()
              + " is not among the kinds the criterion applies to"));
        }
      }
      for (String kind : e.evidenceKinds()) {
        if (!kinds.contains(kind)) {
          problems.add(new RuleProblem(source, 0, 0, at + ".evidenceKinds: \"" + kind
              + "\" is not an evidence kind; expected one of " + kinds));
        }
      }
      Set<OrganisationKind> informational = e.informationalFor() == null ? Set.of() : e.informationalFor();
      if (!informational.isEmpty() && (e.informationalReason() == null || e.informationalReason().isBlank())) {
        problems.add(new RuleProblem(source, 0, 0, at + ".informationalReason: must say why the criterion is "
            + "informational when no evidence of it is offered"));
      }
      for (OrganisationKind kind : informational) {
        if (mandatory.contains(kind)) {
          problems.add(new RuleProblem(source, 0, 0, at + ".informationalFor: " + kind.label()
              + " cannot be both mandatory and informational"));
        }
      }
      criteria.add(new Criterion(e.id(), e.title().strip(), e.area(), e.clauses(),
          principles.stream().sorted().toList(), e.kinds(), mandatory, e.weight(), e.evidenceKinds(),
          informational, e.informationalReason() == null ? "" : e.informationalReason().strip(),
          e.meets().strip()));
    }
    if (!problems.isEmpty()) {
      throw new RuleSetException(problems);
    }
    return new CriteriaCatalogue(file.version(), criteria);
  }

  private static ScoringPolicy policy(String source, byte[] bytes) {
    return check(source, parse(source, bytes, ScoringPolicy.class));
  }

  private static <T> T parse(String source, byte[] bytes, Class<T> type) {
    ObjectMapper mapper = source.endsWith(".json") ? CharterJson.json() : CharterJson.yaml();
    try {
      JsonNode tree = mapper.readTree(bytes);
      if (tree == null || tree.isMissingNode() || tree.isNull()) {
        throw problem(source, "the file is empty");
      }
      return mapper.readValue(bytes, type);
    } catch (JsonProcessingException e) {
      Violation v = JsonErrors.describe(source, e, mapper, bytes);
      throw new RuleSetException(List.of(new RuleProblem(source, v.line(), v.column(),
          ("$".equals(v.path()) ? "" : v.path() + ": ") + v.message())));
    } catch (IOException e) {
      throw problem(source, "could not be read: " + e.getMessage());
    }
  }

  /**
   * Reads a regular file of at most 16 MiB: a named pipe, a device or a directory is refused
   * before it is opened, and the size is enforced while reading.
   */
  private static byte[] read(Path file, String what) {
    InputFile.Content content = InputFile.read(file, what);
    if (content.isRefused()) {
      throw problem(file.toString(), content.problem());
    }
    return content.bytes();
  }

  private static byte[] classpath(String resource) {
    // Through the class, not its loader: on the module path, the module encapsulates it.
    try (InputStream in = Reading.class.getResourceAsStream("/" + resource)) {
      if (in == null) {
        throw new IllegalStateException("the bundled resource " + resource + " is missing from the class path");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new IllegalStateException("the bundled resource " + resource + " could not be read", e);
    }
  }

  private static RuleSetException problem(String source, String message) {
    return new RuleSetException(List.of(new RuleProblem(source, 0, 0, message)));
  }
}
