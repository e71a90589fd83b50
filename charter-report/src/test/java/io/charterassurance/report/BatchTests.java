package io.charterassurance.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.charterassurance.model.report.Report;
import java.io.ByteArrayOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link ReportWriter#open}: a batch writes, one report at a time, exactly the bytes the whole list
 * gave, in every format, for any number of reports, whatever they say, whether the rendered reports
 * stay in memory or go to a temporary file; and it leaves no temporary file behind.
 */
class BatchTests {
  /** Reports of every kind: assessed and invalid, real and built, plain and hostile. */
  private static final List<Report> REPORTS = reports();
  /** A file name for each report: none, ordinary, absolute, Windows, hostile. */
  private static final List<String> SOURCES = sources(REPORTS.size());
  private static final int MOST = 6;

  private static List<Report> reports() {
    List<Report> reports = new ArrayList<>();
    reports.add(Reports.of("icb-strong.json"));
    reports.add(Fixtures.invalid());
    reports.add(Hostile.report(Hostile.ALL));
    reports.add(Hostile.invalid(Hostile.ALL));
    reports.add(Reports.appliedWaiver());
    reports.add(Reports.of("hwb-strong.json"));
    Random shape = new Random(20261203);
    Random strings = new Random(20261204);
    for (int i = 0; i < 40; i++) {
      reports.add(Hostile.report(shape, () -> Hostile.text(strings), i % 5 == 0));
    }
    return List.copyOf(reports);
  }

