package io.charterassurance.report;

import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import io.charterassurance.model.report.BandResult;
import io.charterassurance.model.report.BandThreshold;
import io.charterassurance.model.report.EvidenceSummary;
import io.charterassurance.model.report.Finding;
import io.charterassurance.model.report.BandPath;
import io.charterassurance.model.report.EvidenceAgeing;
import io.charterassurance.model.report.NextStep;
import io.charterassurance.model.report.NextSteps;
import io.charterassurance.model.report.Report;
import io.charterassurance.model.report.ScoreInterval;
import io.charterassurance.model.report.Timeline;
import io.charterassurance.model.report.TimelinePoint;
import io.charterassurance.model.report.ReportProvenance;
import io.charterassurance.model.report.ReportSubject;
import io.charterassurance.model.io.Violation;
import io.charterassurance.model.text.PlainText;
import io.charterassurance.model.report.ScoreLine;
import io.charterassurance.model.report.WaiverReview;
import java.util.List;
import java.util.function.IntPredicate;
import org.jspecify.annotations.Nullable;

/**
 * Text made safe to show in every report format: each character that could break a format, or
 * make a terminal, a spreadsheet or a browser show something other than what was written, is
 * replaced by a visible escape such as <code>&#92;u001B</code>. The same text always gives the same
 * result.
 *
 * <p>The characters replaced ({@link #isUnsafe(int)}) are:
 *
 * <ul>
 *   <li>C0 controls, U+0000 to U+001F: NUL, ESC (which starts terminal escape sequences), tab,
 *       line feed and carriage return among them, so a value never starts a new line;
 *   <li>DEL, U+007F, and the C1 controls, U+0080 to U+009F (U+009B is a one-character CSI);
 *   <li>the Unicode bidirectional controls (the {@code Bidi_Control} property): the marks U+061C,
 *       U+200E and U+200F, the embeddings and overrides U+202A to U+202E and the isolates U+2066 to
 *       U+2069, which can reverse the text around them;
 *   <li>the line and paragraph separators U+2028 and U+2029;
 *   <li>the Unicode noncharacters, U+FDD0 to U+FDEF and the last two code points of every plane
 *       (U+FFFE and U+FFFF, which XML 1.0 cannot hold, among them);
 *   <li>lone surrogates, which are not characters at all and which no UTF encoding can write.
 * </ul>
 *
 * <p>A character of the Basic Multilingual Plane is written <code>&#92;u</code> and four
 * upper-case hex digits: "Tower", a space, a lone surrogate U+D800, a space and "Hamlets" becomes
 * <code>Tower &#92;uD800 Hamlets</code>, both spaces kept. One beyond it is written
 * <code>&#92;U</code> and eight hex digits (<code>&#92;U0001FFFE</code>). A backslash is left as it
 * is, so the escape is for reading, not for decoding: the JSON format is the exact record, and
 * escapes the same characters losslessly ({@link #JSON_ESCAPES}).
 */
final class Printable {
  /** JSON escapes for every unsafe character: exact (the JSON reads back equal) and safe to print. */
  static final CharacterEscapes JSON_ESCAPES = new JsonEscapes();
  private static final String HEX = "0123456789ABCDEF";

  private Printable() {}

  /**
   * Whether a code point is shown as an escape. A lone surrogate, as {@link String#codePoints()}
   * gives it, is unsafe; a surrogate pair's code point is judged as the character it is.
   */
  static boolean isUnsafe(int codePoint) {
    return PlainText.isUnsafeToShow(codePoint);
  }

  /** The text with every unsafe character replaced by its escape; the same string when there is none. */
  static String line(String text) {
    return escape(text, Printable::isUnsafe);
  }

  /** Whether a code point, as {@link String#codePoints()} gives it, is a surrogate with no partner. */
  static boolean isLoneSurrogate(int codePoint) {
    return codePoint >= Character.MIN_SURROGATE && codePoint <= Character.MAX_SURROGATE;
  }

