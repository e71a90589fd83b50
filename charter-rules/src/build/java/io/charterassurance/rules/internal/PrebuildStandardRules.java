package io.charterassurance.rules.internal;

import io.charterassurance.rules.catalogue.CriteriaCatalogue;
import io.charterassurance.rules.catalogue.RuleSetException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.drools.compiler.kie.builder.impl.InternalKieModule;
import org.drools.model.codegen.ExecutableModelProject;
import org.kie.api.KieServices;
import org.kie.api.builder.ReleaseId;

/**
 * Build step, not part of the library: compiles the bundled rule files to the Drools executable
 * model and writes the generated classes, with the manifest {@link PrebuiltRules} reads, into the
 * library's class output. Maven runs it in the process-classes phase (see charter-rules/pom.xml),
 * after the library's classes are compiled and its resources copied, so the rule files compiled
 * are exactly those the jar ships.
 *
 * <p>Usage: {@code PrebuildStandardRules CLASSES_DIR LIST_FILE}: LIST_FILE records the files written,
 * which the next run removes first, so that no class outlives the rule it came from. Exits
 * non-zero, listing every problem with file and line, if a rule file does not compile.
 */
public final class PrebuildStandardRules {
  /** Where the executable model names its model classes inside the built module. */
  private static final Pattern MODEL_FILE = Pattern.compile("META-INF/kie/.*/drools-model");

  private PrebuildStandardRules() {}

  /** Compiles the bundled rules into {@code args[0]}, the class output directory. */
  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      System.err.println("usage: PrebuildStandardRules CLASSES_DIR LIST_FILE");
      System.exit(2);
    }
    long start = System.nanoTime();
    Path classes = Path.of(args[0]);
    Path list = Path.of(args[1]);
    List<RuleSource> sources = RuleFiles.standard(CriteriaCatalogue.standard());
    List<String> packages = new ArrayList<>();
    for (RuleSource source : sources) {
      packages.add(packageOf(source));
    }
    removePrevious(classes, list);

    KieServices ks = RuleBase.services();
    ReleaseId releaseId = ks.newReleaseId("io.charterassurance.generated", "standard-rules", "1.0.0");
    InternalKieModule module;
    try {
      module = (InternalKieModule) RuleBase.build(ks, releaseId, sources, ExecutableModelProject.class).getKieModule();
    } catch (RuleSetException e) {
      System.err.println("The bundled rule files do not compile to the Drools executable model:");
      System.err.println(e.getMessage());
      System.exit(1);
      return;
    }

    // One model class per rule package; keep them in rule-file order, the order the classic
    // build adds the rule files in.
    Map<String, String> modelByPackage = new LinkedHashMap<>();
    List<String> written = new ArrayList<>();
    for (String file : module.getFileNames()) {
      if (MODEL_FILE.matcher(file).matches()) {
        for (String line : new String(module.getBytes(file), StandardCharsets.UTF_8).split("\n")) {
          String name = line.strip();
          if (!name.isEmpty() && !name.contains(":")) {
            modelByPackage.put(name.substring(0, name.lastIndexOf('.')), name);
          }
        }
      } else if (file.endsWith(".class") && inPackages(file, packages)) {
        Path target = classes.resolve(file);
        Files.createDirectories(target.getParent());
        Files.write(target, module.getBytes(file));
        written.add(file);
      }
      // Everything else (the kmodule's project class, pom, copies of the DRL) serves the KIE
      // container, which the library does not use.
    }
    List<String> models = new ArrayList<>();
    for (String pkg : packages) {
      String model = modelByPackage.get(pkg);
      if (model == null) {
        throw new IllegalStateException("the executable model has no model class for package " + pkg
            + " (it has " + modelByPackage + ")");
      }
      models.add(model);
    }
    PrebuiltRules.Manifest manifest =
        new PrebuiltRules.Manifest(RuleBase.digest(sources), PrebuiltRules.droolsVersion(), models);
    Path manifestFile = classes.resolve(PrebuiltRules.MANIFEST);
    Files.createDirectories(manifestFile.getParent());
    Files.writeString(manifestFile, manifest.text(), StandardCharsets.UTF_8);
    written.add(PrebuiltRules.MANIFEST);
    Files.createDirectories(list.toAbsolutePath().getParent());
    Files.write(list, written, StandardCharsets.UTF_8);
    System.out.printf("Precompiled %d rule files to the executable model: %d classes, in %.1f s%n",
        sources.size(), written.size() - 1, (System.nanoTime() - start) / 1e9);
  }

  private static String packageOf(RuleSource source) {
    Matcher m = Pattern.compile("(?m)^\\s*package\\s+([A-Za-z_][\\w.]*)\\s*;?").matcher(source.text());
    if (!m.find()) {
      throw new IllegalStateException(source.name() + " declares no package");
    }
    return m.group(1);
  }

  /** Whether a class file lies in one of the rule packages or below (generated lambdas do). */
  private static boolean inPackages(String file, List<String> packages) {
    for (String pkg : packages) {
      if (file.startsWith(pkg.replace('.', '/') + "/")) {
        return true;
      }
    }
    return false;
  }

  /** Removes the files an earlier run wrote, so that no class outlives the rule it came from. */
  private static void removePrevious(Path classes, Path list) throws IOException {
    if (!Files.exists(list)) {
      return;
    }
    for (String file : Files.readAllLines(list, StandardCharsets.UTF_8)) {
      if (!file.isBlank()) {
        Files.deleteIfExists(classes.resolve(file));
      }
    }
    Files.delete(list);
  }
}
