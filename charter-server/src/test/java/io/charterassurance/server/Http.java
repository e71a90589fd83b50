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
import java.util.List;
import java.util.Map;

/** A real HTTP client for the black-box tests: java.net.http, as another program would call the service. */
final class Http {
  static final Path EXAMPLES = Path.of("..", "charter-examples", "evidence");
  static final Path FIXTURES = Path.of("..", "charter-model", "src", "test", "resources", "submissions");
  static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
      .version(HttpClient.Version.HTTP_1_1).build();

  /** A response as the tests read it. */
  record Response(int status, String contentType, byte[] body, Map<String, List<String>> headers) {
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
      return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
          .flatMap(e -> e.getValue().stream()).findFirst().orElse("");
    }
  }

  private Http() {}

  static Response send(HttpRequest request) {
    try {
      HttpResponse<byte[]> r = CLIENT.send(request, HttpResponse.BodyHandlers.ofByteArray());
      return new Response(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), r.body(), r.headers().map());
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
    HttpRequest.Builder b = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(60))
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

  /**
   * A POST whose headers declare a body of {@code declaredLength} bytes and that sends none of it:
   * what a client sending a body too large gets, answered before the body is read (java.net.http
   * on Java 17 cannot wait for a final answer to Expect: 100-continue, JDK-8286171).
   */
  static Response declaring(URI base, String path, long declaredLength) throws IOException {
    return parse(raw(base, ("POST " + path + " HTTP/1.1\r\nHost: " + base.getHost() + "\r\nContent-Type: application/json\r\n"
        + "Content-Length: " + declaredLength + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1)));
  }

  /** An HTTP/1.1 answer read to the end of the connection: its status, headers and body (chunked or not). */
  static Response parse(String answer) {
    int end = answer.indexOf("\r\n\r\n");
    if (end < 0) {
      throw new AssertionError("not an HTTP answer: " + answer);
    }
    String[] lines = answer.substring(0, end).split("\r\n");
    Map<String, List<String>> headers = new java.util.TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    for (int i = 1; i < lines.length; i++) {
      int colon = lines[i].indexOf(':');
      headers.computeIfAbsent(lines[i].substring(0, colon).trim(), k -> new java.util.ArrayList<>())
          .add(lines[i].substring(colon + 1).trim());
    }
    String rest = answer.substring(end + 4);
    if (headers.getOrDefault("Transfer-Encoding", List.of("")).get(0).equalsIgnoreCase("chunked")) {
      StringBuilder body = new StringBuilder();
      int at = 0;
      while (true) {
        int eol = rest.indexOf("\r\n", at);
        int size = Integer.parseInt(rest.substring(at, eol).trim(), 16);
        if (size == 0) {
          break;
        }
        body.append(rest, eol + 2, eol + 2 + size);
        at = eol + 2 + size + 2;
      }
      rest = body.toString();
    }
    int status = Integer.parseInt(lines[0].split(" ")[1]);
    return new Response(status, headers.getOrDefault("Content-Type", List.of("")).get(0),
        rest.getBytes(StandardCharsets.ISO_8859_1), headers);
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
