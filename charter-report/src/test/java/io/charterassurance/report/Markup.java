package io.charterassurance.report;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A strict check of the HTML report's markup, enough to show that submitted text never became
 * markup: every {@code <} starts a tag the templates write, and every element is closed in order.
 */
final class Markup {
  private static final Pattern TAG = Pattern.compile("<(/?)([a-z][a-z0-9]*)((?:\\s[^<>]*)?)>");
  private static final String DOCTYPE = "<!DOCTYPE html>";
  /** The elements the templates write. */
  static final Set<String> KNOWN = Set.of("html", "head", "meta", "title", "style", "body", "main", "nav", "section",
      "article", "h1", "h2", "h3", "h4", "h5", "p", "a", "ol", "ul", "li", "dl", "dt", "dd", "div", "table", "caption",
      "thead", "tbody", "tr", "th", "td", "code", "time", "strong", "span", "bdi", "blockquote", "svg", "desc", "g",
      "line", "rect", "text");
  private static final Set<String> VOID = Set.of("meta");

  private Markup() {}

  /** What is wrong with the page's markup; empty when nothing is. */
  static List<String> problems(String page) {
    List<String> problems = new ArrayList<>();
    if (!page.startsWith(DOCTYPE)) {
      problems.add("the page does not start with " + DOCTYPE);
    }
    Deque<String> open = new ArrayDeque<>();
    int tags = 0;
    Matcher m = TAG.matcher(page);
    while (m.find()) {
      tags++;
      String name = m.group(2);
      if (!KNOWN.contains(name)) {
        problems.add("an element the templates never write: <" + name + "> at " + m.start());
      }
      if (VOID.contains(name)) {
        continue;
      }
      if (m.group(1).isEmpty()) {
        open.push(name);
      } else if (open.isEmpty() || !open.peek().equals(name)) {
        problems.add("</" + name + "> at " + m.start() + " closes " + (open.isEmpty() ? "nothing" : "<" + open.peek() + ">"));
      } else {
        open.pop();
      }
    }
    if (!open.isEmpty()) {
      problems.add("never closed: " + open);
    }
    long lessThan = page.chars().filter(c -> c == '<').count();
    if (lessThan != tags + 1) {
      problems.add((lessThan - tags - 1) + " '<' that start no tag");
    }
    return problems;
  }
}
