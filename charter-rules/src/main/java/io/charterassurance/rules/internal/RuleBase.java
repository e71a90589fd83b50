package io.charterassurance.rules.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.charterassurance.model.io.CharterJson;
import io.charterassurance.rules.catalogue.CriteriaCatalogue;
import io.charterassurance.rules.catalogue.Criterion;
import io.charterassurance.rules.catalogue.RuleProblem;
import io.charterassurance.rules.catalogue.RuleSetException;
import io.charterassurance.rules.catalogue.ScoringPolicy;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.kie.api.io.ResourceType;
import org.kie.api.runtime.StatelessKieSession;
import org.kie.api.runtime.rule.ConsequenceException;
import org.jspecify.annotations.Nullable;

/**
 * The compiled rule base: DRL compiled with Drools, checked against the criteria catalogue and
 * the scoring policy. Immutable and shared between threads; each assessment runs in a fresh
 * working memory of a stateless session.
 *
 * <p>The bundled rule files come precompiled: the build compiles them to the Drools executable
 * model (see {@link PrebuiltRules}), so {@link #standard} only loads classes. Any other rule set
 * is compiled from its DRL at run time by {@link #compile}.
 */
public final class RuleBase {
  private static final AtomicLong BUILDS = new AtomicLong();
  private static final Pattern PARAM = Pattern.compile("param\\(\\s*\"([^\"]+)\"\\s*\\)");
  private static final Pattern PACKAGE = Pattern.compile("(?m)^\\s*package\\s+([A-Za-z_][\\w.]*)\\s*;?");

  private final KieBase kieBase;
  private final String hash;
  private final Map<String, List<String>> rulesByCriterion;
  private final boolean precompiled;

  private RuleBase(KieBase kieBase, String hash, Map<String, List<String>> rulesByCriterion, boolean precompiled) {
    this.kieBase = kieBase;
    this.hash = hash;
    this.rulesByCriterion = rulesByCriterion;
    this.precompiled = precompiled;
  }

  /**
   * Compiles the rule files and checks them against the catalogue and policy: every rule is named
   * after a criterion in the catalogue and lives in the criterion's area file, every criterion has
   * a rule, and every policy parameter a rule asks for exists.
   *
   * @throws RuleSetException listing every problem, with file and line
   */
  public static RuleBase compile(List<RuleSource> sources, CriteriaCatalogue catalogue, ScoringPolicy policy) {
    checkSources(sources, policy);
    return checked(compileKieBase(sources), false, sources, catalogue);
  }

  /**
   * Starts loading the precompiled bundled rule base in the background, for a caller about to
   * build the standard assessor; {@link #standard} waits for it. Returns at once.
   */
  public static void loadStandardInBackground() {
    PrebuiltRules.loadInBackground();
  }

  /**
   * The bundled rule files, checked as {@link #compile} checks them, from the rule base the build
   * compiled them to. Falls back to compiling them, with a warning, if the precompiled rule base
   * is missing, cannot be loaded, or was compiled from other rule texts than {@code sources}.
   *
   * @param sources the bundled rule files as read from the class path
   * @throws RuleSetException listing every problem, with file and line
   */
  public static RuleBase standard(List<RuleSource> sources, CriteriaCatalogue catalogue, ScoringPolicy policy) {
    checkSources(sources, policy);
    KieBase precompiled = PrebuiltRules.kieBase(digest(sources));
    return precompiled == null
        ? checked(compileKieBase(sources), false, sources, catalogue)
        : checked(precompiled, true, sources, catalogue);
  }

  /**
   * Checks what can be checked on the rule texts alone: areas are unique, there is at least one
   * file, and every policy parameter the rules ask for exists.
   */
  private static void checkSources(List<RuleSource> sources, ScoringPolicy policy) {
    List<RuleProblem> problems = new ArrayList<>();
    Map<String, RuleSource> byArea = new LinkedHashMap<>();
    for (RuleSource source : sources) {
      RuleSource clash = byArea.putIfAbsent(source.area(), source);
      if (clash != null) {
        problems.add(new RuleProblem(source.name(), 0, 0,
            "two rule files share the area name \"" + source.area() + "\" (the other is " + clash.name() + ")"));
      }
    }
    if (sources.isEmpty()) {
      problems.add(new RuleProblem("rule set", 0, 0, "the rule set has no rule files"));
    }
    for (RuleSource source : sources) {
      Matcher m = PARAM.matcher(source.text());
      while (m.find()) {
        if (!policy.parameters().containsKey(m.group(1))) {
          problems.add(new RuleProblem(source.name(), lineAt(source.text(), m.start()), 0,
              "the rules ask for scoring-policy parameter \"" + m.group(1) + "\", which policy "
                  + policy.id() + " does not define (it defines " + new TreeSet<>(policy.parameters().keySet()) + ")"));
        }
      }
    }
    if (!problems.isEmpty()) {
      throw new RuleSetException(problems);
    }
  }

