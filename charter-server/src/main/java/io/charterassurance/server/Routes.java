package io.charterassurance.server;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.Handler;

/** The routes, the problem responses and the Jetty settings of the service. */
final class Routes {
  /**
   * A policy that lets a response do nothing but show itself: the HTML report is self-contained
   * (inline styles, an inline SVG chart, no script) and no response may be framed.
   */
  static final String CONTENT_SECURITY_POLICY =
      "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

  private Routes() {}

  static void configure(JavalinConfig config, Endpoints endpoints, ServerOptions options) {
    config.startup.showJavalinBanner = false;
    config.startup.showOldJavalinVersionWarning = false;
    config.routes.before(Routes::commonHeaders);
    config.routes.post("/assessments", guarded(endpoints, endpoints::assess));
    config.routes.post("/validations", guarded(endpoints, endpoints::validate));
    config.routes.get("/criteria", guarded(endpoints, endpoints::criteria));
    config.routes.get("/charter", guarded(endpoints, endpoints::charter));
    config.routes.get("/schema/submission", guarded(endpoints, endpoints::submissionSchema));
    config.routes.get("/schema/report", guarded(endpoints, endpoints::reportSchema));
    config.routes.get("/health", guarded(endpoints, endpoints::health));
    config.routes.exception(Exception.class, (e, ctx) -> CharterServer.fault(ctx, e));
    config.routes.error(404, "*", ctx -> CharterServer.send(ctx, CharterServer.noEndpoint(ctx)));
    config.jetty.modifyServer(server -> Jetty.configure(server, options));
  }

  /** An endpoint's work, with its failures sent as problems. */
  @FunctionalInterface
  interface Endpoint {
    void handle(Context ctx) throws Failure;
  }

  private static Handler guarded(Endpoints endpoints, Endpoint endpoint) {
    return ctx -> {
      try {
        endpoint.handle(ctx);
      } catch (Failure failure) {
        endpoints.refuse(ctx, failure);
      }
    };
  }

  private static void commonHeaders(Context ctx) {
    ctx.header("X-Content-Type-Options", "nosniff");
    ctx.header("Cache-Control", "no-store");
    ctx.header("Content-Security-Policy", CONTENT_SECURITY_POLICY);
    ctx.header("Vary", "Accept");
  }
}
