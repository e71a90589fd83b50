/**
 * The HTTP service behind {@code charter serve}. The entry point is {@link
 * io.charterassurance.server.CharterServer}; {@code schema/openapi.yaml} describes the API.
 *
 * <p>Jackson writes the package's own response records (problems, validations), so the package
 * is open to it alone.
 */
module io.charterassurance.server {
  requires transitive io.charterassurance.rules;
  requires io.charterassurance.report;
  requires io.javalin;
  requires org.eclipse.jetty.http;
  requires org.eclipse.jetty.server;
  requires org.eclipse.jetty.util;
  requires org.slf4j;

  exports io.charterassurance.server;

  opens io.charterassurance.server to com.fasterxml.jackson.databind;
}