  /**
   * The parts of Drools that compile DRL at run time, each a class it holds and the artifact that
   * holds it. The library does not depend on them: the bundled rules come precompiled, and only
   * added rule files (or a precompiled rule base that cannot be used) need them.
   */
  private static final Map<String, String> COMPILER = Map.of(
      "org.drools.mvel.builder.MVELDialect", "org.drools:drools-mvel",
      "org.drools.ecj.EclipseJavaCompiler", "org.drools:drools-ecj",
      "org.drools.drl.parser.DrlParser", "org.drools:drools-drl-parser");

  /**
   * Checks that the rule compiler is on the class path before compiling anything.
   *
   * @throws IllegalStateException naming each missing artifact, with the version to add
   */
  static void requireCompiler() {
    ClassLoader loader = RuleBase.class.getClassLoader();
    List<String> missing = new ArrayList<>();
    for (Map.Entry<String, String> part : COMPILER.entrySet()) {
      try {
        Class.forName(part.getKey(), false, loader);
      } catch (ClassNotFoundException | LinkageError e) {
        missing.add(part.getValue() + ":" + PrebuiltRules.droolsVersion());
      }
    }
    if (!missing.isEmpty()) {
      missing.sort(null);
      throw new IllegalStateException("Compiling rule files needs the Drools rule compiler, which is not on the class path: "
          + "add " + String.join(", ", missing) + " (the bundled rules come precompiled and need none of them; "
          + "see docs/dependencies.md)");
    }
  }

  /** Compiles the rule files from DRL, here and now, to a rule base of the classic (mvel) flavour. */
  private static KieBase compileKieBase(List<RuleSource> sources) {
    requireCompiler();
    KieServices ks = services();
    ClassLoader loader = RuleBase.class.getClassLoader();
    ReleaseId releaseId = ks.newReleaseId("io.charterassurance.generated", "rules-" + digest(sources).substring(0, 16),
        "1.0." + BUILDS.incrementAndGet());
    exportToRulesCompiledAtRunTime();
    build(ks, releaseId, sources, null);
    try {
      return ks.newKieContainer(releaseId, loader).getKieBase();
    } finally {
      ks.getRepository().removeKieModule(releaseId);
    }
  }

  /**
   * On the module path, lets the rules about to be compiled reach this package, which the module
   * does not export: their classes call {@link Judge}, {@link Level} and the helpers here. MVEL,
   * which evaluates their constraints by reflection, is a named module, and the package is
   * exported to it here. Drools defines the rules' own classes in class loaders it makes as it
   * goes, each with an unnamed module of its own, which only the launch can open the package to:
   * {@code --add-exports io.charterassurance.rules/io.charterassurance.rules.internal=ALL-UNNAMED}.
   * On the class path, where everything is reachable, this does nothing.
   *
   * @throws IllegalStateException naming that option, if the launch did not give it
   */
  private static void exportToRulesCompiledAtRunTime() {
    Module self = RuleBase.class.getModule();
    if (!self.isNamed()) {
      return;
    }
    String internal = RuleBase.class.getPackageName();
    if (!self.isExported(internal, RuleBase.class.getClassLoader().getUnnamedModule())) {
      throw new IllegalStateException("Rule files compiled at run time call " + internal + ", which module "
          + self.getName() + " does not export; on the module path, start Java with --add-exports "
          + self.getName() + "/" + internal + "=ALL-UNNAMED");
    }
    ModuleLayer layer = self.getLayer();
    if (layer != null) {
      layer.modules().stream()
          .filter(m -> m.getPackages().contains("org.mvel2"))
          .forEach(mvel -> self.addExports(internal, mvel));
    }
  }

