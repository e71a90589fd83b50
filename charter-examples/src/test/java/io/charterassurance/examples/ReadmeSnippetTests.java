package io.charterassurance.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** The module README quotes every tagged region of the programs as the code has it. */
class ReadmeSnippetTests {
  private static final Path SOURCES = Path.of("src", "main", "java", "io", "charterassurance", "examples");
  private static final Pattern TAG = Pattern.compile(
      "// tag::([\\w-]+)\\[\\]\\n(.*?)\\n[ \\t]*// end::\\1\\[\\]", Pattern.DOTALL);

  record Snippet(String file, String tag, String code) {}

  static List<Snippet> snippets() throws IOException {
    List<Snippet> out = new ArrayList<>();
    for (String program : List.of("AssessOne.java", "PublishCsv.java", "TailoredPolicy.java", "BuildInCode.java")) {
      Matcher m = TAG.matcher(Files.readString(SOURCES.resolve(program), StandardCharsets.UTF_8));
      while (m.find()) {
        out.add(new Snippet(program, m.group(1), m.group(2).stripIndent()));
      }
    }
    return out;
  }

  @Test
  void everyProgramMarksItsSnippets() throws IOException {
    assertThat(snippets()).extracting(Snippet::tag).containsExactly(
        "read-and-assess", "short-of-met", "print-band", "batch", "write-csv", "tailored-policy",
        "build-in-code", "assess-built");
  }

  @TestFactory
  Stream<DynamicTest> theProjectReadmeQuotesItsSnippetsAsTheCodeHasThem() throws IOException {
    String readme = Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);
    List<String> quoted = List.of("read-and-assess", "write-csv", "tailored-policy", "build-in-code");
    return snippets().stream().filter(s -> quoted.contains(s.tag())).map(s -> DynamicTest.dynamicTest(s.tag(), () -> {
      assertThat(readme).contains("tag `" + s.tag() + "`");
      assertThat(readme).contains("```java\n" + s.code() + "\n```");
    }));
  }

  @TestFactory
  Stream<DynamicTest> theReadmeQuotesEachSnippetAsTheCodeHasIt() throws IOException {
    String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
    return snippets().stream().map(s -> DynamicTest.dynamicTest(s.file() + " " + s.tag(), () -> {
      assertThat(readme).contains("(tag `" + s.tag() + "`");
      assertThat(readme).contains("```java\n" + s.code() + "\n```");
    }));
  }
}
