package io.charterassurance.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.charterassurance.model.io.CharterJson;
import io.charterassurance.model.report.Report;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The one place text is made safe to show: each class of character it escapes, and what it leaves alone. */
class PrintableTests {
  @Nested
  class LeavesAlone {
    @Test
    void ordinaryTextIncludingNonAsciiLettersEmojiRightToLeftLettersAndBackslashes() {
      for (String text : List.of("", "NHS North East London ICB", "\u00A3600 \u201Cquoted\u201D caf\u00E9",
          "\uD83D\uDE00 \uD835\uDC00", "\u05E9\u05DC\u05D5\u05DD \u0645\u0631\u062D\u0628\u0627", "C:\\dir\\a.json",
          "<&>\"'=+-@", "\u00A0\u00FF\u200B\uFEFF\uFFFD\uFDCF\uFDF0")) {
        assertThat(Printable.line(text)).as(text).isSameAs(text);
      }
    }

    @ParameterizedTest(name = "U+{0}")
    @ValueSource(ints = {0x20, 0x7E, 0xA0, 0x061B, 0x061D, 0x200D, 0x2010, 0x2027, 0x202F, 0x2065, 0x206A, 0xFDCF, 0xFDF0,
        0xFFFD, 0x10000, 0x1FFFD, 0x10FFFD})
    void theNeighboursOfEveryEscapedRange(int codePoint) {
      assertThat(Printable.isUnsafe(codePoint)).isFalse();
    }
  }

  @Nested
  class Escapes {
    @ParameterizedTest(name = "U+{0}")
    @ValueSource(ints = {0x00, 0x07, 0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x1B, 0x1F})
    void c0ControlsIncludingNulEscTabLineFeedAndCarriageReturn(int codePoint) {
      assertThat(Printable.line("a" + Character.toString(codePoint) + "b"))
          .isEqualTo("a\\u%04Xb".formatted(codePoint));
    }

    @Test
    void aTerminalEscapeSequenceSoThatItIsShownNotObeyed() {
      assertThat(Printable.line("Tower\u001B[2J\u001B]0;title\u0007 Hamlets"))
          .isEqualTo("Tower\\u001B[2J\\u001B]0;title\\u0007 Hamlets");
    }

    @Test
    void lineBreaksSoThatAValueNeverStartsANewLine() {
      assertThat(Printable.line("Name\r\nBand: Leading")).isEqualTo("Name\\u000D\\u000ABand: Leading");
      assertThat(Printable.line("a\u2028b\u2029c")).isEqualTo("a\\u2028b\\u2029c");
    }

    @ParameterizedTest(name = "U+{0}")
    @ValueSource(ints = {0x7F, 0x80, 0x85, 0x9B, 0x9F})
    void delAndC1Controls(int codePoint) {
      assertThat(Printable.line(Character.toString(codePoint))).isEqualTo("\\u%04X".formatted(codePoint));
    }

    @ParameterizedTest(name = "U+{0}")
    @ValueSource(ints = {0x061C, 0x200E, 0x200F, 0x202A, 0x202B, 0x202C, 0x202D, 0x202E, 0x2066, 0x2067, 0x2068, 0x2069})
    void everyBidirectionalControl(int codePoint) {
      assertThat(Printable.isUnsafe(codePoint)).isTrue();
      assertThat(Printable.line("abc" + Character.toString(codePoint) + "def"))
          .isEqualTo("abc\\u%04Xdef".formatted(codePoint));
    }

    @Test
    void aRightToLeftOverrideThatWouldDisguiseAFileName() {
      assertThat(Printable.line("invoice\u202Efdp.exe")).isEqualTo("invoice\\u202Efdp.exe");
    }

    @Test
    void noncharactersInTheBasicPlaneAndBeyondIt() {
      assertThat(Printable.line("a\uFFFEb\uFFFFc\uFDD0d\uFDEF")).isEqualTo("a\\uFFFEb\\uFFFFc\\uFDD0d\\uFDEF");
      assertThat(Printable.line("a" + Character.toString(0x1FFFE) + "b" + Character.toString(0x10FFFF)))
          .isEqualTo("a\\U0001FFFEb\\U0010FFFF");
    }

    @Test
    void aLoneSurrogateKeepingTheSpacesAroundIt() {
      assertThat(Printable.line("Tower \uD800 Hamlets")).isEqualTo("Tower \\uD800 Hamlets");
      assertThat(Printable.line("low \uDC00")).isEqualTo("low \\uDC00");
      assertThat(Printable.line("end \uD83D")).isEqualTo("end \\uD83D");
      assertThat(Printable.line("\uDE00\uD83D reversed")).isEqualTo("\\uDE00\\uD83D reversed");
      assertThat(Printable.line("pair \uD83D\uDE00 kept")).isEqualTo("pair \uD83D\uDE00 kept");
    }