  /**
   * Builds the rule files into a KIE module of the given project type (null for classic DRL).
   * Used at run time by {@link #compile} and at build time to compile the bundled rules to the
   * executable model.
   *
   * @throws RuleSetException listing every compile error, mapped back to the file it came from
   */
  static KieBuilder build(
      KieServices ks, ReleaseId releaseId, List<RuleSource> sources,
      @Nullable Class<? extends KieBuilder.ProjectType> projectType) {
    KieFileSystem kfs = ks.newKieFileSystem().generateAndWritePomXML(releaseId);
    // Drools reports errors against the path inside the KieFileSystem, with or without the
    // src/main/resources/ prefix; map both back to the file the user gave.
    Map<String, RuleSource> byPath = new HashMap<>();
    int n = 0;
    for (RuleSource source : sources) {
      // The folder follows the DRL's package, as Drools expects; areas are unique, so paths are too.
      Matcher pkg = PACKAGE.matcher(source.text());
      String folder = pkg.find() ? pkg.group(1).replace('.', '/') : "io/charterassurance/rules/unnamed" + n;
      n++;
      String resource = folder + "/" + source.area() + ".drl";
      String path = "src/main/resources/" + resource;
      byPath.put(path, source);
      byPath.put(resource, source);
      kfs.write(path, ks.getResources().newByteArrayResource(source.text().getBytes(StandardCharsets.UTF_8), "UTF-8")
          .setResourceType(ResourceType.DRL).setSourcePath(path));
    }
    KieBuilder builder = ks.newKieBuilder(kfs, RuleBase.class.getClassLoader());
    if (projectType == null) {
      builder.buildAll();
    } else {
      builder.buildAll(projectType);
    }
    List<RuleProblem> problems = new ArrayList<>();
    for (Message message : builder.getResults().getMessages(Message.Level.ERROR)) {
      String text = oneLine(message.getText());
      if (text.equals("Parser returned a null Package")) {
        continue; // a consequence of the parse error already reported for the same file
      }
      String path = message.getPath();
      RuleSource source = path == null ? null : byPath.get(path.startsWith("/") ? path.substring(1) : path);
      problems.add(new RuleProblem(source == null ? (path == null ? "rule set" : path) : source.name(),
          Math.max(0, message.getLine()), Math.max(0, message.getColumn()), text));
    }
    if (!problems.isEmpty()) {
      throw new RuleSetException(problems);
    }
    return builder;
  }

  static KieServices services() {
    KieServices ks = KieServices.get();
    if (ks == null) {
      throw new IllegalStateException(
          "Drools could not start: its META-INF/services files are missing from the class path "
              + "(a shaded jar needs the ServicesResourceTransformer)");
    }
    return ks;
  }

  /**
   * Checks the rules of a rule base against the catalogue: every rule is named after a criterion
   * and lives in the criterion's area file, and every criterion has a rule.
   */
  private static RuleBase checked(
      KieBase kieBase,
      boolean precompiled,
      List<RuleSource> sources,
      CriteriaCatalogue catalogue) {
    List<RuleProblem> problems = new ArrayList<>();
    Map<String, List<String>> rulesByCriterion = new LinkedHashMap<>();
    for (KiePackage pkg : kieBase.getKiePackages()) {
      for (Rule rule : pkg.getRules()) {
        String criterionId = criterionOf(rule.getName());
        RuleSource source = sourceOf(rule, sources);
        String file = source == null ? pkg.getName() : source.name();
        int line = source == null ? 0 : source.lineOfRule(rule.getName());
        var criterion = catalogue.find(criterionId);
        if (criterion.isEmpty()) {
          problems.add(new RuleProblem(file, line, 0,
              "rule \"" + rule.getName() + "\" does not start with the id of a criterion in the catalogue"
                  + " (rules are named \"CRITERION-ID\" or \"CRITERION-ID: variant\")"));
          continue;
        }
        if (source != null && !source.area().equals(criterion.get().area())) {
          problems.add(new RuleProblem(file, line, 0,
              "rule \"" + rule.getName() + "\" is in area \"" + source.area() + "\" but the catalogue puts "
                  + criterionId + " in area \"" + criterion.get().area() + "\""));
        }
        rulesByCriterion.computeIfAbsent(criterionId, k -> new ArrayList<>()).add(rule.getName());
      }
    }
    for (Criterion criterion : catalogue.criteria()) {
      if (!rulesByCriterion.containsKey(criterion.id())) {
        problems.add(new RuleProblem("criteria catalogue", 0, 0,
            "criterion " + criterion.id() + " has no rule; expected a rule named \"" + criterion.id()
                + "\" in " + criterion.area() + ".drl"));
      }
    }
    if (!problems.isEmpty()) {
      problems.sort(Comparator.comparing(RuleProblem::source).thenComparingInt(RuleProblem::line)
          .thenComparing(RuleProblem::message));
      throw new RuleSetException(problems);
    }
    rulesByCriterion.replaceAll((k, v) -> v.stream().sorted().toList());
    return new RuleBase(kieBase, hash(sources, catalogue), Map.copyOf(rulesByCriterion), precompiled);
  }

