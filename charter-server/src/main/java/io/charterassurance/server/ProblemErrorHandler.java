package io.charterassurance.server;

import java.nio.ByteBuffer;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Jetty's answer to a request that never reaches an endpoint (malformed HTTP, header fields or a
 * target too large): a problem, like every other error of the service, instead of Jetty's HTML
 * page. It says only what the status means, never what Jetty's exception said.
 */
final class ProblemErrorHandler extends ErrorHandler {
  @Override
  public boolean handle(Request request, Response response, Callback callback) {
    int status = response.getStatus() >= 400 ? response.getStatus() : 500;
    byte[] body = Endpoints.json(Problem.of(status, detail(status)));
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, Problem.MEDIA_TYPE);
    response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
    response.getHeaders().put("X-Content-Type-Options", "nosniff");
    response.getHeaders().put("Content-Security-Policy", Routes.CONTENT_SECURITY_POLICY);
    response.write(true, ByteBuffer.wrap(body), callback);
    return true;
  }

  private static String detail(int status) {
    return switch (status) {
      case 400 -> "The request is not well-formed HTTP/1.1.";
      case 408 -> "The request did not arrive in time.";
      case 413 -> "The request is larger than the service accepts.";
      case 414 -> "The request target is longer than the service accepts.";
      case 431 -> "The request's header fields are larger than the service accepts (8 KiB).";
      case 505 -> "The service speaks HTTP/1.1 (and HTTP/1.0).";
      default -> status >= 500 ? "The service failed to answer this request; its log has the details."
          : "The request could not be answered: " + Problem.title(status) + ".";
    };
  }
}
