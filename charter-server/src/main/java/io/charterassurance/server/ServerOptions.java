package io.charterassurance.server;

import io.charterassurance.model.io.CharterJson;
import java.time.Duration;
import java.util.Objects;

/**
 * How a {@link CharterServer} listens and what it accepts.
 *
 * @param bind the address to listen on: {@code 127.0.0.1} (the default) serves this machine only;
 *     {@code 0.0.0.0} every IPv4 interface
 * @param port the TCP port, or 0 for any free one ({@link CharterServer#port()} says which)
 * @param maxBodyBytes the largest request body accepted; larger ones get 413. At most {@link
 *     CharterJson#MAX_DOCUMENT_BYTES} (16 MiB), the largest submission the reader accepts from a file
 * @param shutdownTimeout how long {@link CharterServer#stop()} lets requests in flight finish
 * @param concurrentRequests how many submissions are read, assessed and rendered at once; more wait
 *     for a turn (up to {@link #queueTimeout}), so that memory stays bounded whatever the load
 * @param queueTimeout how long a submission waits for a turn before it gets 503
 */
public record ServerOptions(String bind, int port, long maxBodyBytes, Duration shutdownTimeout,
    int concurrentRequests, Duration queueTimeout) {

  /** The default port. */
  public static final int DEFAULT_PORT = 8080;
  /** The default time requests in flight get to finish at shutdown. */
  public static final Duration DEFAULT_SHUTDOWN_TIMEOUT = Duration.ofSeconds(20);

  public ServerOptions {
    Objects.requireNonNull(bind, "bind");
    Objects.requireNonNull(shutdownTimeout, "shutdownTimeout");
    Objects.requireNonNull(queueTimeout, "queueTimeout");
    if (bind.isBlank()) {
      throw new IllegalArgumentException("bind is blank; expected an address such as 127.0.0.1");
    }
    if (port < 0 || port > 65_535) {
      throw new IllegalArgumentException("port " + port + " is not a TCP port (0 to 65535; 0 for any free port)");
    }
    if (maxBodyBytes < 1 || maxBodyBytes > CharterJson.MAX_DOCUMENT_BYTES) {
      throw new IllegalArgumentException("maxBodyBytes " + maxBodyBytes + " is out of range: 1 to "
          + CharterJson.MAX_DOCUMENT_BYTES + " (16 MiB, the largest submission the reader accepts)");
    }
    if (shutdownTimeout.isNegative()) {
      throw new IllegalArgumentException("shutdownTimeout " + shutdownTimeout + " is negative");
    }
    if (concurrentRequests < 1) {
      throw new IllegalArgumentException("concurrentRequests " + concurrentRequests + " is less than 1");
    }
    if (queueTimeout.isNegative()) {
      throw new IllegalArgumentException("queueTimeout " + queueTimeout + " is negative");
    }
  }

  /**
   * The defaults: this machine only ({@code 127.0.0.1}), port 8080, bodies up to 16 MiB, 20 seconds
   * for requests in flight at shutdown, twice as many submissions at once as there are processors
   * (at least 2), each waiting up to 30 seconds for a turn.
   */
  public static ServerOptions defaults() {
    return new ServerOptions("127.0.0.1", DEFAULT_PORT, CharterJson.MAX_DOCUMENT_BYTES, DEFAULT_SHUTDOWN_TIMEOUT,
        Math.max(2, 2 * Runtime.getRuntime().availableProcessors()), Duration.ofSeconds(30));
  }

  /** These options with another address to listen on. */
  public ServerOptions withBind(String value) {
    return new ServerOptions(value, port, maxBodyBytes, shutdownTimeout, concurrentRequests, queueTimeout);
  }

  /** These options with another port (0 for any free one). */
  public ServerOptions withPort(int value) {
    return new ServerOptions(bind, value, maxBodyBytes, shutdownTimeout, concurrentRequests, queueTimeout);
  }

  /** These options with another largest body. */
  public ServerOptions withMaxBodyBytes(long value) {
    return new ServerOptions(bind, port, value, shutdownTimeout, concurrentRequests, queueTimeout);
  }

  /** These options with another time for requests in flight at shutdown. */
  public ServerOptions withShutdownTimeout(Duration value) {
    return new ServerOptions(bind, port, maxBodyBytes, value, concurrentRequests, queueTimeout);
  }

  /** These options with another number of submissions handled at once, and how long others wait. */
  public ServerOptions withConcurrency(int requests, Duration wait) {
    return new ServerOptions(bind, port, maxBodyBytes, shutdownTimeout, requests, wait);
  }
}