  private static List<String> sources(int count) {
    Random random = new Random(7);
    List<String> sources = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      sources.add(switch (i % 5) {
        case 0 -> "";
        case 1 -> "submissions/icb-" + i + ".json";
        case 2 -> "/srv/charter/in/" + i + ".yaml";
        case 3 -> "C:\\charter\\" + i + ".json";
        default -> Hostile.text(random) + ".json";
      });
    }
    return List.copyOf(sources);
  }

  static Stream<Arguments> formatsAndCounts() {
    List<Arguments> cases = new ArrayList<>();
    for (ReportFormat format : ReportFormat.values()) {
      for (int n = 0; n <= MOST; n++) {
        cases.add(Arguments.of(format, n));
      }
    }
    return cases.stream();
  }

  /** What a batch of the first {@code n} reports writes, keeping {@code spillAfter} bytes in memory. */
  private static byte[] batch(ReportFormat format, List<Report> reports, List<String> sources, int spillAfter)
      throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ReportWriter.Batch batch = ReportWriter.of(format).open(out, spillAfter)) {
      for (int i = 0; i < reports.size(); i++) {
        batch.add(reports.get(i), sources.get(i));
      }
    }
    return out.toByteArray();
  }

  /** Byte for byte, shown as Latin-1 (one character a byte) so that a difference is readable. */
  private static void assertSameBytes(byte[] actual, byte[] expected) {
    assertThat(new String(actual, StandardCharsets.ISO_8859_1))
        .isEqualTo(new String(expected, StandardCharsets.ISO_8859_1));
  }

  /** The spill files this process has in the temporary directory. */
  private static List<Path> spills() throws IOException {
    try (Stream<Path> files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
      return files.filter(f -> f.getFileName().toString().startsWith(Spill.prefix())).toList();
    }
  }

  @Nested
  class TheSameBytesAsTheWholeList {
    @ParameterizedTest(name = "{0}, {1} reports")
    @MethodSource("io.charterassurance.report.BatchTests#formatsAndCounts")
    void inMemoryAndSpilled(ReportFormat format, int n) throws IOException {
      List<Report> reports = REPORTS.subList(0, n);
      List<String> sources = SOURCES.subList(0, n);
      if (n == 0) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ReportWriter.Batch batch = ReportWriter.of(format).open(out);
        assertThatThrownBy(batch::close).isInstanceOf(IllegalStateException.class)
            .hasMessage("no report was added: there is nothing to write");
        assertThat(out.size()).isZero();
        assertThatThrownBy(() -> ReportWriter.of(format).bytes(reports)).isInstanceOf(IllegalArgumentException.class)
            .hasMessage("reports is empty: there is nothing to write");
        return;
      }
      byte[] whole = WholeDocument.bytes(format, reports, sources);
      assertSameBytes(batch(format, reports, sources, Spill.IN_MEMORY), whole);
      assertSameBytes(batch(format, reports, sources, 0), whole);
      assertSameBytes(ReportWriter.of(format).withSources(sources).bytes(reports), whole);
      assertThat(spills()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(ReportFormat.class)
    void forEveryReportAtOnce(ReportFormat format) throws IOException {
      byte[] whole = WholeDocument.bytes(format, REPORTS, SOURCES);
      assertSameBytes(batch(format, REPORTS, SOURCES, Spill.IN_MEMORY), whole);
      assertSameBytes(batch(format, REPORTS, SOURCES, 1_000), whole);
    }

    @ParameterizedTest
    @EnumSource(ReportFormat.class)
    void withoutSources(ReportFormat format) throws IOException {
      List<Report> reports = REPORTS.subList(0, 3);
      List<String> none = List.of("", "", "");
      byte[] whole = WholeDocument.bytes(format, reports, none);
      assertSameBytes(batch(format, reports, none, 0), whole);
      assertSameBytes(ReportWriter.of(format).bytes(reports), whole);
    }
  }

  @Nested
  class Streaming {
    /** A stream that counts what reached it. */
    private static final class Counting extends FilterOutputStream {
      long written;

      Counting() {
        super(OutputStream.nullOutputStream());
      }

      @Override
      public void write(byte[] b, int off, int len) {
        written += len;
      }

      @Override
      public void write(int b) {
        written++;
      }
    }

    @ParameterizedTest
    @EnumSource(value = ReportFormat.class, names = {"TEXT", "CSV", "SARIF"})
    void writesEachReportAsItComes(ReportFormat format) throws IOException {
      Counting out = new Counting();
      try (ReportWriter.Batch batch = ReportWriter.of(format).open(out)) {
        long before = out.written;
        batch.add(REPORTS.get(0), SOURCES.get(0));
        assertThat(out.written).isGreaterThan(before);
        before = out.written;
        batch.add(REPORTS.get(1), SOURCES.get(1));
        assertThat(out.written).isGreaterThan(before);
      }
    }

    @Test
    void jsonHoldsOnlyTheFirstReportThenWritesEachAsItComes() throws IOException {
      Counting out = new Counting();
      try (ReportWriter.Batch batch = ReportWriter.of(ReportFormat.JSON).open(out)) {
        batch.add(REPORTS.get(0), "");
        assertThat(out.written).isZero();
        batch.add(REPORTS.get(1), "");
        long two = out.written;
        assertThat(two).isPositive();
        batch.add(REPORTS.get(2), "");
        assertThat(out.written).isGreaterThan(two);
      }
    }

    @ParameterizedTest
    @EnumSource(value = ReportFormat.class, names = {"JUNIT", "HTML"})
    void aFormatThatOpensWithTotalsSpillsTheReportsToATemporaryFileDeletedOnClose(ReportFormat format)
        throws IOException {
      Counting out = new Counting();
      List<Path> before = spills();
      ReportWriter.Batch batch = ReportWriter.of(format).open(out, 0);
      try {
        batch.add(REPORTS.get(0), SOURCES.get(0));
        batch.add(REPORTS.get(1), SOURCES.get(1));
        assertThat(out.written).isZero();
        List<Path> spilled = new java.util.ArrayList<>(spills());
        spilled.removeAll(before);
        assertThat(spilled).hasSize(1);
        assertThat(Files.getPosixFilePermissions(spilled.get(0))).containsExactlyInAnyOrder(
            java.nio.file.attribute.PosixFilePermission.OWNER_READ, java.nio.file.attribute.PosixFilePermission.OWNER_WRITE);
      } finally {
        batch.close();
      }
      assertThat(out.written).isPositive();
      assertThat(spills()).isSubsetOf(before);
    }
  }

  @Nested
  class WhenTheStreamFails {
    /** A stream that fails every write, as a full disk does. */
    private static OutputStream full() {
      return new OutputStream() {
        @Override
        public void write(int b) throws IOException {
          throw new IOException("No space left on device");
        }
      };
    }

    @ParameterizedTest
    @EnumSource(ReportFormat.class)
    void theFailureIsThrownAndNoTemporaryFileIsLeft(ReportFormat format) throws IOException {
      ReportWriter.Batch batch = ReportWriter.of(format).open(full(), 0);
      assertThatThrownBy(() -> {
        try (batch) {
          batch.add(REPORTS.get(0), "");
          batch.add(REPORTS.get(2), "");
        }
      }).isInstanceOf(IOException.class).hasMessageContaining("No space left on device");
      assertThat(spills()).isEmpty();
      assertThatThrownBy(() -> batch.add(REPORTS.get(0), "")).isInstanceOf(IllegalStateException.class)
          .hasMessage("the batch is closed");
    }

    @Test
    void aReportAfterAFailedOneIsRefusedAndClosingWritesNothingMore() throws IOException {
      ByteArrayOutputStream written = new ByteArrayOutputStream();
      boolean[] fail = {false};
      OutputStream out = new FilterOutputStream(written) {
        @Override
        public void write(byte[] b, int off, int len) throws IOException {
          if (fail[0]) {
            throw new IOException("the disk went away");
          }
          written.write(b, off, len);
        }
      };
      ReportWriter.Batch batch = ReportWriter.of(ReportFormat.TEXT).open(out);
      batch.add(REPORTS.get(0), "");
      int size = written.size();
      fail[0] = true;
      assertThatThrownBy(() -> batch.add(REPORTS.get(1), "")).isInstanceOf(IOException.class);
      fail[0] = false;
      assertThatThrownBy(() -> batch.add(REPORTS.get(1), "")).isInstanceOf(IllegalStateException.class)
          .hasMessage("an earlier report could not be added: the batch cannot go on");
      batch.close();
      assertThat(written.size()).isEqualTo(size);
    }
  }

  @Nested
  class Misuse {
    @Test
    void closingTwiceEndsTheDocumentOnce() throws IOException {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      ReportWriter.Batch batch = ReportWriter.of(ReportFormat.JSON).open(out);
      batch.add(REPORTS.get(0), "");
      batch.close();
      int size = out.size();
      batch.close();
      assertThat(out.size()).isEqualTo(size);
    }

    @Test
    void nullsAreRefusedWithTheirName() {
      ReportWriter.Batch batch = ReportWriter.of(ReportFormat.CSV).open(new ByteArrayOutputStream());
      assertThatThrownBy(() -> batch.add(null, "")).isInstanceOf(NullPointerException.class).hasMessage("report");
      assertThatThrownBy(() -> batch.add(REPORTS.get(0), null)).isInstanceOf(NullPointerException.class)
          .hasMessage("source");
      assertThatThrownBy(() -> ReportWriter.of(ReportFormat.CSV).open(null)).isInstanceOf(NullPointerException.class)
          .hasMessage("out");
    }

    @Test
    void theStreamIsFlushedNotClosed() throws IOException {
      boolean[] closed = {false};
      ByteArrayOutputStream written = new ByteArrayOutputStream();
      OutputStream out = new FilterOutputStream(written) {
        @Override
        public void write(byte[] b, int off, int len) {
          written.write(b, off, len);
        }

        @Override
        public void close() {
          closed[0] = true;
        }
      };
      for (ReportFormat format : ReportFormat.values()) {
        try (ReportWriter.Batch batch = ReportWriter.of(format).open(out)) {
          batch.add(REPORTS.get(0), "");
        }
      }
      assertThat(closed[0]).isFalse();
    }
  }
}
