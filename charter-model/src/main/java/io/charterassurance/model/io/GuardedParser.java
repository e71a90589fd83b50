package io.charterassurance.model.io;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.util.JsonParserDelegate;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Checks every token of a submission as it is read, before any of it is mapped: no list may hold
 * more items than the model accepts ({@link Limits}), so that validation never faces millions of
 * problems. (YAML anchors, aliases and over-long scalars are refused by the YAML parser itself,
 * {@link YamlWithoutAliases}, for every YAML file the project reads.)
 */
final class GuardedParser extends JsonParserDelegate {
  /** Open objects and arrays; an array's frame counts its items against its limit. */
  private final Deque<Frame> open = new ArrayDeque<>();

  private static final class Frame {
    final boolean array;
    final String name;
    final int limit;
    int items;

    Frame(boolean array, String name, int limit) {
      this.array = array;
      this.name = name;
      this.limit = limit;
    }
  }

  GuardedParser(JsonParser delegate) {
    super(delegate);
  }

  @Override
  public JsonToken nextToken() throws IOException {
    JsonToken token = delegate.nextToken();
    if (token == null) {
      return null;
    }
    switch (token) {
      case START_ARRAY -> {
        countItem();
        String name = delegate.currentName() == null ? "" : delegate.currentName();
        int limit = open.size() == 1 && name.equals("evidence") ? Limits.EVIDENCE
            : open.size() == 1 && name.equals("waivers") ? Limits.WAIVERS : Limits.LIST;
        open.push(new Frame(true, name, limit));
      }
      case START_OBJECT -> {
        countItem();
        open.push(new Frame(false, "", 0));
      }
      case END_ARRAY, END_OBJECT -> open.poll();
      case FIELD_NAME -> { }
      default -> countItem();
    }
    return token;
  }

  @Override
  public JsonToken nextValue() throws IOException {
    JsonToken token = nextToken();
    return token == JsonToken.FIELD_NAME ? nextToken() : token;
  }

  /** Skips through {@link #nextToken()}, so that skipped content is checked too. */
  @Override
  public JsonParser skipChildren() throws IOException {
    JsonToken token = currentToken();
    if (token != JsonToken.START_OBJECT && token != JsonToken.START_ARRAY) {
      return this;
    }
    int depth = 1;
    while (depth > 0) {
      JsonToken next = nextToken();
      if (next == null) {
        return this;
      }
      if (next.isStructStart()) {
        depth++;
      } else if (next.isStructEnd()) {
        depth--;
      }
    }
    return this;
  }

  private void countItem() throws IOException {
    Frame parent = open.peek();
    if (parent != null && parent.array && ++parent.items > parent.limit) {
      throw Refusal.ofToken(delegate, Limits.list(parent.name, parent.limit));
    }
  }

}
