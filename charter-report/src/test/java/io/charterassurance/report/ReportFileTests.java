package io.charterassurance.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.charterassurance.model.report.Report;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link ReportWriter#write(List, Path)} and {@link ReportFile}: a report file replaces what it
 * should, keeps what a user expects of a file, and never leaves half of itself behind.
 */
class ReportFileTests {
  private static final List<Report> REPORTS = List.of(Reports.of("hwb-strong.json"));
  private static final ReportWriter CSV = ReportWriter.of(ReportFormat.CSV);

  @TempDir Path dir;

  private List<String> hidden() throws Exception {
    try (Stream<Path> files = Files.list(dir)) {
      return files.map(f -> f.getFileName().toString()).filter(n -> n.startsWith(".")).sorted().toList();
    }
  }

  private static String mode(Path file) throws Exception {
    return PosixFilePermissions.toString(Files.getPosixFilePermissions(file, LinkOption.NOFOLLOW_LINKS));
  }

  private static long finishedPid() throws Exception {
    Process p = new ProcessBuilder("true").start();
    p.waitFor();
    return p.pid();
  }

  @Test
  void writesTheReportAndLeavesNoTemporaryBehind() throws Exception {
    Path out = dir.resolve("readiness.csv");
    CSV.write(REPORTS, out);
    assertThat(Files.readAllBytes(out)).isEqualTo(CSV.bytes(REPORTS));
    assertThat(hidden()).isEmpty();
  }

  @Test
  void aNewFileGetsThePermissionsTheUmaskGivesAnyNewFileNotOwnerOnly() throws Exception {
    Path plain = dir.resolve("plain.txt");
    try (OutputStream o = Files.newOutputStream(plain)) {
      o.write('x');
    }
    Path out = dir.resolve("readiness.csv");
    CSV.write(REPORTS, out);
    assertThat(mode(out)).isEqualTo(mode(plain));
  }

  @Test
  void aReplacedFileKeepsItsPermissions() throws Exception {
    Path out = dir.resolve("readiness.csv");
    Files.writeString(out, "old");
    Files.setPosixFilePermissions(out, PosixFilePermissions.fromString("rw-r-----"));
    CSV.write(REPORTS, out);
    assertThat(mode(out)).isEqualTo("rw-r-----");
    assertThat(Files.readAllBytes(out)).isEqualTo(CSV.bytes(REPORTS));
  }

  @Test
  void aSymbolicLinkStaysALinkAndTheFileItPointsToGetsTheReport() throws Exception {
    Path real = Files.createDirectory(dir.resolve("published")).resolve("readiness.csv");
    Files.writeString(real, "old");
    Path link = Files.createSymbolicLink(dir.resolve("latest.csv"), real);
    CSV.write(REPORTS, link);
    assertThat(Files.isSymbolicLink(link)).isTrue();
    assertThat(Files.readAllBytes(real)).isEqualTo(CSV.bytes(REPORTS));
  }

  @Test
  void aDanglingLinkCreatesTheFileItNames() throws Exception {
    Path real = dir.resolve("new.csv");
    Path link = Files.createSymbolicLink(dir.resolve("latest.csv"), real);
    CSV.write(REPORTS, link);
    assertThat(Files.isSymbolicLink(link)).isTrue();
    assertThat(Files.readAllBytes(real)).isEqualTo(CSV.bytes(REPORTS));
  }

  @Test
  void aTemporaryLeftByAKilledRunIsRemovedByTheNextWriteIntoTheDirectory() throws Exception {
    Files.writeString(dir.resolve(".readiness.csv.charter-" + finishedPid() + "-k3x9.tmp"), "code,na");
    Files.writeString(dir.resolve(".readiness.csv8145713914066404571.tmp"), "code,na");
    CSV.write(REPORTS, dir.resolve("readiness.csv"));
    assertThat(hidden()).isEmpty();
  }

