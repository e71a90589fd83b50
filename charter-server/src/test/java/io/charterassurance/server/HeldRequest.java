package io.charterassurance.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;

/**
 * A POST that stays in flight as long as a test needs: its headers and the first half of its body
 * are sent at once (the service starts handling it), the rest only on {@link #finish()}. Written on
 * a socket, as java.net.http sends nothing of a streamed body until it can read past where it is held.
 */
final class HeldRequest implements AutoCloseable {
  private final Socket socket;
  private final byte[] rest;

  HeldRequest(URI base, String path, byte[] body) throws IOException {
    socket = new Socket(base.getHost(), base.getPort());
    socket.setSoTimeout(60_000);
    int half = body.length / 2;
    rest = java.util.Arrays.copyOfRange(body, half, body.length);
    OutputStream out = socket.getOutputStream();
    out.write(("POST " + path + " HTTP/1.1\r\nHost: " + base.getHost() + "\r\nContent-Type: application/json\r\n"
        + "Transfer-Encoding: chunked\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
    chunk(out, java.util.Arrays.copyOf(body, half));
    out.flush();
  }

  private static void chunk(OutputStream out, byte[] bytes) throws IOException {
    out.write((Integer.toHexString(bytes.length) + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
    out.write(bytes);
    out.write("\r\n".getBytes(StandardCharsets.ISO_8859_1));
  }

  /** Sends the rest of the body and reads the answer. */
  Http.Response finish() throws IOException {
    OutputStream out = socket.getOutputStream();
    chunk(out, rest);
    out.write("0\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
    out.flush();
    InputStream in = socket.getInputStream();
    return Http.parse(new String(in.readAllBytes(), StandardCharsets.ISO_8859_1));
  }

  @Override
  public void close() throws IOException {
    socket.close();
  }
}
