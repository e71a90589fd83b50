package io.charterassurance.benchmarks;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * A load test of {@code charter serve} on this machine: N clients, each sending one submission to
 * {@code POST /assessments} after another for a fixed time, at each N given; prints requests per
 * second and latency percentiles as a Markdown table (docs/performance.md). Only a loopback
 * address is accepted as the target, and every run stops by itself: after {@code --seconds} or
 * {@code --max-requests} at each level, whichever comes first.
 *
 * <pre>
 * ./charter serve --port 8080 &amp;
 * java -cp charter-benchmarks/target/benchmarks.jar io.charterassurance.benchmarks.ServerLoad \
 *     --url http://127.0.0.1:8080/ --file charter-examples/evidence/hwb-tower-hamlets.json
 * </pre>
 */
@Command(name = "server-load", mixinStandardHelpOptions = true,
    description = "Load-test charter serve on this machine: requests per second and p50/p99 latency at each number of clients.")
public final class ServerLoad implements Callable<Integer> {
  @Option(names = "--url", required = true, description = "The service's base URL; its host must be a loopback address.")
  URI url;

  @Option(names = "--file", required = true, description = "The submission to send (JSON).")
  Path file;

  @Option(names = "--clients", split = ",", defaultValue = "1,8,64", description = "Numbers of concurrent clients (default: ${DEFAULT-VALUE}).")
  List<Integer> clients = new ArrayList<>();

  @Option(names = "--seconds", defaultValue = "20", description = "Seconds measured at each level (default: ${DEFAULT-VALUE}).")
  int seconds;

  @Option(names = "--warmup", defaultValue = "10", description = "Seconds of warm-up at 8 clients first, not measured (default: ${DEFAULT-VALUE}).")
  int warmup;

  @Option(names = "--max-requests", defaultValue = "1000000", description = "A bound on the requests at each level (default: ${DEFAULT-VALUE}).")
  long maxRequests;

  @Option(names = "--accept", defaultValue = "application/json", description = "The Accept header: the report's format (default: ${DEFAULT-VALUE}).")
  String accept;

  /** What one level measured. */
  record Result(int clients, long requests, long errors, double seconds, long[] latenciesNanos) {
    double perSecond() {
      return requests / seconds;
    }

    double percentileMillis(double p) {
      if (latenciesNanos.length == 0) {
        return Double.NaN;
      }
      int rank = (int) Math.ceil(p / 100 * latenciesNanos.length);
      return latenciesNanos[Math.max(0, Math.min(latenciesNanos.length - 1, rank - 1))] / 1e6;
    }
  }

  public static void main(String[] args) {
    System.exit(new CommandLine(new ServerLoad()).execute(args));
  }

  @Override
  public Integer call() throws Exception {
    PrintWriter out = new PrintWriter(System.out, true);
    InetAddress host = InetAddress.getByName(url.getHost());
    if (!host.isLoopbackAddress()) {
      System.err.println("server-load: " + url.getHost() + " is not a loopback address; this test only loads this machine");
      return 2;
    }
    byte[] body = Files.readAllBytes(file);
    HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(Duration.ofSeconds(10)).build();
    HttpRequest request = HttpRequest.newBuilder(url.resolve("/assessments")).timeout(Duration.ofSeconds(60))
        .header("Content-Type", "application/json").header("Accept", accept)
        .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
    HttpResponse<byte[]> probe = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
    if (probe.statusCode() != 200) {
      System.err.println("server-load: the service answered " + probe.statusCode() + ": "
          + new String(probe.body(), java.nio.charset.StandardCharsets.UTF_8));
      return 2;
    }
    out.printf(Locale.ROOT, "POST %s, %s (%,d bytes), Accept: %s; report %,d bytes%n", request.uri(), file.getFileName(),
        body.length, accept, probe.body().length);
    if (warmup > 0) {
      run(client, request, 8, warmup, maxRequests);
    }
    out.println("| clients | requests | errors | requests/s | p50 ms | p90 ms | p99 ms | max ms |");
    out.println("|---:|---:|---:|---:|---:|---:|---:|---:|");
    for (int n : clients) {
      Result r = run(client, request, n, seconds, maxRequests);
      out.printf(Locale.ROOT, "| %d | %,d | %d | %.1f | %.1f | %.1f | %.1f | %.1f |%n", r.clients(), r.requests(), r.errors(),
          r.perSecond(), r.percentileMillis(50), r.percentileMillis(90), r.percentileMillis(99), r.percentileMillis(100));
    }
    return 0;
  }

  /** {@code n} clients sending one request after another for {@code seconds}, or until {@code max} have been sent. */
  static Result run(HttpClient client, HttpRequest request, int n, int seconds, long max) throws Exception {
    long deadline = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
    AtomicLong sent = new AtomicLong();
    AtomicLong errors = new AtomicLong();
    ExecutorService pool = Executors.newFixedThreadPool(n);
    long start = System.nanoTime();
    try {
      List<Future<long[]>> clients = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        clients.add(pool.submit(() -> {
          long[] latencies = new long[1024];
          int count = 0;
          while (System.nanoTime() < deadline && sent.incrementAndGet() <= max) {
            long t0 = System.nanoTime();
            try {
              HttpResponse<Void> r = client.send(request, HttpResponse.BodyHandlers.discarding());
              if (r.statusCode() != 200) {
                errors.incrementAndGet();
              }
            } catch (IOException e) {
              errors.incrementAndGet();
            }
            if (count == latencies.length) {
              latencies = Arrays.copyOf(latencies, count * 2);
            }
            latencies[count++] = System.nanoTime() - t0;
          }
          return Arrays.copyOf(latencies, count);
        }));
      }
      long[] all = new long[0];
      for (Future<long[]> c : clients) {
        long[] mine = c.get();
        long[] merged = Arrays.copyOf(all, all.length + mine.length);
        System.arraycopy(mine, 0, merged, all.length, mine.length);
        all = merged;
      }
      double elapsed = (System.nanoTime() - start) / 1e9;
      Arrays.sort(all);
      return new Result(n, all.length, errors.get(), elapsed, all);
    } finally {
      pool.shutdownNow();
    }
  }
}
