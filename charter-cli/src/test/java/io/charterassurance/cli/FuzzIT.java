package io.charterassurance.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.charterassurance.model.io.CharterJson;
import io.charterassurance.model.io.ReadResult;
import io.charterassurance.model.io.SubmissionReader;
import io.charterassurance.model.report.Report;
import io.charterassurance.model.io.Violation;
import io.charterassurance.report.ReportFormat;
import io.charterassurance.report.ReportWriter;
import io.charterassurance.rules.Assessor;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;

/**
 * Seeded fuzzing through the public API, the way a hostile or careless submitter would: valid
 * submissions from the scenarios and examples, mutated in their values (hostile strings, huge
 * numbers, wrong types, dates with times, nulls, duplicates) and in their bytes (flips,
 * truncation, invalid UTF-8), then read, assessed and rendered in every format.
 *
 * <p>Nothing may throw; every output must be well-formed (JSON and SARIF parse, JUnit parses as
 * XML, CSV parses back to one record per report plus the header, HTML and text hold no raw
 * control or bidi characters). Runs for {@code fuzz.seconds} (60 by default) with the seed
 * printed; {@code -Dfuzz.seed=N} replays a run. Failing inputs are saved under
 * {@code target/fuzz-failures/}.
 */
class FuzzIT {
  private static final Assessor ASSESSOR = Assessor.standard();
  private static final SubmissionReader READER = SubmissionReader.create();
  private static final List<String> HOSTILE = List.of(
      "", " ", "\u0000", "\u001b[31mred\u001b[0m", "Tower \ud800 Hamlets", "\udfff", "\u202eevil\u202c", "\u2066x\u2069",
      "\u0085", "\u009b2J", "\r\noverwrite", "\ufffe", "\uffff", "<script>alert(1)</script>", "]]>", "&amp;&",
      "=HYPERLINK(\"http://x\")", "+1", "-1", "@SUM(A1)", "\"quoted\"", "a:b.json", "../../etc/passwd",
      "x".repeat(5_000), "\u00a360,000", "\uD83D\uDE00".repeat(3), "null", "2026-03-31T23:59:59Z", "1e999999999");
  private static final List<String> NUMBERS = List.of(
      "1e999999999", "1e-999999999", "-1", "0", "1.0000000000000000000001", "99999999999999999999999999", "NaN", "-0.0");

  @Test
  void nothingHostileCrashesOrBreaksAnOutput() throws Exception {
    long seed = Long.getLong("fuzz.seed", System.nanoTime());
    long seconds = Long.getLong("fuzz.seconds", 60);
    System.out.println("FuzzIT seed " + seed + " for " + seconds + " s (replay with -Dfuzz.seed=" + seed + ")");
    Random random = new Random(seed);
    List<byte[]> corpus = corpus();
    long end = System.nanoTime() + seconds * 1_000_000_000L;
    int cases = 0;
    List<String> failures = new ArrayList<>();
    while (System.nanoTime() < end && failures.size() < 5) {
      byte[] input = mutate(corpus.get(random.nextInt(corpus.size())), random);
      cases++;
      try {
        check(input);
      } catch (Throwable t) {
        Path saved = save(input, seed, cases);
        failures.add(t + " (input saved to " + saved + ")");
      }
    }
    System.out.println("FuzzIT ran " + cases + " cases, " + failures.size() + " failures");
    assertThat(failures).as("seed %d", seed).isEmpty();
  }

  private static void check(byte[] input) throws Exception {
    boolean yaml = input.length > 0 && input[0] != '{';
    ReadResult read = READER.read(yaml ? "fuzz.yaml" : "fuzz.json", input);
    Report report = read.isValid()
        ? ASSESSOR.assess(read.valid().orElseThrow())
        : ASSESSOR.unreadable(read.violations());
    for (ReportFormat format : ReportFormat.values()) {
      byte[] out = ReportWriter.of(format).withSources(List.of("fuzz \u001b[2J\u202e.json")).bytes(List.of(report));
      wellFormed(format, out);
    }
  }

