package io.charterassurance.model.submission;

import io.charterassurance.model.text.MultilineText;
import io.charterassurance.model.text.PlainText;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import org.jspecify.annotations.Nullable;

/**
 * Finds every text in a submission that holds a character {@link PlainText} refuses: one pass over
 * the records of the model, so that no field can be forgotten. A field marked
 * {@link MultilineText} may hold tabs and line breaks; every other field is a single line.
 */
final class Texts {
  private static final ClassValue<List<Component>> COMPONENTS = new ClassValue<>() {
    @Override
    protected List<Component> computeValue(Class<?> type) {
      List<Component> out = new ArrayList<>();
      for (RecordComponent c : type.getRecordComponents()) {
        out.add(new Component(c.getName(), c.getAccessor(), c.isAnnotationPresent(MultilineText.class)));
      }
      return List.copyOf(out);
    }
  };

  private record Component(String name, Method accessor, boolean multiline) {}

  private final BiConsumer<List<Object>, String> sink;
  private final int listed;
  private final List<Object> path = new ArrayList<>();
  private int found;

  private Texts(BiConsumer<List<Object>, String> sink, int listed) {
    this.sink = sink;
    this.listed = listed;
  }

  /**
   * Reports the first {@code listed} texts that hold a refused character, each at its path with
   * the character's code point, then one line at {@code $} counting the rest.
   */
  static void check(Submission submission, int listed, BiConsumer<List<Object>, String> sink) {
    Texts texts = new Texts(sink, listed);
    texts.walk(submission, false);
    if (texts.found > listed) {
      sink.accept(List.of(), "has " + texts.found + " texts holding characters that are not accepted; the first "
          + listed + " are listed, and the other " + (texts.found - listed) + " must be corrected too");
    }
  }

  private void walk(@Nullable Object value, boolean multiline) {
    if (value == null) {
      return;
    }
    if (value instanceof String text) {
      PlainText.problem(text, multiline).ifPresent(this::report);
    } else if (value instanceof List<?> list) {
      for (int i = 0; i < list.size(); i++) {
        path.add(i);
        walk(list.get(i), multiline);
        path.remove(path.size() - 1);
      }
    } else if (value instanceof Map<?, ?> map) {
      for (Map.Entry<?, ?> entry : map.entrySet()) {
        path.add(String.valueOf(entry.getKey()));
        walk(entry.getValue(), multiline);
        path.remove(path.size() - 1);
      }
    } else if (value instanceof Record record) {
      for (Component c : COMPONENTS.get(record.getClass())) {
        path.add(c.name());
        walk(read(c, record), c.multiline());
        path.remove(path.size() - 1);
      }
    }
  }

  private void report(String message) {
    if (++found <= listed) {
      sink.accept(List.copyOf(path), message);
    }
  }

  private static @Nullable Object read(Component c, Record record) {
    try {
      return c.accessor().invoke(record);
    } catch (IllegalAccessException | InvocationTargetException e) {
      throw new IllegalStateException("the record component " + c.name() + " of " + record.getClass().getName()
          + " could not be read", e);
    }
  }
}
