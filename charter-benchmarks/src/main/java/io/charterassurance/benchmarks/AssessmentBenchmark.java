package io.charterassurance.benchmarks;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.charterassurance.model.io.CharterJson;
import io.charterassurance.model.io.ReadResult;
import io.charterassurance.model.io.SubmissionReader;
import io.charterassurance.model.io.ValidatedSubmission;
import io.charterassurance.model.report.Report;
import io.charterassurance.model.submission.Submission;
import io.charterassurance.rules.Assessor;
import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Warm costs of one submission with {@code items} evidence items: parsing it with Jackson,
 * reading it (parse and validate), and assessing it with the shared rule base (which validates
 * again, runs the rules in a fresh stateless session, grades and scores).
 */
@State(Scope.Benchmark)
@BenchmarkMode({Mode.AverageTime, Mode.Throughput})
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 2, jvmArgsAppend = {"-Xms1g", "-Xmx1g", "-Dorg.jboss.logging.provider=slf4j"})
public class AssessmentBenchmark {
  @Param({"100"})
  int items;

  byte[] json;
  Submission submission;
  ValidatedSubmission validated;
  Assessor assessor;
  SubmissionReader reader;

  @Setup
  public void setUp() throws IOException {
    json = submissionWith(items);
    reader = SubmissionReader.create();
    ReadResult read = reader.read("bench.json", json);
    if (!read.isValid()) {
      throw new IllegalStateException("the generated submission is invalid: " + read.violations());
    }
    validated = read.valid().orElseThrow();
    submission = validated.submission();
    assessor = Assessor.standard();
    Report report = assessor.assess(submission);
    if (!report.isAssessed()) {
      throw new IllegalStateException("not assessed: " + report.violations());
    }
  }

  /** Jackson alone: bytes to the submission records. */
  @Benchmark
  public Submission parse() throws IOException {
    return CharterJson.json().readValue(json, Submission.class);
  }

  /** The boundary: parse and validate. */
  @Benchmark
  public ReadResult read() {
    return reader.read("bench.json", json);
  }

  /** A warm assessment of an already-read (validated) submission: the rules, grading and scoring. */
  @Benchmark
  public Report assess() {
    return assessor.assess(validated);
  }

  /** What a program with a file does: read (parse, validate, digest), then assess. */
  @Benchmark
  public Report readAndAssess() {
    return assessor.assess(reader.read("bench.json", json));
  }

  /** A submission built in code, which the assessor validates itself before assessing. */
  @Benchmark
  public Report assessUnvalidated() {
    return assessor.assess(submission);
  }

  /**
   * A submission of {@code count} items: the evidence of the bundled strong ICB scenario, repeated
   * with fresh ids and titles until there are {@code count}.
   */
  static byte[] submissionWith(int count) throws IOException {
    ObjectNode base;
    try (InputStream in = AssessmentBenchmark.class.getResourceAsStream("/icb-strong.json")) {
      base = (ObjectNode) CharterJson.json().readTree(in);
    }
    ArrayNode original = (ArrayNode) base.get("evidence");
    ArrayNode evidence = CharterJson.json().createArrayNode();
    java.util.Map<String, Integer> position = new java.util.HashMap<>();
    for (int k = 0; k < original.size(); k++) {
      position.put(original.get(k).get("id").asText(), k);
    }
    for (int i = 0; i < count; i++) {
      ObjectNode item = original.get(i % original.size()).deepCopy();
      item.put("id", item.get("id").asText() + "-" + i);
      if (item.has("evaluates")) {
        // An evaluation names the copy of its intervention in the same round, if that round has it.
        int round = i / original.size() * original.size();
        int target = round + position.get(item.get("evaluates").asText());
        item.put("evaluates", item.get("evaluates").asText() + "-" + (target < count ? target : target - original.size()));
      }
      ((ObjectNode) item.get("provenance")).put("title", item.get("provenance").get("title").asText() + " (" + i + ")");
      evidence.add(item);
    }
    base.set("evidence", evidence);
    return CharterJson.json().writeValueAsBytes(base);
  }
}
