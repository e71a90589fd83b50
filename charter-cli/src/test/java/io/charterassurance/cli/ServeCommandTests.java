package io.charterassurance.cli;

import static io.charterassurance.cli.Cli.run;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.ServerSocket;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** {@code charter serve}'s options, black-box: what it refuses before it serves (ServeIT runs it). */
@DisplayName("charter serve")
class ServeCommandTests {
  @Test
  @DisplayName("refuses a port out of range with exit 2, saying which ports there are")
  void portOutOfRange() {
    var r = run("serve", "--port", "70000");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).isEqualTo("charter: --port 70000 is not a TCP port (0 to 65535; 0 for any free port)\n");
  }

  @Test
  @DisplayName("refuses a body bound over 16 MiB with exit 2")
  void bodyBound() {
    var r = run("serve", "--max-body-bytes", "20000000");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).isEqualTo("charter: --max-body-bytes 20000000 is out of range: 1 to 16777216 (16 MiB, the largest submission accepted)\n");
  }

  @Test
  @DisplayName("says it cannot listen, with exit 2, when the port is taken")
  void portTaken() throws Exception {
    try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
      var r = run("serve", "--port", String.valueOf(taken.getLocalPort()));
      assertThat(r.exit()).isEqualTo(2);
      assertThat(r.err()).startsWith("charter: cannot listen on 127.0.0.1:" + taken.getLocalPort() + ": ");
    }
  }

  @Test
  @DisplayName("is listed in the usage")
  void listed() {
    assertThat(run("--help").out()).contains("serve");
  }
}
