package io.charterassurance.cli;

import io.charterassurance.model.io.CharterJson;
import io.charterassurance.rules.Assessor;
import io.charterassurance.server.CharterServer;
import io.charterassurance.server.ServerOptions;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code charter serve}: the HTTP service, until the process is told to stop. */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = {
      "Serve assessments over HTTP: POST /assessments, POST /validations, GET /criteria, /charter, /schema/submission,"
          + " /schema/report and /health (docs/server.md; the OpenAPI document is schema/openapi.yaml).",
      "One assessor, built from the options below, serves every request. Stop with Ctrl-C or SIGTERM: requests in"
          + " flight get up to --shutdown-timeout seconds to finish."
    })
final class ServeCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--port", paramLabel = "N", defaultValue = "" + ServerOptions.DEFAULT_PORT,
      description = "The TCP port to listen on; 0 for any free one, which the first line on stderr names (default: ${DEFAULT-VALUE}).")
  int port;

  @Option(names = "--bind", paramLabel = "ADDR", defaultValue = "127.0.0.1",
      description = "The address to listen on: 127.0.0.1 serves this machine only; 0.0.0.0 every IPv4 interface"
          + " (default: ${DEFAULT-VALUE}).")
  String bind = "127.0.0.1";

  @Option(names = "--max-body-bytes", paramLabel = "BYTES", defaultValue = "" + CharterJson.MAX_DOCUMENT_BYTES,
      description = "The largest request body accepted, at most 16 MiB; larger ones get 413 (default: ${DEFAULT-VALUE}).")
  long maxBodyBytes;

  @Option(names = "--shutdown-timeout", paramLabel = "SECONDS", defaultValue = "20",
      description = "How long requests in flight get to finish when the service is stopped (default: ${DEFAULT-VALUE}).")
  long shutdownSeconds;

  @Mixin AssessorOptions assessorOptions = new AssessorOptions();

  @Override
  public Integer call() throws InterruptedException {
    PrintWriter err = spec.commandLine().getErr();
    ServerOptions options;
    try {
      if (port < 0 || port > 65_535) {
        throw new IllegalArgumentException("--port " + port + " is not a TCP port (0 to 65535; 0 for any free port)");
      }
      if (maxBodyBytes < 1 || maxBodyBytes > CharterJson.MAX_DOCUMENT_BYTES) {
        throw new IllegalArgumentException("--max-body-bytes " + maxBodyBytes + " is out of range: 1 to "
            + CharterJson.MAX_DOCUMENT_BYTES + " (16 MiB, the largest submission accepted)");
      }
      if (shutdownSeconds < 0) {
        throw new IllegalArgumentException("--shutdown-timeout " + shutdownSeconds + " is negative");
      }
      options = ServerOptions.defaults().withBind(bind).withPort(port).withMaxBodyBytes(maxBodyBytes)
          .withShutdownTimeout(Duration.ofSeconds(shutdownSeconds));
    } catch (IllegalArgumentException e) {
      err.println("charter: " + Terminal.safe(e.getMessage()));
      return ExitCodes.INVALID;
    }
    Assessor assessor = assessorOptions.build();
    CharterServer server;
    try {
      server = CharterServer.start(assessor, options);
    } catch (IllegalStateException e) {
      err.println("charter: " + Terminal.safe(e.getMessage()));
      return ExitCodes.INVALID;
    }
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      err.println("charter: stopping; requests in flight get up to " + shutdownSeconds + " s to finish");
      err.flush();
      server.stop();
      err.println("charter: stopped");
      err.flush();
    }, "charter-serve-shutdown"));
    err.println(Terminal.safe("charter: serving on " + server.uri() + " (rule set " + assessor.catalogue().version()
        + ", scoring policy " + assessor.policy().id() + "); stop with Ctrl-C or SIGTERM"));
    err.flush();
    server.awaitStop();
    return ExitCodes.OK;
  }
}
