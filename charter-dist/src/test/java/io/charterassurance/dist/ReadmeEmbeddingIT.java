package io.charterassurance.dist;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The README shows a new project how to depend on the library and what to write; the project the
 * invoker builds (src/it/embed) is that project. These check that the README quotes it as it is,
 * and that the invoker did build it and its test passed.
 */
class ReadmeEmbeddingIT {
  private static final Path README = Path.of("..", "README.md");
  private static final Path EMBED = Path.of(System.getProperty("embed.project", "src/it/embed"));
  private static final String VERSION = System.getProperty("charter.version", "unknown");

  private static String region(String text, String open, String close) {
    Matcher m = Pattern.compile(Pattern.quote(open) + "\\n(.*?)\\n[ \\t]*" + Pattern.quote(close), Pattern.DOTALL).matcher(text);
    assertThat(m.find()).as("a region between %s and %s", open, close).isTrue();
    return m.group(1).stripIndent();
  }

  @Test
  @DisplayName("The README's Maven dependencies are the embedding project's, with this version")
  void theReadmeQuotesTheDependencies() throws IOException {
    String pom = Files.readString(EMBED.resolve("pom.xml"), StandardCharsets.UTF_8);
    String quoted = region(pom, "<!-- tag::dependencies[] -->", "<!-- end::dependencies[] -->")
        .replace("@project.version@", VERSION).replace("@slf4j.version@", System.getProperty("slf4j.version", "unknown"))
        + "\n</dependencies>";
    assertThat(Files.readString(README, StandardCharsets.UTF_8)).contains("```xml\n" + quoted + "\n```");
  }

  @Test
  @DisplayName("The README's embedding code is the embedding project's program")
  void theReadmeQuotesTheProgram() throws IOException {
    String program = Files.readString(EMBED.resolve("src/main/java/org/example/readiness/Readiness.java"), StandardCharsets.UTF_8);
    String quoted = region(program, "// tag::embed[]", "// end::embed[]");
    assertThat(Files.readString(README, StandardCharsets.UTF_8)).contains("```java\n" + quoted + "\n```");
  }

  @Test
  @DisplayName("The invoker built the embedding project and its test passed")
  void theEmbeddingProjectWasBuilt() throws IOException {
    Path log = Path.of(System.getProperty("embed.log", "target/it/embed/build.log"));
    assertThat(log).exists();
    assertThat(Files.readString(log, StandardCharsets.UTF_8))
        .contains("Tests run: 3, Failures: 0, Errors: 0, Skipped: 0")
        .contains("BUILD SUCCESS");
  }
}