  /** SHA-256 (hex) over the rule files, in order, and the catalogue as JSON. */
  public String hash() {
    return hash;
  }

  /**
   * Whether the rules were loaded precompiled, as the build compiled them, rather than compiled
   * from DRL when this rule base was made.
   */
  public boolean precompiled() {
    return precompiled;
  }

  /** The names of the rules that decide each criterion. */
  public Map<String, List<String>> rulesByCriterion() {
    return rulesByCriterion;
  }

  /**
   * Runs the rules over one assessment's facts.
   *
   * @throws IllegalStateException naming the rule, if a rule fails while it runs (a fault in the
   *     rule set, never in the submission, which has been validated by then)
   */
  void execute(Collection<Object> facts) {
    StatelessKieSession session = kieBase.newStatelessKieSession();
    try {
      session.execute(facts);
    } catch (ConsequenceException e) {
      throw new IllegalStateException("Rule \"" + e.getMatch().getRule().getName() + "\" failed: "
          + (e.getCause() == null ? e.getMessage() : e.getCause()), e.getCause() == null ? e : e.getCause());
    } catch (RuntimeException e) {
      throw new IllegalStateException("The rule set failed while it ran: " + e, e);
    }
  }

  /** The criterion id a rule decides: its name up to the first colon. */
  static String criterionOf(String ruleName) {
    int colon = ruleName.indexOf(':');
    return (colon < 0 ? ruleName : ruleName.substring(0, colon)).trim();
  }

  private static RuleSource sourceOf(Rule rule, List<RuleSource> sources) {
    for (RuleSource source : sources) {
      if (source.lineOfRule(rule.getName()) > 0 && source.text().contains("package " + rule.getPackageName())) {
        return source;
      }
    }
    return null;
  }

  private static int lineAt(String text, int offset) {
    int line = 1;
    for (int i = 0; i < offset; i++) {
      if (text.charAt(i) == '\n') {
        line++;
      }
    }
    return line;
  }

  private static String oneLine(String text) {
    return text == null ? "error" : text.strip().replaceAll("\\s+", " ");
  }

  /**
   * SHA-256 (hex) over the rule files, in order, and the catalogue written as JSON by the model's
   * shared mapper: what reports record.
   */
  private static String hash(List<RuleSource> sources, CriteriaCatalogue catalogue) {
    MessageDigest digest = rulesDigest(sources);
    try {
      digest.update(CharterJson.json().writeValueAsString(catalogue).getBytes(StandardCharsets.UTF_8));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("the catalogue could not be written as JSON", e);
    }
    return HexFormat.of().formatHex(digest.digest());
  }

  /**
   * SHA-256 (hex) over the rule files alone, in order: what a precompiled rule base is compiled
   * from, and so what says whether it is still the rule base of {@code sources}.
   */
  static String digest(List<RuleSource> sources) {
    return HexFormat.of().formatHex(rulesDigest(sources).digest());
  }

  private static MessageDigest rulesDigest(List<RuleSource> sources) {
    MessageDigest digest;
    try {
      digest = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
    }
    for (RuleSource source : sources) {
      digest.update(source.area().getBytes(StandardCharsets.UTF_8));
      digest.update((byte) 0);
      digest.update(source.text().replace("\r\n", "\n").getBytes(StandardCharsets.UTF_8));
      digest.update((byte) 0);
    }
    return digest;
  }
}
