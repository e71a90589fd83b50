package io.charterassurance.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The helper behind every message the CLI prints: what it escapes and what it leaves alone. */
class TerminalTests {
  @Test
  void escapesControlsBidiAndSeparatorsAsUnicodeEscapes() {
    assertThat(Terminal.safe("a\u001b[31mb\rc\td\u0000e\u007ff\u0085g\u009bh\u202ei\u2066j\u200fk\u2028l\n"))
        .isEqualTo("a\\u001B[31mb\\u000Dc\\u0009d\\u0000e\\u007Ff\\u0085g\\u009Bh\\u202Ei\\u2066j\\u200Fk\\u2028l\\u000A");
  }

  @Test
  void leavesOrdinaryTextAloneIncludingAccentsPoundsQuotesAndEmoji() {
    String text = "Tower Hamlets \u00a31,090,000 \u201cBig Conversation\u201d caf\u00e9 \u0644 \ud83d\ude00";
    assertThat(Terminal.safe(text)).isSameAs(text);
  }

  @Test
  void escapesLoneSurrogatesButKeepsPairs() {
    assertThat(Terminal.safe("Tower \ud800 Hamlets \udc00 \ud83d\ude00")).isEqualTo("Tower \\uD800 Hamlets \\uDC00 \ud83d\ude00");
  }

  @Test
  void safeLinesKeepsLineBreaksOnly() {
    assertThat(Terminal.safeLines("2 problems:\n  a\u001b.yaml\r\n")).isEqualTo("2 problems:\n  a\\u001B.yaml\\u000D\n");
  }
}
