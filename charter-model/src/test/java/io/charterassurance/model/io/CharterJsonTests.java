package io.charterassurance.model.io;

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
}