  @Test
  void filesMadeReadyGoInPlaceOnlyWhenCommittedAndCloseRemovesTheRest() throws Exception {
    ReportFile first = ReportFile.open(dir.resolve("a.csv"), List.of());
    ReportFile second = ReportFile.openAnother(dir.resolve("b.csv"), List.of());
    first.stream().write(CSV.bytes(REPORTS));
    first.ready();
    second.stream().write(CSV.bytes(REPORTS));
    second.ready();
    assertThatThrownBy(first::stream).isInstanceOf(IllegalStateException.class);
    assertThat(Files.exists(dir.resolve("a.csv"))).isFalse();
    assertThat(hidden()).hasSize(2);
    first.commit();
    second.close();
    assertThat(Files.readAllBytes(dir.resolve("a.csv"))).isEqualTo(CSV.bytes(REPORTS));
    assertThat(Files.exists(dir.resolve("b.csv"))).isFalse();
    assertThat(hidden()).isEmpty();
  }

  @Test
  void openAnotherLeavesOtherTemporariesToTheFirstOpen() throws Exception {
    Path stale = dir.resolve(".readiness.csv.charter-" + finishedPid() + "-k3x9.tmp");
    Files.writeString(stale, "code,na");
    ReportFile.openAnother(dir.resolve("readiness.csv"), List.of()).close();
    assertThat(hidden()).containsExactly(stale.getFileName().toString());
    ReportFile.open(dir.resolve("other.csv"), List.of()).close();
    assertThat(hidden()).isEmpty();
  }

  @Test
  void aRunningProcesssTemporaryIsLeftAlone() throws Exception {
    Path live = dir.resolve(".other.csv.charter-" + ProcessHandle.current().parent().orElseThrow().pid() + "-a1.tmp");
    Files.writeString(live, "in progress");
    CSV.write(REPORTS, dir.resolve("readiness.csv"));
    assertThat(hidden()).containsExactly(live.getFileName().toString());
  }

  @Test
  void aDirectoryIsRefusedInWords() throws Exception {
    Path folder = Files.createDirectory(dir.resolve("readiness.csv"));
    assertThatThrownBy(() -> CSV.write(REPORTS, folder))
        .isInstanceOf(ReportFile.Refused.class)
        .hasMessage("it is a directory");
  }

  @Test
  void aMissingDirectoryIsRefusedInWords() {
    assertThatThrownBy(() -> CSV.write(REPORTS, dir.resolve("no/such/readiness.csv")))
        .isInstanceOf(ReportFile.Refused.class)
        .hasMessage("its directory does not exist");
  }

  @Test
  void anInputIsNeverReplaced() throws Exception {
    Path submission = dir.resolve("hwb.json");
    Files.writeString(submission, "{}");
    Path alias = Files.createSymbolicLink(dir.resolve("report.json"), submission);
    assertThatThrownBy(() -> ReportFile.open(alias, List.of(submission)))
        .isInstanceOf(ReportFile.Refused.class)
        .hasMessageContaining("the report would replace it");
    assertThat(Files.readString(submission)).isEqualTo("{}");
    assertThat(hidden()).isEmpty();
  }

  @Test
  void closingWithoutWritingKeepsTheOldFileAndRemovesTheTemporary() throws Exception {
    Path out = dir.resolve("readiness.csv");
    Files.writeString(out, "old");
    try (ReportFile file = ReportFile.open(out, List.of())) {
      assertThat(hidden()).hasSize(1);
      assertThat(file.target()).isEqualTo(out.toRealPath());
    }
    assertThat(hidden()).isEmpty();
    assertThat(Files.readString(out)).isEqualTo("old");
  }

  @Test
  void aChainOfLinksThatLoopsIsRefusedNotFollowedForever() throws Exception {
    Path a = dir.resolve("a.csv");
    Path b = dir.resolve("b.csv");
    Files.createSymbolicLink(a, b);
    Files.createSymbolicLink(b, a);
    assertThatThrownBy(() -> CSV.write(REPORTS, a))
        .isInstanceOf(ReportFile.Refused.class)
        .hasMessageContaining("a chain of more than 40 symbolic links");
  }

  @Nested
  class Streamed {
    private final List<Report> many = List.of(Reports.of("icb-strong.json"), Reports.of("hwb-strong.json"),
        Fixtures.invalid());
    private final List<String> sources = List.of("icb.json", "hwb.json", "bad.json");

