package io.charterassurance.benchmarks;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.runner.options.VerboseMode;

/**
 * The speed targets in one command: parse, read, assess and read-and-assess of a 100-item
 * submission side by side on one thread, assessments per second on 1 and 2 threads, and assess at
 * 1,000 and 10,000 items, all in one run so the ratios compare like with like on a noisy machine.
 * Prints a Markdown table and the ratios against the targets in docs/performance.md.
 *
 * <pre>java -cp charter-benchmarks/target/benchmarks.jar io.charterassurance.benchmarks.Compare [forks]</pre>
 */
public final class Compare {
  private static final String BENCH = AssessmentBenchmark.class.getName() + ".";

  private Compare() {}

  public static void main(String[] args) throws RunnerException {
    int forks = args.length > 0 ? Integer.parseInt(args[0]) : 1;
    System.out.printf(
        Locale.ROOT,
        "# %s; Java %s; %d cores; load average at start %s; %d fork(s), 5 x 2 s warm-up, 5 x 2 s measured%n",
        Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS),
        System.getProperty("java.version"),
        Runtime.getRuntime().availableProcessors(),
        loadAverage(),
        forks);

    List<Row> rows = new ArrayList<>();
    // One thread, microseconds per submission, 100 items.
    Collection<RunResult> single =
        run(base(forks)
            .include(BENCH + "(parse|read|assess|readAndAssess)$")
            .mode(org.openjdk.jmh.annotations.Mode.AverageTime)
            .timeUnit(TimeUnit.MICROSECONDS)
            .threads(1)
            .param("items", "100"));
    double parse = score(single, "parse", "100");
    double read = score(single, "read", "100");
    double assess = score(single, "assess", "100");
    double readAndAssess = score(single, "readAndAssess", "100");
    for (String name : List.of("parse", "read", "assess", "readAndAssess")) {
      rows.add(new Row(name + ", 100 items, 1 thread", find(single, name, "100"), "µs/op"));
    }

    // Throughput on 1 and 2 threads.
    double[] assessPerSecond = new double[3];
    double[] parsePerSecond = new double[3];
    for (int threads = 1; threads <= 2; threads++) {
      Collection<RunResult> through =
          run(base(forks)
              .include(BENCH + "(parse|assess)$")
              .mode(org.openjdk.jmh.annotations.Mode.Throughput)
              .timeUnit(TimeUnit.SECONDS)
              .threads(threads)
              .param("items", "100"));
      assessPerSecond[threads] = score(through, "assess", "100");
      parsePerSecond[threads] = score(through, "parse", "100");
      rows.add(new Row("parse, 100 items, " + threads + " thread(s)", find(through, "parse", "100"), "ops/s"));
      rows.add(new Row("assess, 100 items, " + threads + " thread(s)", find(through, "assess", "100"), "ops/s"));
    }

    // Linearity in evidence count.
    Collection<RunResult> sizes =
        run(base(forks)
            .include(BENCH + "assess$")
            .mode(org.openjdk.jmh.annotations.Mode.AverageTime)
            .timeUnit(TimeUnit.MICROSECONDS)
            .threads(1)
            .param("items", "1000", "10000"));
    double thousand = score(sizes, "assess", "1000");
    double tenThousand = score(sizes, "assess", "10000");
    rows.add(new Row("assess, 1,000 items, 1 thread", find(sizes, "assess", "1000"), "µs/op"));
    rows.add(new Row("assess, 10,000 items, 1 thread", find(sizes, "assess", "10000"), "µs/op"));

    System.out.println();
    System.out.println("| benchmark | score | error (99.9%) | unit |");
    System.out.println("|---|---:|---:|---|");
    for (Row row : rows) {
      Result<?> r = row.result();
      System.out.printf(Locale.ROOT, "| %s | %,.1f | %,.1f | %s |%n", row.name(), r.getScore(), r.getScoreError(), row.unit());
    }
    System.out.println();
    System.out.println("| ratio | measured | target | met |");
    System.out.println("|---|---:|---:|---|");
    ratio("assess / parse (1 thread)", assess / parse, "≤ 1.0", assess / parse <= 1.0);
    ratio("read / parse", read / parse, "—", true);
    ratio("(read + assess) / parse", readAndAssess / parse, "≤ 2.0", readAndAssess / parse <= 2.0);
    ratio("assessments per second, 2 threads", assessPerSecond[2], "≥ 20,000", assessPerSecond[2] >= 20_000);
    ratio("2-thread / 1-thread assess throughput", assessPerSecond[2] / assessPerSecond[1], "≈ 2 (near-linear)",
        assessPerSecond[2] / assessPerSecond[1] >= 1.8);
    ratio("2-thread / 1-thread parse throughput (for comparison)", parsePerSecond[2] / parsePerSecond[1], "—", true);
    ratio("assess 10,000 items / 1,000 items", tenThousand / thousand, "≤ 12", tenThousand / thousand <= 12);
  }

  private static ChainedOptionsBuilder base(int forks) {
    return new OptionsBuilder()
        .forks(forks)
        .warmupIterations(5)
        .warmupTime(TimeValue.seconds(2))
        .measurementIterations(5)
        .measurementTime(TimeValue.seconds(2))
        .verbosity(VerboseMode.SILENT)
        .shouldFailOnError(true);
  }

  private static Collection<RunResult> run(ChainedOptionsBuilder options) throws RunnerException {
    return new Runner(options.build()).run();
  }

  private static RunResult find(Collection<RunResult> results, String method, String items) {
    for (RunResult result : results) {
      String label = result.getParams().getBenchmark();
      if (label.equals(BENCH + method) && items.equals(result.getParams().getParam("items"))) {
        return result;
      }
    }
    throw new IllegalStateException("no result for " + method + " at " + items + " items");
  }

  private static double score(Collection<RunResult> results, String method, String items) {
    return find(results, method, items).getPrimaryResult().getScore();
  }

  private static void ratio(String name, double value, String target, boolean met) {
    System.out.printf(Locale.ROOT, "| %s | %,.2f | %s | %s |%n", name, value, target, met ? "yes" : "no");
  }

  private static String loadAverage() {
    try {
      return java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).split(" ")[0];
    } catch (java.io.IOException | RuntimeException e) {
      return "unknown";
    }
  }

  private record Row(String name, RunResult run, String unit) {
    Result<?> result() {
      return run.getPrimaryResult();
    }
  }
}
