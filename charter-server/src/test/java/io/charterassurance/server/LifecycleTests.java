package io.charterassurance.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.charterassurance.rules.Assessor;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Starting, stopping and being busy, black-box. */
@DisplayName("The service's life")
class LifecycleTests {
  private static final byte[] SUBMISSION = Http.example("hwb-tower-hamlets.json");
  /** Time for the service to take up a request whose headers have been sent. */
  private static final long TAKE_UP_MILLIS = 500;

  @Test
  @DisplayName("stopping lets a request in flight finish, and takes no new connection meanwhile")
  @SuppressWarnings("try") // the held request only has to be open, taking the one turn
  void gracefulStop() throws Exception {
    CharterServer server = CharterServer.start(Assessor.standard(), ServerOptions.defaults().withPort(0)
        .withShutdownTimeout(Duration.ofSeconds(20)).withConcurrency(1, Duration.ofSeconds(30)));
    URI base = server.uri();
    try (HeldRequest held = new HeldRequest(base, "/assessments", SUBMISSION)) {
      Thread.sleep(TAKE_UP_MILLIS);
      // Sent whole, it waits for the one turn, which the held request has.
      CompletableFuture<Http.Response> waiting = CompletableFuture.supplyAsync(() ->
          Http.post(base, "/assessments", SUBMISSION, "Content-Type", "application/json"));
      Thread.sleep(TAKE_UP_MILLIS);
      CompletableFuture<Void> stopping = CompletableFuture.runAsync(server::stop);
      Thread.sleep(TAKE_UP_MILLIS);
      assertThatThrownBy(() -> Http.get(base, "/health")).as("no new connection while stopping")
          .isInstanceOf(AssertionError.class).hasMessageContaining("failed");
      Http.Response answer = waiting.get(60, TimeUnit.SECONDS);
      assertThat(answer.status()).isEqualTo(200);
      assertThat(answer.json().get("format").asText()).startsWith("charter-assurance-report/");
      stopping.get(30, TimeUnit.SECONDS);
    }
  }

  @Test
  @DisplayName("stopping cuts off what is still running after the shutdown timeout")
  void stopTimeout() throws Exception {
    CharterServer server = CharterServer.start(Assessor.standard(),
        ServerOptions.defaults().withPort(0).withShutdownTimeout(Duration.ofSeconds(1)));
    try (HeldRequest held = new HeldRequest(server.uri(), "/assessments", SUBMISSION)) {
      Thread.sleep(TAKE_UP_MILLIS);
      long started = System.nanoTime();
      server.stop();
      assertThat(Duration.ofNanos(System.nanoTime() - started)).as("stop returns once the timeout has passed")
          .isLessThan(Duration.ofSeconds(15));
      int status;
      try {
        status = held.finish().status();
      } catch (IOException | AssertionError e) {
        status = -1; // the connection was closed
      }
      assertThat(status).as("the held request did not get its report").isNotEqualTo(200);
    }
  }

  @Test
  @DisplayName("answers 503 with Retry-After when every turn stays taken past the queue timeout")
  void busy() throws Exception {
    try (CharterServer server = CharterServer.start(Assessor.standard(),
        ServerOptions.defaults().withPort(0).withConcurrency(1, Duration.ZERO))) {
      try (HeldRequest held = new HeldRequest(server.uri(), "/assessments", SUBMISSION)) {
        Thread.sleep(TAKE_UP_MILLIS);
        Http.Response refused = Http.post(server.uri(), "/assessments", SUBMISSION, "Content-Type", "application/json");
        assertThat(refused.status()).isEqualTo(503);
        assertThat(refused.header("Retry-After")).isEqualTo("5");
        assertThat(refused.json().get("detail").asText()).contains("busy");
        assertThat(Http.get(server.uri(), "/health").status()).as("other endpoints take no turn").isEqualTo(200);
        assertThat(held.finish().status()).isEqualTo(200);
      }
      assertThat(Http.post(server.uri(), "/assessments", SUBMISSION, "Content-Type", "application/json").status())
          .as("the turn is free again").isEqualTo(200);
    }
  }

  @Test
  @DisplayName("says why it cannot listen when the port is taken")
  void portTaken() throws Exception {
    try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
      assertThatThrownBy(() -> CharterServer.start(Assessor.standard(), ServerOptions.defaults().withPort(taken.getLocalPort())))
          .isInstanceOf(IllegalStateException.class)
          .hasMessageStartingWith("cannot listen on 127.0.0.1:" + taken.getLocalPort() + ": ");
    }
  }

  @Test
  @DisplayName("refuses options out of range, saying which")
  void options() {
    assertThatThrownBy(() -> ServerOptions.defaults().withPort(70_000)).hasMessageContaining("70000 is not a TCP port");
    assertThatThrownBy(() -> ServerOptions.defaults().withMaxBodyBytes(17L * 1024 * 1024))
        .hasMessageContaining("out of range: 1 to 16777216");
    assertThatThrownBy(() -> ServerOptions.defaults().withShutdownTimeout(Duration.ofSeconds(-1)))
        .hasMessageContaining("negative");
  }
}
