package io.charterassurance.server;

import com.fasterxml.jackson.databind.JsonNode;
import io.charterassurance.model.io.CharterJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/** A real HTTP client for the black-box tests: java.net.http, as another program would call the service. */
final class Http {
  static final Path EXAMPLES = Path.of("..", "charter-examples", "evidence");
  static final Path FIXTURES = Path.of("..", "charter-model", "src", "test", "resources", "submissions");
  static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
      .version(HttpClient.Version.HTTP_1_1).build();

  /** A response as the tests read it. */
  record Response(int status, String contentType, byte[] body, HttpResponse<byte[]> raw) {
    String text() {
      return new String(body, StandardCharsets.UTF_8);
    }

    JsonNode json() {
      try {
        return CharterJson.json().readTree(body);
      } catch (IOException e) {
        throw new AssertionError("not JSON: " + text(), e);
      }
    }

    String header(String name) {
      return raw.headers().firstValue(name).orElse("");
    }
  }

  private Http() {}

  static Response send(HttpRequest request) {
    try {
      HttpResponse<byte[]> r = CLIENT.send(request, HttpResponse.BodyHandlers.ofByteArray());
      return new Response(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), r.body(), r);
    } catch (IOException e) {
      throw new AssertionError(request.method() + " " + request.uri() + " failed: " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  static Response get(URI base, String path, String... headers) {
    HttpRequest.Builder b = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(60)).GET();
    if (headers.length > 0) {
      b.headers(headers);
    }
    return send(b.build());
  }

  static Response post(URI base, String path, byte[] body, String... headers) {
    // Expect: 100-continue, as curl sends for large bodies: a request refused before its body is
    // read (413, 415, 406) gets its answer without the client sending a body the server will not read.
    HttpRequest.Builder b = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(60)).expectContinue(true)
        .POST(HttpRequest.BodyPublishers.ofByteArray(body));
    if (headers.length > 0) {
      b.headers(headers);
    }
    return send(b.build());
  }

  static byte[] example(String name) {
    return read(EXAMPLES.resolve(name));
  }

  static byte[] fixture(String name) {
    return read(FIXTURES.resolve(name));
  }

  /** A JSON document as YAML, every string quoted (so that "2024" stays a string). */
  static byte[] yaml(byte[] json) {
    try {
      return new com.fasterxml.jackson.dataformat.yaml.YAMLMapper().writeValueAsBytes(CharterJson.json().readTree(json));
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  static byte[] read(Path file) {
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  /** Sends raw bytes on a socket and returns everything the server answers until it closes or 10 s pass. */
  static String raw(URI base, byte[] request) throws IOException {
    try (Socket socket = new Socket(base.getHost(), base.getPort())) {
      socket.setSoTimeout(10_000);
      OutputStream out = socket.getOutputStream();
      out.write(request);
      out.flush();
      socket.shutdownOutput();
      InputStream in = socket.getInputStream();
      return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
    }
  }
}
