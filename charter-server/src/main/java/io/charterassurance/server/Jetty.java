package io.charterassurance.server;

import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.handler.GracefulHandler;

/** The service's settings of the Jetty server under Javalin. */
final class Jetty {
  private Jetty() {}

  /**
   * Graceful shutdown (a {@link GracefulHandler} tracks the requests in flight and {@link
   * Server#stop()} waits for them, up to the shutdown timeout, after it has stopped taking
   * connections) and problems for what Jetty itself answers. Runs before Javalin adds its own
   * handler, which goes inside the innermost wrapper, so every request passes the graceful one.
   */
  static void configure(Server server, ServerOptions options) {
    server.setStopTimeout(options.shutdownTimeout().toMillis());
    server.setStopAtShutdown(false); // the command's shutdown hook stops it, with a word on stderr
    server.insertHandler(new GracefulHandler());
    server.setErrorHandler(new ProblemErrorHandler());
  }
}