  /** The text with the code points {@code which} accepts replaced by their escapes. */
  static String escape(String text, IntPredicate which) {
    int i = 0;
    while (i < text.length()) {
      int c = text.codePointAt(i);
      if (which.test(c)) {
        break;
      }
      i += Character.charCount(c);
    }
    if (i == text.length()) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length() + 16).append(text, 0, i);
    while (i < text.length()) {
      int c = text.codePointAt(i);
      if (which.test(c)) {
        appendEscape(out, c);
      } else {
        out.appendCodePoint(c);
      }
      i += Character.charCount(c);
    }
    return out.toString();
  }

  /** The escape of one code point: <code>&#92;u001B</code>, <code>&#92;uD800</code>, <code>&#92;U0001FFFE</code>. */
  static String escape(int codePoint) {
    return appendEscape(new StringBuilder(10), codePoint).toString();
  }

  private static StringBuilder appendEscape(StringBuilder out, int codePoint) {
    int digits = Character.isBmpCodePoint(codePoint) ? 4 : 8;
    out.append('\\').append(digits == 4 ? 'u' : 'U');
    for (int shift = (digits - 1) * 4; shift >= 0; shift -= 4) {
      out.append(HEX.charAt((codePoint >> shift) & 0xF));
    }
    return out;
  }

  /** Each item made {@linkplain #line(String) printable}. */
  static List<String> lines(List<String> items) {
    return items.stream().map(Printable::line).toList();
  }

  private static @Nullable String nullable(@Nullable String text) {
    return text == null ? null : line(text);
  }

  /**
   * A copy of a report with every string in it made {@linkplain #line(String) printable}, for the
   * formats that show text to people (all but JSON). Numbers, dates and enums are kept.
   */
  static Report report(Report r) {
    ReportSubject s = r.subject();
    ReportSubject subject = s == null ? null
        : new ReportSubject(line(s.code()), line(s.name()), s.kind(), lines(s.predecessors()));
    BandResult b = r.band();
    BandResult band = b == null ? null
        : new BandResult(line(b.id()), line(b.label()), b.minimum(), line(b.uncapped()), line(b.uncappedLabel()),
            lines(b.cappedBy()),
            b.bands().stream().map(t -> new BandThreshold(line(t.id()), line(t.label()), t.minimum())).toList());
    ReportProvenance p = r.provenance();
    ReportProvenance provenance = new ReportProvenance(line(p.charterVersion()), line(p.charterHash()),
        line(p.ruleSetVersion()), line(p.ruleSetHash()), line(p.scoringPolicy()), line(p.scoringPolicyHash()),
        line(p.submissionDigest()), line(p.libraryVersion()), p.asAt());
    return new Report(line(r.format()), subject, r.overall(), band, r.tally(), scoreLines(r.principles()),
        scoreLines(r.calls()), r.findings().stream().map(Printable::finding).toList(),
        r.evidence().stream().map(Printable::evidence).toList(),
        r.violations().stream().map(v -> new Violation(line(v.source()), line(v.path()), v.line(), v.column(), line(v.message()))).toList(),
        provenance, interval(r.interval()), nextSteps(r.nextSteps()), timeline(r.timeline()), lines(r.notices()));
  }

  private static @Nullable ScoreInterval interval(@Nullable ScoreInterval i) {
    return i == null ? null : new ScoreInterval(i.lowest(), i.highest(), line(i.lowestBand()), line(i.lowestBandLabel()),
        line(i.highestBand()), line(i.highestBandLabel()), i.bandCertain(), lines(i.unknowns()));
  }

  private static @Nullable NextSteps nextSteps(@Nullable NextSteps n) {
    return n == null ? null : new NextSteps(line(n.band()), n.score(), n.paths().stream()
        .map(p -> new BandPath(line(p.band()), line(p.bandLabel()), p.reached(), p.score(), line(p.reachedBand()),
            p.paperwork(), p.practice(), p.steps().stream()
                .map(s -> new NextStep(line(s.criterion()), line(s.title()), lines(s.clauses()), s.kind(), line(s.change()),
                    line(s.evidence()), s.statusBefore(), s.confidenceBefore(), s.statusAfter(), s.confidenceAfter(),
                    s.scoreAfter(), s.scoreAdded(), line(s.bandAfter())))
                .toList()))
        .toList(), lines(n.notes()));
  }

  private static @Nullable Timeline timeline(@Nullable Timeline t) {
    return t == null ? null : new Timeline(t.months(), t.points().stream()
        .map(p -> new TimelinePoint(p.date(), p.score(), line(p.band()), line(p.bandLabel()))).toList(),
        t.ageing().stream().map(a -> new EvidenceAgeing(line(a.evidence()), line(a.kind()), a.dueFrom(), a.staleFrom()))
            .toList());
  }

  private static List<ScoreLine> scoreLines(List<ScoreLine> lines) {
    return lines.stream()
        .map(l -> new ScoreLine(line(l.id()), line(l.title()), l.score(), l.countedWeight(), l.tally(), lines(l.basis())))
        .toList();
  }

  private static Finding finding(Finding f) {
    WaiverReview w = f.waiver();
    WaiverReview waiver = w == null ? null
        : new WaiverReview(w.outcome(), line(w.explanation()), line(w.reason()), line(w.requestedBy()),
            line(w.approvedBy()), line(w.approvingOrganisation()), w.approvedOn(), w.expires());
    return new Finding(line(f.criterion()), line(f.title()), f.status(), f.mandatory(), f.weight(), f.score(),
        lines(f.clauses()), lines(f.principles()), lines(f.evidence()), line(f.reason()), lines(f.missing()),
        f.confidence(), lines(f.confidenceReasons()), lines(f.raiseConfidence()), lines(f.history()), waiver);
  }

  private static EvidenceSummary evidence(EvidenceSummary e) {
    return new EvidenceSummary(line(e.id()), line(e.kind()), line(e.title()), e.date(), e.status(), e.source(),
        nullable(e.url()), nullable(e.producedBy()));
  }

  /**
   * JSON escapes: the standard ones (C0 controls, quote and backslash), plus DEL, the C1 controls,
   * the bidirectional controls, the line and paragraph separators and the noncharacters of the
   * Basic Multilingual Plane as <code>&#92;uXXXX</code>, and every surrogate, paired or not, as its
   * own <code>&#92;uXXXX</code> (as Jackson does anyway when it writes to a stream), so that a lone
   * one is never written raw. Nothing is lost: a JSON parser reads the same string back.
   */
  private static final class JsonEscapes extends CharacterEscapes {
    private static final long serialVersionUID = 1L;
    private final int[] ascii;

    JsonEscapes() {
      ascii = standardAsciiEscapesForJSON();
      ascii[0x7F] = ESCAPE_STANDARD;
    }

    @Override
    public int[] getEscapeCodesForAscii() {
      return ascii.clone();
    }

    /** {@inheritDoc} Here {@code ch} is one UTF-16 unit, so each half of a surrogate pair comes alone. */
    @Override
    public @Nullable SerializableString getEscapeSequence(int ch) {
      return isUnsafe(ch) ? new SerializedString(escape(ch)) : null;
    }
  }
}
