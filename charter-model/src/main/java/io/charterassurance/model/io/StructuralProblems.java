package io.charterassurance.model.io;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Finds every structural problem of a document that could not be mapped, not only the first one
 * Jackson stops at: wrong types, unknown properties, bad enum values, missing required properties,
 * at whatever paths they are.
 *
 * <p>The document is read once more into a tree. Each value is mapped on its own; a record or a
 * list that cannot be is searched property by property and item by item, so each problem is
 * reported by the exception Jackson raises for that value alone, in the words {@link JsonErrors}
 * gives it. A value that fails while its parts all map (a record's constructor refusing a
 * combination) is reported as a whole. One more pass over the document finds the line and
 * column of every problem's path. At most {@link #MAX} problems are listed.
 */
final class StructuralProblems {
  /** The most problems listed for one document. */
  static final int MAX = 100;

  private final ObjectMapper mapper;
  private final List<JsonMappingException> found = new ArrayList<>();

  private StructuralProblems(ObjectMapper mapper) {
    this.mapper = mapper;
  }

  /** How to parse the document again. */
  interface Reparse {
    JsonParser parser() throws IOException;
  }

  /**
   * Every structural problem of the document, or only {@code first} (the one Jackson stopped at)
   * when no other can be found: when the document cannot be read as a tree, or mapping each value
   * on its own raises nothing more.
   *
   * @param firstViolation the problem that stopped the mapping of the whole document, as described
   */
  static List<Violation> find(String source, ObjectMapper mapper, Reparse reparse, JavaType root,
      Violation firstViolation) {
    JsonNode tree;
    try (JsonParser parser = reparse.parser()) {
      tree = mapper.reader().with(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).readTree(parser);
    } catch (IOException | RuntimeException e) {
      return List.of(firstViolation);
    }
    if (tree == null) {
      return List.of(firstViolation);
    }
    StructuralProblems problems = new StructuralProblems(mapper);
    try {
      problems.check(tree, root, new ArrayList<>());
    } catch (RuntimeException e) {
      return List.of(firstViolation); // the search is a courtesy: the first problem is always known
    }
    if (problems.found.isEmpty()) {
      return List.of(firstViolation);
    }
    Map<String, JsonLocation> locations = locate(reparse, problems.found);
    Map<String, Violation> out = new LinkedHashMap<>();
    // The problem Jackson stopped at keeps its exact location.
    out.put(firstViolation.path(), firstViolation);
    for (JsonMappingException e : problems.found) {
      Violation v = JsonErrors.describe(source, e, deepest(locations, JsonErrors.plainPath(e)));
      out.putIfAbsent(v.path(), v);
    }
    List<Violation> all = new ArrayList<>(out.values());
    if (problems.found.size() >= MAX) {
      all.add(Violation.at(source, "$", "has more problems than the " + MAX
          + " listed; correct these and read it again to find the rest"));
    }
    return all;
  }

  /** Maps a value; when it cannot be mapped, looks for the problems in its parts. */
  private void check(JsonNode node, JavaType type, List<JsonMappingException.Reference> at) {
    if (found.size() >= MAX) {
      return;
    }
    JsonMappingException whole = map(node, type);
    if (whole == null) {
      return;
    }
    int before = found.size();
    descend(node, type, at);
    if (found.size() == before) {
      add(whole, at);
    }
  }

  private @Nullable JsonMappingException map(JsonNode node, JavaType type) {
    try (JsonParser parser = mapper.treeAsTokens(node)) {
      mapper.readerFor(type).readValue(parser);
      return null;
    } catch (JsonMappingException e) {
      return e;
    } catch (IOException e) {
      return null; // a tree always parses; nothing more to find here
    }
  }

  private void descend(JsonNode node, JavaType type, List<JsonMappingException.Reference> at) {
    if (type.isCollectionLikeType() && node.isArray()) {
      for (int i = 0; i < node.size() && found.size() < MAX; i++) {
        check(node.get(i), type.getContentType(), with(at, new JsonMappingException.Reference(null, i)));
      }
      return;
    }
    if (!node.isObject() || type.isContainerType() || type.isEnumType() || type.getRawClass().getName().startsWith("java.")) {
      return;
    }
    Class<?> raw = type.getRawClass();
    String typeProperty = null;
    JsonTypeInfo info = raw.getAnnotation(JsonTypeInfo.class);
    if (info != null) {
      typeProperty = info.property();
      JsonNode id = node.get(typeProperty);
      Class<?> concrete = id == null || !id.isTextual() ? null : subtype(raw, id.asText());
      if (concrete == null) {
        return; // the type id is wrong or missing: the whole value's exception says so
      }
      type = mapper.constructType(concrete);
      raw = concrete;
    }
    if (!raw.isRecord()) {
      return;
    }
    BeanDescription description = mapper.getDeserializationConfig().introspect(type);
    Map<String, BeanPropertyDefinition> properties = new LinkedHashMap<>();
    for (BeanPropertyDefinition p : description.findProperties()) {
      properties.put(p.getName(), p);
    }
    boolean allRequired = mapper.isEnabled(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES);
    // Missing properties first: a document missing its root's keys is usually not the document expected at all.
    for (BeanPropertyDefinition property : properties.values()) {
      if (found.size() >= MAX) {
        return;
      }
      if ((allRequired || property.isRequired()) && !node.has(property.getName())) {
        add(missing(node, type, property.getName()), at);
      }
    }
    for (Map.Entry<String, JsonNode> field : node.properties()) {
      if (found.size() >= MAX) {
        return;
      }
      String name = field.getKey();
      if (name.equals(typeProperty)) {
        continue;
      }
      BeanPropertyDefinition property = properties.get(name);
      if (property == null) {
        add(unknown(node, raw, name, properties.keySet()), at); // the exception names the property itself
        continue;
      }
      check(field.getValue(), property.getPrimaryType(), with(at, new JsonMappingException.Reference(raw, name)));
    }
  }

