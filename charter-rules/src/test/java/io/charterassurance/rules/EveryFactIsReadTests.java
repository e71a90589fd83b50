package io.charterassurance.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.charterassurance.model.evidence.Evidence;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every fact a submission records is read by a rule or by the grader, or it would not be in the
 * model: a field nobody reads invites evidence that changes nothing. This walks the record
 * components of every evidence kind (and the records nested in them) and looks for each one in
 * the rule files and the rules' Java.
 */
class EveryFactIsReadTests {
  private static final Path MAIN = Path.of("src/main");
  /** Read by the reader and the reports rather than the rules: what the item is and where it is. */
  private static final Set<String> IDENTITY = Set.of("id", "title");

  @Test
  void everyEvidenceFieldIsReadByARuleOrTheGrader() throws Exception {
    String drl = read(MAIN.resolve("resources"), ".drl");
    String java = read(MAIN.resolve("java"), ".java");
    Set<String> unread = new TreeSet<>();
    for (Class<?> kind : Evidence.class.getPermittedSubclasses()) {
      walk(kind, kind.getSimpleName(), new HashSet<>(), (owner, name) -> {
        if (IDENTITY.contains(name)) {
          return;
        }
        boolean inDrl = Pattern.compile("\\b" + name + "\\b").matcher(drl).find();
        boolean inJava = java.contains("." + name + "()") || java.contains("::" + name);
        if (!inDrl && !inJava) {
          unread.add(owner + "." + name);
        }
      });
    }
    assertThat(unread).as("evidence fields that no rule and no grader reads").isEmpty();
  }

  private interface Visitor {
    void field(String owner, String name);
  }

  private static void walk(Class<?> type, String owner, Set<Class<?>> seen, Visitor visitor) {
    if (!type.isRecord() || !seen.add(type)) {
      return;
    }
    for (RecordComponent c : type.getRecordComponents()) {
      visitor.field(owner, c.getName());
      for (Class<?> nested : classesIn(c.getGenericType())) {
        if (nested.getPackageName().equals(Evidence.class.getPackageName())) {
          walk(nested, nested.getSimpleName(), seen, visitor);
        }
      }
    }
  }

  private static List<Class<?>> classesIn(Type type) {
    List<Class<?>> out = new ArrayList<>();
    if (type instanceof Class<?> c) {
      out.add(c);
    } else if (type instanceof ParameterizedType p) {
      for (Type arg : p.getActualTypeArguments()) {
        out.addAll(classesIn(arg));
      }
    }
    return out;
  }

  private static String read(Path root, String suffix) {
    try (Stream<Path> files = Files.walk(root)) {
      StringBuilder all = new StringBuilder();
      for (Path f : files.filter(f -> f.toString().endsWith(suffix)).sorted().toList()) {
        all.append(Files.readString(f)).append('\n');
      }
      return all.toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
