package io.charterassurance.benchmarks;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.charterassurance.model.io.CharterJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Writes a directory of distinct, valid submissions for the batch memory benchmark
 * ({@code batch-memory.sh}): each is {@link AssessmentBenchmark#submissionWith} with its own
 * organisation code and name, so that every report differs.
 *
 * <pre>{@code
 * java -cp charter-benchmarks/target/benchmarks.jar io.charterassurance.benchmarks.BatchFiles DIR 10000 100
 * }</pre>
 */
public final class BatchFiles {
  private BatchFiles() {}

  /**
   * Writes the files.
   *
   * @param args the directory (created if missing), how many submissions (default 10,000) and how
   *     many evidence items each has (default 100)
   * @throws IOException if a file cannot be written
   */
  public static void main(String[] args) throws IOException {
    if (args.length < 1 || args.length > 3) {
      System.err.println("usage: BatchFiles DIR [COUNT] [ITEMS]");
      System.exit(2);
    }
    Path dir = Files.createDirectories(Path.of(args[0]));
    int count = args.length > 1 ? Integer.parseInt(args[1]) : 10_000;
    int items = args.length > 2 ? Integer.parseInt(args[2]) : 100;
    write(dir, count, items);
  }

  /** Writes {@code count} submissions of {@code items} evidence items into {@code dir}. */
  static void write(Path dir, int count, int items) throws IOException {
    ObjectNode base = (ObjectNode) CharterJson.json().readTree(AssessmentBenchmark.submissionWith(items));
    for (int i = 0; i < count; i++) {
      ObjectNode organisation = (ObjectNode) base.get("organisation");
      organisation.put("code", code(i));
      organisation.put("name", "NHS Batch Integrated Care Board " + (i + 1));
      Files.write(dir.resolve(String.format(Locale.ROOT, "submission-%05d.json", i + 1)),
          CharterJson.json().writeValueAsBytes(base));
    }
  }

  /** A distinct ODS-shaped code for submission {@code i}: Q followed by four base-36 digits. */
  static String code(int i) {
    String digits = Integer.toString(i, 36).toUpperCase(Locale.ROOT);
    return "Q" + "0".repeat(Math.max(0, 4 - digits.length())) + digits;
  }
}
