package io.charterassurance.model.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The shared mappers bound untrusted input before any mapping happens. */
class CharterJsonTests {
  @Test
  void nestingDeeperThanTheLimitIsRefusedByTheParser() {
    byte[] deep = ("[".repeat(100) + "]".repeat(100)).getBytes(StandardCharsets.UTF_8);
    assertThatThrownBy(() -> CharterJson.json().readTree(deep))
        .isInstanceOf(StreamConstraintsException.class)
        .hasMessageContaining("exceeds the maximum allowed (64");
  }

  @Test
  void yamlIsBoundedToo() {
    String deep = "a: ".repeat(1) + "[".repeat(100) + "]".repeat(100);
    assertThatThrownBy(() -> CharterJson.yaml().readTree(deep)).isInstanceOf(Exception.class);
  }

  @Test
  void yamlAliasesAreNotExpandedSoAnAliasBombStaysSmall() throws Exception {
    StringBuilder yaml = new StringBuilder("a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
    for (int i = 1; i < 30; i++) {
      yaml.append("a").append(i).append(": &a").append(i).append(" [*a").append(i - 1).append(", *a").append(i - 1)
          .append(", *a").append(i - 1).append("]\n");
    }
    var tree = CharterJson.yaml().readTree(yaml.toString());
    assertThat(tree.get("a29")).hasSize(3);
    assertThat(tree.get("a29").get(0).asText()).isEqualTo("a28");
  }
}