    @Test
    void aBatchStreamedIntoTheFileAndCommittedIsTheWholeReport() throws Exception {
      Path out = dir.resolve("readiness.html");
      ReportWriter html = ReportWriter.of(ReportFormat.HTML);
      try (ReportFile file = ReportFile.open(out, List.of())) {
        try (ReportWriter.Batch batch = html.open(file.stream())) {
          for (int i = 0; i < many.size(); i++) {
            batch.add(many.get(i), sources.get(i));
          }
        }
        assertThat(out).doesNotExist();
        file.commit();
      }
      assertThat(Files.readAllBytes(out)).isEqualTo(html.withSources(sources).bytes(many));
      assertThat(hidden()).isEmpty();
    }

    @Test
    void nobodySeesTheReportBeforeItIsCommitted() throws Exception {
      Path out = dir.resolve("readiness.csv");
      Files.writeString(out, "old");
      try (ReportFile file = ReportFile.open(out, List.of())) {
        file.stream().write(CSV.bytes(REPORTS));
        file.stream().flush();
        assertThat(Files.readString(out)).isEqualTo("old");
        file.commit();
      }
      assertThat(Files.readAllBytes(out)).isEqualTo(CSV.bytes(REPORTS));
    }

    @Test
    void aRunThatFailsHalfWayKeepsTheOldFileAndRemovesTheTemporary() throws Exception {
      Path out = dir.resolve("readiness.csv");
      Files.writeString(out, "old");
      Files.setPosixFilePermissions(out, PosixFilePermissions.fromString("rw-r-----"));
      assertThatThrownBy(() -> {
        try (ReportFile file = ReportFile.open(out, List.of());
            ReportWriter.Batch batch = CSV.open(file.stream())) {
          batch.add(many.get(0), "icb.json");
          file.stream().flush();
          assertThat(hidden()).hasSize(1);
          throw new IllegalStateException("the assessor failed on the second submission");
        }
      }).isInstanceOf(IllegalStateException.class).hasMessage("the assessor failed on the second submission");
      assertThat(Files.readString(out)).isEqualTo("old");
      assertThat(mode(out)).isEqualTo("rw-r-----");
      assertThat(hidden()).isEmpty();
    }

    @Test
    void aTemporaryThatWentAwayIsAnIOExceptionAndTheOldFileIsKept() throws Exception {
      Path out = dir.resolve("readiness.csv");
      Files.writeString(out, "old");
      try (ReportFile file = ReportFile.open(out, List.of())) {
        OutputStream stream = file.stream();
        Files.delete(dir.resolve(hidden().get(0)));
        stream.write(CSV.bytes(REPORTS));
        assertThatThrownBy(file::commit).isInstanceOf(java.io.IOException.class);
      }
      assertThat(Files.readString(out)).isEqualTo("old");
      assertThat(hidden()).isEmpty();
    }

    @Test
    void closingTheStreamOnlyFlushesIt() throws Exception {
      Path out = dir.resolve("readiness.csv");
      try (ReportFile file = ReportFile.open(out, List.of())) {
        file.stream().write('a');
        file.stream().close();
        file.stream().write('b');
        file.commit();
      }
      assertThat(Files.readString(out)).isEqualTo("ab");
    }

    @Test
    void afterCommitOrCloseTheFileCannotBeWrittenAgain() throws Exception {
      Path out = dir.resolve("readiness.csv");
      ReportFile file = ReportFile.open(out, List.of());
      file.commit();
      assertThat(Files.readString(out)).isEmpty();
      assertThatThrownBy(file::stream).isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("already committed or closed");
      assertThatThrownBy(() -> file.write(new byte[] {1})).isInstanceOf(IllegalStateException.class);
      file.close();
      assertThat(hidden()).isEmpty();
    }

    @Test
    void aCharacterDeviceIsStreamedStraightInto() throws Exception {
      Path devNull = Path.of("/dev/null");
      try (ReportFile file = ReportFile.open(devNull, List.of())) {
        try (ReportWriter.Batch batch = CSV.open(file.stream())) {
          batch.add(many.get(0), "");
        }
        file.commit();
      }
      assertThat(Files.isRegularFile(devNull)).isFalse();
    }
  }
}
