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
  void aYamlAliasIsRefusedSoAnAliasBombStaysSmallAndNoValueIsReadAsAName() {
    StringBuilder yaml = new StringBuilder("a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
    for (int i = 1; i < 30; i++) {
      yaml.append("a").append(i).append(": &a").append(i).append(" [*a").append(i - 1).append(", *a").append(i - 1)
          .append(", *a").append(i - 1).append("]\n");
    }
    assertThatThrownBy(() -> CharterJson.yaml().readTree(yaml.toString()))
        .hasMessageContaining("has the YAML anchor &a0; YAML anchors and aliases are not accepted");
  }

  @Test
  void aScalarAliasIsNeverReadAsTheAnchorsName() {
    assertThatThrownBy(() -> CharterJson.yaml().readTree("title: &t Tower Hamlets\nname: *t\n"))
        .hasMessageContaining("YAML anchors and aliases are not accepted");
    assertThatThrownBy(() -> CharterJson.yaml().readTree("name: *t\n"))
        .hasMessageContaining("is the YAML alias *t");
  }

  @Test
  void aYamlStringIsBoundedAsAJsonStringIs() {
    String longTitle = "title: " + "x".repeat(Limits.STRING + 1) + "\n";
    assertThatThrownBy(() -> CharterJson.yaml().readTree(longTitle))
        .hasMessageContaining(Limits.string());
  }
}
