package io.charterassurance.rules.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicBoolean;
import org.drools.model.Model;
import org.drools.modelcompiler.KieBaseBuilder;
import org.jspecify.annotations.Nullable;
import org.kie.api.KieBase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The bundled rule files, compiled to the Drools executable model when the library was built.
 *
 * <p>The build step ({@code PrebuildStandardRules} in {@code charter-rules/src/build/java}, which
 * Maven runs in the process-classes phase) compiles the rule files that {@link
 * RuleFiles#standard} reads to Java classes in the rule files' packages, and writes them next
 * to the library's own classes with a manifest, {@value #MANIFEST}. Loading them is creating the
 * model objects and assembling a rule base from them: no DRL parser, Java compiler or MVEL runs.
 *
 * <p>The manifest records the digest of the rule texts the classes were compiled from ({@link
 * RuleBase#digest}). The rule texts on the class path are what the rule-set hash covers and what
 * reports cite, so the classes are used only when that digest matches them; otherwise (and if the
 * manifest is missing, or names another Drools version) this says why in a warning and the caller
 * compiles the rule texts instead. The build's own tests fail when that happens.
 */
final class PrebuiltRules {
  /** The manifest, as a class-path resource. */
  static final String MANIFEST = "io/charterassurance/rules/internal/prebuilt-rules.properties";

  private static final Logger LOG = LoggerFactory.getLogger(PrebuiltRules.class);

  // Read and loaded at most once per process, under the class's lock.
  private static @Nullable Manifest manifest;
  private static @Nullable KieBase base;
  /** Why the precompiled rule base cannot be used, whatever the rule texts; null while it can. */
  private static @Nullable String failure;
  /** Whether {@link #loadInBackground} has started a thread. */
  private static boolean loading;
  private static final AtomicBoolean WARNED = new AtomicBoolean();

  private PrebuiltRules() {}

  /**
   * What the build compiled.
   *
   * @param rules the digest of the rule texts compiled ({@link RuleBase#digest})
   * @param drools the Drools version that compiled them
   * @param models the generated model classes, one per rule file, in rule-file order
   */
  record Manifest(String rules, String drools, List<String> models) {
    Manifest {
      models = List.copyOf(models);
    }

    /** Reads the manifest from the class path; null if there is none. */
    static @Nullable Manifest read() throws IOException {
      // Through the class, not its loader: on the module path, the module encapsulates it.
      try (InputStream in = PrebuiltRules.class.getResourceAsStream("/" + MANIFEST)) {
        if (in == null) {
          return null;
        }
        return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
      }
    }

    static Manifest parse(String text) throws IOException {
      Properties p = new Properties();
      p.load(new StringReader(text));
      String rules = p.getProperty("rules");
      String drools = p.getProperty("drools");
      String models = p.getProperty("models");
      if (rules == null || drools == null || models == null) {
        throw new IOException(MANIFEST + " lacks one of rules, drools and models");
      }
      List<String> names = new ArrayList<>();
      for (String name : models.split(",")) {
        if (!name.isBlank()) {
          names.add(name.strip());
        }
      }
      return new Manifest(rules, drools, names);
    }

    /** The manifest as written: no timestamp, so that builds are reproducible. */
    String text() {
      return "# The bundled rule files, compiled to the Drools executable model at build time\n"
          + "# (charter-rules/src/build/java). Written by the build; do not edit.\n"
          + "rules=" + rules + "\n"
          + "drools=" + drools + "\n"
          + "models=" + String.join(",", models) + "\n";
    }
  }

  /**
   * The precompiled rule base, if it was compiled from rule texts with this digest; null, after a
   * warning that says why, if it was not or cannot be loaded. The manifest is checked before any
   * generated class is loaded. Loaded once per process and shared: a rule base is immutable and
   * safe to share between threads.
   */
  static synchronized @Nullable KieBase kieBase(String digest) {
    if (manifest == null && failure == null) {
      readManifest();
    }
    if (manifest != null && !manifest.rules().equals(digest)) {
      warnOnce("the precompiled rule base was compiled from other rule texts (digest "
          + manifest.rules().substring(0, 12) + ") than the rule files being loaded ("
          + digest.substring(0, 12) + "): it is stale; rebuild the library");
      return null;
    }
    if (manifest != null && base == null && failure == null) {
      loadModels(manifest);
    }
    if (failure != null) {
      warnOnce(failure);
      return null;
    }
    return base;
  }

  /**
   * Starts loading the precompiled rule base on a daemon thread and returns at once, so that a
   * process building the standard assessor loads the rule base's classes on one core while it
   * reads the catalogue and policy on another. {@link #kieBase} then waits for it (both hold the
   * class's lock) and checks the digest as always; if the classes turn out stale, they were
   * loaded for nothing and the rule texts are compiled as before. Problems are not reported here
   * but by {@link #kieBase}, which sees the same failure.
   */
  static void loadInBackground() {
    synchronized (PrebuiltRules.class) {
      if (base != null || failure != null || loading) {
        return;
      }
      loading = true;
    }
    Thread thread = new Thread(() -> {
      synchronized (PrebuiltRules.class) {
        if (manifest == null && failure == null) {
          readManifest();
        }
        if (manifest != null && base == null && failure == null) {
          loadModels(manifest);
        }
      }
    }, "charter-rules-preload");
    thread.setDaemon(true);
    thread.start();
  }

  private static void readManifest() {
    try {
      Manifest read = Manifest.read();
      String drools = droolsVersion();
      if (read == null) {
        failure = MANIFEST + " is missing from the class path";
      } else if (!read.drools().equals(drools)) {
        failure = "the precompiled rule base was compiled by Drools " + read.drools()
            + ", and this is Drools " + drools;
      } else {
        manifest = read;
      }
    } catch (IOException e) {
      failure = MANIFEST + " could not be read: " + e.getMessage();
    }
  }

  /** Creates the generated model objects, one per rule file, and assembles the rule base. */
  private static void loadModels(Manifest compiled) {
    try {
      ClassLoader loader = PrebuiltRules.class.getClassLoader();
      List<Model> models = new ArrayList<>(compiled.models().size());
      for (String name : compiled.models()) {
        models.add((Model) Class.forName(name, true, loader).getDeclaredConstructor().newInstance());
      }
      base = KieBaseBuilder.createKieBaseFromModel(models);
    } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
      failure = "the precompiled rule base could not be loaded: " + e;
    }
  }

  /**
   * The version of Drools on the class path, from drools-core's own version file. (Drools' own
   * lookup reads the package's Implementation-Version first, which in a shaded jar is the jar's.)
   */
  static String droolsVersion() {
    try (InputStream in = PrebuiltRules.class.getClassLoader().getResourceAsStream("drools.versions.properties")) {
      if (in == null) {
        return "unknown";
      }
      Properties p = new Properties();
      p.load(in);
      return p.getProperty("drools.version", "unknown");
    } catch (IOException e) {
      return "unknown";
    }
  }

  private static void warnOnce(String why) {
    if (WARNED.compareAndSet(false, true)) {
      LOG.warn("Compiling the bundled rule files at run time, which takes seconds: {}", why);
    }
  }
}
