package io.charterassurance.rules;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.charterassurance.model.io.CharterJson;
import io.charterassurance.model.submission.Submission;
import java.util.function.Consumer;

/**
 * A scenario fixture changed the way a probe would change it: one item edited, added or removed.
 * Reads as the sentence it tests: {@code Variation.of("icb-strong.json").item("strategy-2025",
 * s -> s.put("approach", "communications"))}.
 */
final class Variation {
  private final ObjectNode tree;

  private Variation(ObjectNode tree) {
    this.tree = tree;
  }

  static Variation of(String fixture) {
    return new Variation(CharterJson.json().valueToTree(Scenarios.load(fixture)));
  }

  /** Edits the item with this id. */
  Variation item(String id, Consumer<ObjectNode> change) {
    for (JsonNode item : evidence()) {
      if (item.get("id").asText().equals(id)) {
        change.accept((ObjectNode) item);
        return this;
      }
    }
    throw new IllegalArgumentException("no item " + id);
  }

  /** Adds a copy of the item with this id under a new id, then edits the copy. */
  Variation copy(String id, String newId, Consumer<ObjectNode> change) {
    for (JsonNode item : evidence()) {
      if (item.get("id").asText().equals(id)) {
        ObjectNode copy = item.deepCopy();
        copy.put("id", newId);
        change.accept(copy);
        evidence().add(copy);
        return this;
      }
    }
    throw new IllegalArgumentException("no item " + id);
  }

  /** Adds an item written as JSON. */
  Variation add(String json) {
    try {
      evidence().add(CharterJson.json().readTree(json));
    } catch (Exception e) {
      throw new IllegalArgumentException(e);
    }
    return this;
  }

  /** Adds a waiver written as JSON. */
  Variation waiver(String json) {
    try {
      if (!tree.hasNonNull("waivers")) {
        tree.putArray("waivers");
      }
      ((ArrayNode) tree.get("waivers")).add(CharterJson.json().readTree(json));
    } catch (Exception e) {
      throw new IllegalArgumentException(e);
    }
    return this;
  }

  /** Removes the items with these ids. */
  Variation without(String... ids) {
    java.util.Set<String> gone = java.util.Set.of(ids);
    ArrayNode kept = CharterJson.json().createArrayNode();
    for (JsonNode item : evidence()) {
      if (!gone.contains(item.get("id").asText())) {
        kept.add(item);
      }
    }
    tree.set("evidence", kept);
    return this;
  }

  /** Edits the submission as a whole (organisation, as-at date, waivers). */
  Variation submission(Consumer<ObjectNode> change) {
    change.accept(tree);
    return this;
  }

  /** The provenance of an item, to edit. */
  static ObjectNode provenance(ObjectNode item) {
    return (ObjectNode) item.get("provenance");
  }

  Submission build() {
    try {
      return CharterJson.json().treeToValue(tree, Submission.class);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private ArrayNode evidence() {
    return (ArrayNode) tree.get("evidence");
  }
}
