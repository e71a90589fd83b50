package io.charterassurance.benchmarks;

import io.charterassurance.rules.Assessor;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Cold start: building the standard assessor once in a fresh JVM (reading the catalogue and
 * policy, loading the precompiled rule base and checking it against them). Each fork measures
 * one build, so the figure is the first build's, not a warmed-up one's.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
@Fork(value = 5, jvmArgsAppend = "-Dorg.jboss.logging.provider=slf4j")
public class StartupBenchmark {
  /** {@code Assessor.standard()} on first use in a process (the rule base loading on a second thread meanwhile). */
  @Benchmark
  public Assessor standardAssessor() {
    return Assessor.standard();
  }
}