  private UnrecognizedPropertyException unknown(JsonNode node, Class<?> raw, String name, Set<String> known) {
    try (JsonParser parser = mapper.treeAsTokens(node)) {
      return UnrecognizedPropertyException.from(parser, raw, name, new ArrayList<>(known));
    } catch (IOException e) {
      throw new IllegalStateException("a tree's parser cannot be closed", e);
    }
  }

  private MismatchedInputException missing(JsonNode node, JavaType type, String name) {
    try (JsonParser parser = mapper.treeAsTokens(node)) {
      return MismatchedInputException.from(parser, type, "Missing required creator property '" + name + "'");
    } catch (IOException e) {
      throw new IllegalStateException("a tree's parser cannot be closed", e);
    }
  }

  /** Records the problem with the path from the document's root prepended to its own. */
  private void add(JsonMappingException e, List<JsonMappingException.Reference> at) {
    for (int i = at.size() - 1; i >= 0; i--) {
      e.prependPath(at.get(i));
    }
    found.add(e);
  }

  private static @Nullable Class<?> subtype(Class<?> base, String id) {
    JsonSubTypes types = base.getAnnotation(JsonSubTypes.class);
    if (types == null) {
      return null;
    }
    for (JsonSubTypes.Type t : types.value()) {
      if (t.name().equals(id)) {
        return t.value();
      }
    }
    return null;
  }

  private static List<JsonMappingException.Reference> with(List<JsonMappingException.Reference> at,
      JsonMappingException.Reference next) {
    List<JsonMappingException.Reference> out = new ArrayList<>(at.size() + 1);
    out.addAll(at);
    out.add(next);
    return out;
  }

  /** The location of the deepest part of {@code path} that is in the document. */
  private static @Nullable JsonLocation deepest(Map<String, JsonLocation> locations, String path) {
    for (String p = path; ; p = parent(p)) {
      JsonLocation at = locations.get(p);
      if (at != null || p.equals("$")) {
        return at;
      }
    }
  }

  private static String parent(String path) {
    int dot = path.lastIndexOf('.');
    int bracket = path.lastIndexOf('[');
    int cut = Math.max(dot, bracket);
    return cut <= 0 ? "$" : path.substring(0, cut);
  }

  /**
   * One pass over the document that notes where each problem's path (and every shorter path it
   * passes through) starts: a property at its name, a list item at its first token.
   */
  private static Map<String, JsonLocation> locate(Reparse reparse, List<JsonMappingException> problems) {
    Set<String> wanted = new HashSet<>();
    for (JsonMappingException e : problems) {
      for (String p = JsonErrors.plainPath(e); ; p = parent(p)) {
        wanted.add(p);
        if (p.equals("$")) {
          break;
        }
      }
    }
    Map<String, JsonLocation> out = new HashMap<>();
    try (JsonParser p = reparse.parser()) {
      JsonToken token;
      while ((token = p.nextToken()) != null && out.size() < wanted.size()) {
        JsonStreamContext context = p.getParsingContext();
        String path = null;
        if (token == JsonToken.FIELD_NAME) {
          path = path(context);
        } else if (token.isStructStart()) {
          JsonStreamContext parent = context.getParent();
          path = parent == null ? "$" : parent.inArray() ? path(parent) : parent.inRoot() ? "$" : null;
        } else if (context.inArray()) {
          path = path(context);
        } else if (context.inRoot()) {
          path = "$";
        }
        if (path != null && wanted.contains(path)) {
          out.putIfAbsent(path, p.currentTokenLocation());
        }
      }
    } catch (IOException | RuntimeException e) {
      // what was located so far is used; the rest are reported without a line
    }
    return out;
  }

  /** The path of a parser context: {@code $.evidence[3].title} for the context of that property. */
  private static String path(@Nullable JsonStreamContext context) {
    StringBuilder out = new StringBuilder();
    for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
      if (c.inObject() && c.getCurrentName() != null) {
        out.insert(0, "." + c.getCurrentName());
      } else if (c.inArray() && c.getCurrentIndex() >= 0) {
        out.insert(0, "[" + c.getCurrentIndex() + "]");
      }
    }
    return "$" + out;
  }

  /** Whether an exception is one the search can add to: a mapping problem, not a broken document. */
  static boolean isMapping(JsonProcessingException e) {
    return e instanceof JsonMappingException && !(e.getCause() instanceof JsonProcessingException)
        && !(e instanceof Refusal r && r.jsonPath() != null);
  }
}