  private static void wellFormed(ReportFormat format, byte[] out) throws Exception {
    String text = new String(out, StandardCharsets.UTF_8);
    // Throws CharacterCodingException if the output is not well-formed UTF-8.
    StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(out));
    switch (format) {
      case JSON, SARIF -> CharterJson.json().readTree(out);
      case JUNIT -> DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new ByteArrayInputStream(out));
      case CSV -> {
        Iterator<List<String>> rows = new CsvMapper().enable(com.fasterxml.jackson.dataformat.csv.CsvParser.Feature.WRAP_AS_ARRAY)
            .readerFor(List.class).with(CsvSchema.emptySchema()).readValues(out);
        int n = 0;
        while (rows.hasNext()) {
          rows.next();
          n++;
        }
        assertThat(n).as("CSV header and one row").isEqualTo(2);
      }
      case HTML, TEXT -> assertThat(text.codePoints().filter(FuzzIT::unsafe).findFirst())
          .as("%s holds no raw control or bidi character", format).isEmpty();
      default -> throw new IllegalStateException("no check for " + format);
    }
  }

  /** A code point that must not reach a terminal or a page raw. */
  private static boolean unsafe(int c) {
    return (c < 0x20 && c != '\n' && c != '\t') || (c >= 0x7f && c <= 0x9f) || (c >= 0x202a && c <= 0x202e)
        || (c >= 0x2066 && c <= 0x2069) || (c >= 0xd800 && c <= 0xdfff) || c == 0xfffe || c == 0xffff;
  }

  private static List<byte[]> corpus() throws IOException {
    List<byte[]> out = new ArrayList<>();
    for (Path dir : List.of(Path.of("../charter-rules/src/test/resources/scenarios"), Path.of("../charter-examples/evidence"))) {
      try (Stream<Path> files = Files.list(dir)) {
        for (Path f : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
          out.add(Files.readAllBytes(f));
        }
      }
    }
    out.add(Files.readAllBytes(Path.of("../charter-model/src/test/resources/submissions/valid-minimal-board.yaml")));
    return out;
  }

  private static byte[] mutate(byte[] seed, Random random) throws IOException {
    if (seed.length == 0 || seed[0] != '{' || random.nextInt(4) == 0) {
      return mutateBytes(seed, random);
    }
    JsonNode tree = CharterJson.json().readTree(seed);
    int edits = 1 + random.nextInt(4);
    for (int i = 0; i < edits; i++) {
      mutateTree(tree, random);
    }
    return CharterJson.json().writeValueAsBytes(tree);
  }

  private static void mutateTree(JsonNode root, Random random) {
    List<JsonNode> containers = new ArrayList<>();
    collect(root, containers);
    JsonNode target = containers.get(random.nextInt(containers.size()));
    if (target instanceof ObjectNode object && object.size() > 0) {
      List<String> names = new ArrayList<>();
      object.fieldNames().forEachRemaining(names::add);
      String name = names.get(random.nextInt(names.size()));
      switch (random.nextInt(7)) {
        case 0 -> object.put(name, HOSTILE.get(random.nextInt(HOSTILE.size())));
        case 1 -> object.set(name, CharterJson.json().getNodeFactory().numberNode(
            new java.math.BigDecimal(NUMBERS.get(random.nextInt(NUMBERS.size())).replace("NaN", "0"))));
        case 2 -> object.putNull(name);
        case 3 -> object.remove(name);
        case 4 -> object.put(HOSTILE.get(random.nextInt(HOSTILE.size())), "unknown property");
        case 5 -> object.set(name, object.get(name) == null ? TextNode.valueOf("x") : object.get(name).deepCopy());
        default -> object.putArray(name).add(HOSTILE.get(random.nextInt(HOSTILE.size())));
      }
    } else if (target instanceof ArrayNode array && array.size() > 0) {
      int i = random.nextInt(array.size());
      switch (random.nextInt(3)) {
        case 0 -> array.add(array.get(i).deepCopy());
        case 1 -> array.remove(i);
        default -> array.insert(i, HOSTILE.get(random.nextInt(HOSTILE.size())));
      }
    }
  }

  private static void collect(JsonNode node, List<JsonNode> out) {
    if (node.isContainerNode()) {
      out.add(node);
      node.forEach(child -> collect(child, out));
    }
  }

  private static byte[] mutateBytes(byte[] seed, Random random) {
    byte[] b = seed.clone();
    switch (random.nextInt(4)) {
      case 0 -> {
        for (int i = 0; i < 1 + random.nextInt(8) && b.length > 0; i++) {
          b[random.nextInt(b.length)] = (byte) random.nextInt(256);
        }
        return b;
      }
      case 1 -> {
        return java.util.Arrays.copyOf(b, b.length == 0 ? 0 : random.nextInt(b.length));
      }
      case 2 -> {
        byte[][] bad = {{(byte) 0xC0, (byte) 0xAF}, {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, {(byte) 0xA3}, {(byte) 0xFF}};
        byte[] insert = bad[random.nextInt(bad.length)];
        int at = b.length == 0 ? 0 : random.nextInt(b.length);
        byte[] out = new byte[b.length + insert.length];
        System.arraycopy(b, 0, out, 0, at);
        System.arraycopy(insert, 0, out, at, insert.length);
        System.arraycopy(b, at, out, at + insert.length, b.length - at);
        return out;
      }
      default -> {
        byte[] out = java.util.Arrays.copyOf(b, b.length * 2);
        System.arraycopy(b, 0, out, b.length, b.length);
        return out;
      }
    }
  }

  private static Path save(byte[] input, long seed, int n) throws IOException {
    Path dir = Files.createDirectories(Path.of("target", "fuzz-failures"));
    return Files.write(dir.resolve("seed-" + seed + "-case-" + n + ".bin"), input);
  }
}
