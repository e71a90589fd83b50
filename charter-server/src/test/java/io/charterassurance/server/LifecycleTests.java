package io.charterassurance.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.charterassurance.rules.Assessor;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Starting, stopping and being busy, black-box. */
@DisplayName("The service's life")
class LifecycleTests {
  private static final byte[] SUBMISSION = Http.example("hwb-tower-hamlets.json");

  /**
   * A request body that stops halfway until released, so that a request stays in flight as long
   * as a test needs.
   */
  static final class HeldBody extends InputStream {
    final CountDownLatch halfway = new CountDownLatch(1);
    final CountDownLatch release = new CountDownLatch(1);
    private final InputStream first;
    private final InputStream second;

    HeldBody(byte[] body) {
      int half = body.length / 2;
      first = new ByteArrayInputStream(body, 0, half);
      second = new ByteArrayInputStream(body, half, body.length - half);
    }

    @Override
    public int read() throws IOException {
      byte[] one = new byte[1];
      int n = read(one, 0, 1);
      return n < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      int n = first.read(b, off, len);
      if (n > 0) {
        return n;
      }
      halfway.countDown();
      try {
        if (!release.await(60, TimeUnit.SECONDS)) {
          throw new IOException("never released");
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IOException(e);
      }
      return second.read(b, off, len);
    }
  }

  private static CompletableFuture<Http.Response> sendHeld(CharterServer server, HeldBody body) {
    HttpRequest request = HttpRequest.newBuilder(server.uri().resolve("/assessments")).timeout(Duration.ofSeconds(60))
        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofInputStream(() -> body)).build();
    return CompletableFuture.supplyAsync(() -> Http.send(request));
  }

  @Test
  @DisplayName("stopping lets a request in flight finish, and takes no new connection meanwhile")
  void gracefulStop() throws Exception {
    CharterServer server = CharterServer.start(Assessor.standard(),
        ServerOptions.defaults().withPort(0).withShutdownTimeout(Duration.ofSeconds(20)));
    HeldBody body = new HeldBody(SUBMISSION);
    CompletableFuture<Http.Response> inFlight = sendHeld(server, body);
    assertThat(body.halfway.await(20, TimeUnit.SECONDS)).isTrue();
    Thread.sleep(300); // the headers are in: the request is being handled
    CompletableFuture<Void> stopping = CompletableFuture.runAsync(server::stop);
    Thread.sleep(500);
    assertThat(stopping).as("stop waits for the request in flight").isNotDone();
    assertThatThrownBy(() -> Http.get(server.uri(), "/health")).as("no new connection while stopping")
        .isInstanceOf(AssertionError.class).hasMessageContaining("failed");
    body.release.countDown();
    Http.Response answer = inFlight.get(30, TimeUnit.SECONDS);
    assertThat(answer.status()).isEqualTo(200);
    assertThat(answer.json().get("format").asText()).startsWith("charter-assurance-report/");
    stopping.get(20, TimeUnit.SECONDS);
  }

  @Test
  @DisplayName("stopping cuts off what is still running after the shutdown timeout")
  void stopTimeout() throws Exception {
    CharterServer server = CharterServer.start(Assessor.standard(),
        ServerOptions.defaults().withPort(0).withShutdownTimeout(Duration.ofSeconds(1)));
    HeldBody body = new HeldBody(SUBMISSION);
    CompletableFuture<Http.Response> inFlight = sendHeld(server, body);
    assertThat(body.halfway.await(20, TimeUnit.SECONDS)).isTrue();
    Thread.sleep(300);
    long started = System.nanoTime();
    server.stop();
    assertThat(Duration.ofNanos(System.nanoTime() - started)).as("stop returns once the timeout has passed")
        .isLessThan(Duration.ofSeconds(15));
    body.release.countDown();
    assertThatThrownBy(() -> inFlight.get(30, TimeUnit.SECONDS)).as("the held request was cut off").isNotNull();
  }

  @Test
  @DisplayName("answers 503 with Retry-After when every turn stays taken past the queue timeout")
  void busy() throws Exception {
    try (CharterServer server = CharterServer.start(Assessor.standard(),
        ServerOptions.defaults().withPort(0).withConcurrency(1, Duration.ZERO))) {
      HeldBody body = new HeldBody(SUBMISSION);
      CompletableFuture<Http.Response> holding = sendHeld(server, body);
      assertThat(body.halfway.await(20, TimeUnit.SECONDS)).isTrue();
      Thread.sleep(300);
      Http.Response refused = Http.post(server.uri(), "/assessments", SUBMISSION, "Content-Type", "application/json");
      assertThat(refused.status()).isEqualTo(503);
      assertThat(refused.header("Retry-After")).isEqualTo("5");
      assertThat(refused.json().get("detail").asText()).contains("busy");
      assertThat(Http.get(server.uri(), "/health").status()).as("other endpoints take no turn").isEqualTo(200);
      body.release.countDown();
      assertThat(holding.get(30, TimeUnit.SECONDS).status()).isEqualTo(200);
      assertThat(Http.post(server.uri(), "/assessments", SUBMISSION, "Content-Type", "application/json").status())
          .as("the turn is free again").isEqualTo(200);
    }
  }

  @Test
  @DisplayName("says why it cannot listen when the port is taken")
  void portTaken() throws Exception {
    try (ServerSocket taken = new ServerSocket(0, 1, java.net.InetAddress.getByName("127.0.0.1"))) {
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
