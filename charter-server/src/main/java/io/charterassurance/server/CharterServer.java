package io.charterassurance.server;

import io.charterassurance.rules.Assessor;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HTTP service: assessments, validations, the criteria, the Charter, the schemas and a health
 * check, over one {@link Assessor} shared by every request (docs/server.md; the OpenAPI document is
 * {@code schema/openapi.yaml}).
 *
 * <pre>{@code
 * try (CharterServer server = CharterServer.start(Assessor.standard(), ServerOptions.defaults().withPort(0))) {
 *   HttpResponse<String> report = client.send(HttpRequest.newBuilder(server.uri().resolve("/assessments"))
 *       .header("Content-Type", "application/json").header("Accept", "text/html")
 *       .POST(BodyPublishers.ofFile(submission)).build(), BodyHandlers.ofString());
 * }
 * }</pre>
 *
 * <p>Every answer is safe whatever the request: what was asked for, or a problem ({@code
 * application/problem+json}, RFC 9457) with a sentence saying what was wrong, never a stack trace.
 * {@link #stop()} stops taking connections and lets the requests in flight finish, for up to
 * {@link ServerOptions#shutdownTimeout()}.
 *
 * <p>Runs on Javalin 7 (Jetty 12). Thread-safe.
 */
public final class CharterServer implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(CharterServer.class);

  /** The paths the service answers, with the methods each takes (for 405 and its Allow header). */
  static final Map<String, List<String>> PATHS = paths();

  private final Javalin app;
  private final ServerOptions options;
  private final AtomicBoolean stopping = new AtomicBoolean();
  private final CountDownLatch stopped = new CountDownLatch(1);

  private CharterServer(Javalin app, ServerOptions options) {
    this.app = app;
    this.options = options;
  }

  /**
   * Starts the service and returns once it is listening.
   *
   * @param assessor the assessor every request shares
   * @param options where to listen and what to accept
   * @throws IllegalStateException if the service cannot listen (the port is taken, the address is
   *     not this machine's), saying why
   */
  public static CharterServer start(Assessor assessor, ServerOptions options) {
    Objects.requireNonNull(assessor, "assessor");
    Objects.requireNonNull(options, "options");
    Endpoints endpoints = new Endpoints(assessor, options);
    Javalin app = Javalin.create(config -> Routes.configure(config, endpoints, options));
    try {
      app.start(options.bind(), options.port());
    } catch (RuntimeException e) {
      try {
        app.stop();
      } catch (RuntimeException ignored) {
        // It did not start; there is nothing to stop.
      }
      throw new IllegalStateException("cannot listen on " + options.bind() + ":" + options.port() + ": "
          + reason(e), e);
    }
    return new CharterServer(app, options);
  }

  /** The port the service listens on (the one chosen when the options asked for any free one). */
  public int port() {
    return app.port();
  }

  /** The service's base URI, such as {@code http://127.0.0.1:8080/}. */
  public URI uri() {
    String host = options.bind().contains(":") ? "[" + options.bind() + "]" : options.bind();
    return URI.create("http://" + host + ":" + port() + "/");
  }

  /**
   * Stops taking connections, lets the requests in flight finish (for up to {@link
   * ServerOptions#shutdownTimeout()}; those still running then are cut off) and returns when the
   * service has stopped. Calling it again does nothing.
   */
  public void stop() {
    if (!stopping.compareAndSet(false, true)) {
      awaitStopUninterruptibly();
      return;
    }
    try {
      app.stop();
    } catch (RuntimeException e) {
      LOG.warn("the service did not stop cleanly: {}", reason(e));
    } finally {
      stopped.countDown();
    }
  }

  /** Waits until the service has stopped (by {@link #stop()} from another thread, such as a shutdown hook). */
  public void awaitStop() throws InterruptedException {
    stopped.await();
  }

  /** The same as {@link #stop()}. */
  @Override
  public void close() {
    stop();
  }

  private void awaitStopUninterruptibly() {
    boolean interrupted = false;
    while (true) {
      try {
        stopped.await();
        break;
      } catch (InterruptedException e) {
        interrupted = true;
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
  }

  /** The innermost cause's message: "Address already in use", not the wrappers around it. */
  private static String reason(Throwable e) {
    Throwable cause = e;
    while (cause.getCause() != null && cause.getCause() != cause) {
      cause = cause.getCause();
    }
    return cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
  }

  private static Map<String, List<String>> paths() {
    Map<String, List<String>> paths = new LinkedHashMap<>();
    paths.put("/assessments", List.of("POST"));
    paths.put("/validations", List.of("POST"));
    paths.put("/criteria", List.of("GET"));
    paths.put("/charter", List.of("GET"));
    paths.put("/schema/submission", List.of("GET"));
    paths.put("/schema/report", List.of("GET"));
    paths.put("/health", List.of("GET"));
    return java.util.Collections.unmodifiableMap(paths);
  }

  /** The 404 or 405 for a request no endpoint takes. */
  static Failure noEndpoint(Context ctx) {
    List<String> methods = PATHS.get(ctx.path());
    if (methods != null) {
      return new Failure(Problem.of(405, ctx.path() + " takes " + String.join(", ", methods) + ", not "
          + MediaTypes.quote(ctx.req().getMethod()) + "."), Map.of("Allow", String.join(", ", methods)));
    }
    return Failure.of(404, "There is no " + MediaTypes.quote(ctx.path()) + ". The endpoints are "
        + String.join("; ", PATHS.entrySet().stream().map(p -> String.join(", ", p.getValue()) + " " + p.getKey())
            .toList()) + ".");
  }

  /** Sends a failure as a problem. */
  static void send(Context ctx, Failure failure) {
    failure.headers().forEach(ctx::header);
    if (hasUnreadBody(ctx)) {
      // Refused before its body was read to the end: the rest of it is not read either, so the
      // connection cannot carry another request; saying so keeps a client from reusing it.
      ctx.header("Connection", "close");
    }
    Endpoints.send(ctx, failure.problem().status(), Problem.MEDIA_TYPE, Endpoints.json(failure.problem()));
  }

  private static boolean hasUnreadBody(Context ctx) {
    if (ctx.attribute(Endpoints.BODY_READ) != null) {
      return false;
    }
    long length = ctx.req().getContentLengthLong();
    return length > 0 || ctx.header("Transfer-Encoding") != null;
  }

  /** Sends the 500 for a fault in the service, logging what went wrong (the response says nothing of it). */
  static void fault(Context ctx, Exception e) {
    if (e instanceof HttpResponseException http) {
      send(ctx, http.getStatus() == 404 ? noEndpoint(ctx) : Failure.of(http.getStatus(), Problem.title(http.getStatus())
          + "."));
      return;
    }
    LOG.error("{} {} failed", ctx.req().getMethod(), ctx.path(), e);
    send(ctx, Failure.of(500, "The service failed to answer this request. This is a fault in Charter Assurance,"
        + " not in the request; the service's log has the details."));
  }
}