    @Test
    void onlyWhatItIsAskedToWhenGivenAPredicate() {
      assertThat(Printable.escape("a\u001Bb\uD800c", Printable::isLoneSurrogate)).isEqualTo("a\u001Bb\\uD800c");
    }

    @Test
    void everySampleOfTheRendererTestsAsThoseTestsExpect() {
      for (Hostile.Sample sample : Hostile.SAMPLES) {
        assertThat(Printable.line(sample.text())).as(sample.characterClass()).isEqualTo(sample.escaped());
      }
    }

    @Test
    void nothingIsLeftThatEncodesBadlyOrThatTheRenderersMustNotWriteRaw() {
      StringBuilder every = new StringBuilder();
      for (int c = 0; c < 0x10000; c++) {
        every.append((char) c).append(' ');
      }
      String line = Printable.line(every.toString());
      assertThat(Hostile.RAW_UNSAFE.matcher(line).find()).isFalse();
      assertThat(line).doesNotContain("\n");
      byte[] utf8 = line.getBytes(StandardCharsets.UTF_8);
      assertThat(new String(utf8, StandardCharsets.UTF_8)).as("no lone surrogate was replaced by '?'").isEqualTo(line);
    }
  }

  @Nested
  class ACopyOfAReport {
    @Test
    void hasEveryStringEscapedAndEverythingElseKept() throws Exception {
      Report hostile = Hostile.report(Hostile.ALL);
      Report printable = Printable.report(hostile);
      List<String> strings = new ArrayList<>();
      texts(CharterJson.json().valueToTree(printable), strings);
      assertThat(strings).hasSizeGreaterThan(100).allSatisfy(text -> {
        assertThat(Hostile.RAW_UNSAFE.matcher(text).find()).as(text).isFalse();
        assertThat(text).doesNotContain("\n");
        assertThat(text.codePoints().filter(Printable::isLoneSurrogate)).as(text).isEmpty();
      });
      assertThat(strings).contains("Name " + Hostile.ALL_ESCAPED, "Reason " + Hostile.ALL_ESCAPED);
      assertThat(printable.findings()).hasSameSizeAs(hostile.findings());
      for (int i = 0; i < hostile.findings().size(); i++) {
        var before = hostile.findings().get(i);
        var after = printable.findings().get(i);
        assertThat(after.title()).isEqualTo("Title " + Hostile.ALL_ESCAPED);
        assertThat(after.status()).isEqualTo(before.status());
        assertThat(after.score()).isEqualTo(before.score());
        assertThat(after.confidence()).isEqualTo(before.confidence());
        assertThat(after.waiver().approvedOn()).isEqualTo(before.waiver().approvedOn());
      }
      assertThat(printable.subject().name()).isEqualTo("Name " + Hostile.ALL_ESCAPED);
      assertThat(printable.evidence().get(0).url()).isEqualTo("https://example.org/" + Hostile.ALL_ESCAPED);
      assertThat(printable.evidence().get(1).producedBy()).isNull();
      assertThat(printable.tally()).isEqualTo(hostile.tally());
      assertThat(printable.overall()).isEqualTo(hostile.overall());
      assertThat(printable.provenance().asAt()).isEqualTo(hostile.provenance().asAt());
    }

    private static void texts(JsonNode node, List<String> into) {
      if (node.isTextual()) {
        into.add(node.textValue());
      }
      node.forEach(child -> texts(child, into));
    }

    @Test
    void isEqualToTheReportWhenNothingNeededEscaping() {
      Report plain = Hostile.report("plain words");
      assertThat(Printable.report(plain)).isEqualTo(plain);
      Report invalid = Hostile.invalid("plain words");
      assertThat(Printable.report(invalid)).isEqualTo(invalid);
    }
  }

  @Nested
  class JsonEscapes {
    @Test
    void writeEveryUnsafeCharacterAsAJsonEscapeAndReadBackEqual() throws Exception {
      String json = CharterJson.json().writer().with(Printable.JSON_ESCAPES).writeValueAsString(List.of(Hostile.ALL));
      assertThat(Hostile.RAW_UNSAFE.matcher(json).find()).as(json).isFalse();
      assertThat(json).contains("\\u001B[2J").contains("\\u202Egnp.exe").contains("\\u009B31m").contains("\\u007F")
          .contains("\\uD800").contains("\\uFFFE").contains("\\u2028");
      assertThat(CharterJson.json().readValue(json, String[].class)).containsExactly(Hostile.ALL);
    }
  }
}
