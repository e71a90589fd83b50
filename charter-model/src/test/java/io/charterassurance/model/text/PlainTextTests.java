package io.charterassurance.model.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** What text a submission may hold, and how a message quotes text safely. */
class PlainTextTests {
  @Nested
  class SingleLine {
    @Test
    void printableTextInAnyScriptIsAccepted() {
      assertThat(PlainText.problem("Tower Hamlets — Tŵr £60,000 ✓ مرحبا 😀", false)).isEmpty();
    }

    @Test
    void eachRefusedCharacterIsNamedByItsCodePointAndPosition() {
      assertThat(PlainText.problem("a\u0000b", false)).hasValue("contains the control character U+0000 (null) at character 2; remove it");
      assertThat(PlainText.problem("\u001b[31m", false)).hasValue("contains the control character U+001B (escape) at character 1; remove it");
      assertThat(PlainText.problem("x\u007f", false)).hasValue("contains the control character U+007F (delete) at character 2; remove it");
      assertThat(PlainText.problem("x\u0085", false)).hasValue("contains the control character U+0085 at character 2; remove it");
      assertThat(PlainText.problem("x\ud800y", false))
          .hasValue("contains a lone surrogate U+D800 at character 2; it is not a character, only half of a pair: remove it");
      assertThat(PlainText.problem("x\uffff", false)).hasValue("contains U+FFFF at character 2; it is not a character: remove it");
      assertThat(PlainText.problem("x\uFDD0", false)).hasValue("contains U+FDD0 at character 2; it is not a character: remove it");
      assertThat(PlainText.problem("abc\u2067", false)).hasValue("contains the bidirectional control character U+2067"
          + " (right-to-left isolate) at character 4; it can make text display in a misleading order: remove it");
    }

    @Test
    void aLineBreakOrTabIsRefused() {
      assertThat(PlainText.problem("one\ntwo", false)).hasValue("contains a line break (U+000A) at character 4; this field is a single line of text");
      assertThat(PlainText.problem("one\ttwo", false)).hasValue("contains a tab (U+0009) at character 4; this field is a single line of text: use a space");
    }
  }

  @Nested
  class Multiline {
    @Test
    void tabsLineFeedsAndCrLfAreAccepted() {
      assertThat(PlainText.problem("one\n\ttwo\r\nthree", true)).isEmpty();
    }

    @Test
    void aCarriageReturnWithoutALineFeedIsRefused() {
      assertThat(PlainText.problem("one\rtwo", true))
          .hasValue("contains a carriage return (U+000D) without a line feed at character 4; end lines with a line feed (or CR LF)");
    }

    @Test
    void otherControlCharactersAreStillRefused() {
      assertThat(PlainText.problem("one\n\u001btwo", true)).isPresent();
    }
  }

  @Nested
  class Quoting {
    @Test
    void refusedCharactersAndLineBreaksAreShownAsCodePoints() {
      assertThat(PlainText.visible("a\u001b[2Jb\nc\u202e")).isEqualTo("a<U+001B>[2Jb<U+000A>c<U+202E>");
      assertThat(PlainText.visible("plain £ text")).isEqualTo("plain £ text");
    }

    @Test
    void longTextIsCutToAHundredCharactersWithoutSplittingAPair() {
      assertThat(PlainText.excerpt("x".repeat(100))).isEqualTo("x".repeat(100));
      assertThat(PlainText.excerpt("x".repeat(150))).isEqualTo("x".repeat(100) + "… (150 characters)");
      assertThat(PlainText.excerpt("x".repeat(99) + "😀" + "y".repeat(10))).isEqualTo("x".repeat(99) + "… (111 characters)");
    }
  }

  @Nested
  class WhatEveryOutputEscapes {
    @Test
    void everyCharacterASubmissionMayNotHoldIsEscapedWhereverItIsShown() {
      for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
        if (!PlainText.allowed(cp)) {
          assertThat(PlainText.isUnsafeToShow(cp)).as(PlainText.codePoint(cp)).isTrue();
        }
      }
    }

    @Test
    void theMarksAndSeparatorsATextMayHoldAreEscapedToo() {
      for (int cp : new int[] {0x061C, 0x200E, 0x200F, 0x2028, 0x2029, 0x9B}) {
        assertThat(PlainText.isUnsafeToShow(cp)).as(PlainText.codePoint(cp)).isTrue();
      }
    }

    @Test
    void lettersOfEveryScriptAndEmojiShowAsThemselves() {
      "Tower Hamlets £60,000 — שלום مرحبا 東京 😀".codePoints()
          .forEach(cp -> assertThat(PlainText.isUnsafeToShow(cp)).as(PlainText.codePoint(cp)).isFalse());
    }
  }
}
