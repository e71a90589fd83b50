package io.charterassurance.report;

import io.charterassurance.model.charter.Charter;
import io.charterassurance.model.charter.Clause;
import io.charterassurance.model.evidence.EvidenceSource;
import io.charterassurance.model.evidence.EvidenceStatus;
import io.charterassurance.model.organisation.OrganisationKind;
import io.charterassurance.model.report.BandResult;
import io.charterassurance.model.report.BandThreshold;
import io.charterassurance.model.report.Confidence;
import io.charterassurance.model.report.CriterionStatus;
import io.charterassurance.model.report.EvidenceSummary;
import io.charterassurance.model.report.Finding;
import io.charterassurance.model.report.Report;
import io.charterassurance.model.report.ReportProvenance;
import io.charterassurance.model.report.ReportSubject;
import io.charterassurance.model.io.Violation;
import io.charterassurance.model.report.ScoreLine;
import io.charterassurance.model.report.Tally;
import io.charterassurance.model.report.WaiverOutcome;
import io.charterassurance.model.report.WaiverReview;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Hostile text for the renderer tests: a sample of every character class a renderer must
 * neutralise, random strings made of them, and reports with such a string in every text field.
 * Reports are built directly: embedding programs can build any {@code Report}, whatever the
 * reader would refuse.
 */
final class Hostile {
  /**
   * A character a renderer writes raw must not be one of these (line feed apart, which the test
   * allows where the renderer writes it): C0 controls but line feed, DEL, C1 controls, bidi
   * controls, line and paragraph separators and the noncharacters of the Basic Multilingual Plane.
   * Written here independently of {@link Printable}, and on decoded text: a lone surrogate cannot
   * survive strict UTF-8 decoding, which the tests do first.
   */
  static final Pattern RAW_UNSAFE = Pattern.compile(
      "[\\x00-\\x09\\x0B-\\x1F\\x7F-\\x9F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069\\u2028\\u2029"
          + "\\uFDD0-\\uFDEF\\uFFFE\\uFFFF]");

  /** One example per character class, with the escape a renderer shows for it. */
  record Sample(String characterClass, String text, String escaped) {}

  static final List<Sample> SAMPLES = List.of(
      new Sample("NUL", "\u0000", "\\u0000"),
      new Sample("ESC, a terminal escape sequence", "\u001B[2J\u001B]0;pwned\u0007", "\\u001B[2J\\u001B]0;pwned\\u0007"),
      new Sample("tab", "\t", "\\u0009"),
      new Sample("line feed", "\n", "\\u000A"),
      new Sample("carriage return", "\r", "\\u000D"),
      new Sample("DEL", "\u007F", "\\u007F"),
      new Sample("C1 NEL", "\u0085", "\\u0085"),
      new Sample("C1 CSI", "\u009B31m", "\\u009B31m"),
      new Sample("right-to-left override", "\u202Egnp.exe", "\\u202Egnp.exe"),
      new Sample("left-to-right embedding", "\u202A", "\\u202A"),
      new Sample("pop directional formatting", "\u202C", "\\u202C"),
      new Sample("right-to-left isolate", "\u2067", "\\u2067"),
      new Sample("pop directional isolate", "\u2069", "\\u2069"),
      new Sample("right-to-left mark", "\u200F", "\\u200F"),
      new Sample("Arabic letter mark", "\u061C", "\\u061C"),
      new Sample("line separator", "\u2028", "\\u2028"),
      new Sample("paragraph separator", "\u2029", "\\u2029"),
      new Sample("U+FFFE", "\uFFFE", "\\uFFFE"),
      new Sample("U+FFFF", "\uFFFF", "\\uFFFF"),
      new Sample("noncharacter U+FDD0", "\uFDD0", "\\uFDD0"),
      new Sample("noncharacter U+1FFFE", "\uD83F\uDFFE", "\\U0001FFFE"),
      new Sample("lone high surrogate", "\uD800", "\\uD800"),
      new Sample("lone low surrogate", "\uDC00", "\\uDC00"),
      new Sample("surrogates in the wrong order", "\uDE00\uD83D", "\\uDE00\\uD83D"));

  /** Every sample in one string, between words. */
  static final String ALL = String.join(" x ", SAMPLES.stream().map(Sample::text).toList());

  /** What a renderer shows for {@link #ALL}. */
  static final String ALL_ESCAPED = String.join(" x ", SAMPLES.stream().map(Sample::escaped).toList());

  private static final String[] PIECES = {
    "Tower Hamlets", " ", "NHS", "<script>alert(1)</script>", "&amp;", "\"", "'", "]]>", "<![CDATA[", "-->",
    "=", "+", "-", "@", "=HYPERLINK(\"http://x\")", "\\", "\\u001B", "%", "#", "?", ":", "/", "|", ",", ";",
    "https://example.org/", "javascript:", "\u00A3", "\u201Cquoted\u201D", "\u05E9\u05DC\u05D5\u05DD",
    "\u0645\u0631\u062D\u0628\u0627", "\uD83D\uDE00", "\u00E9", "\u200B", "\uFEFF", "\uFFFD",
  };

  private Hostile() {}

  /** A random string mixing ordinary words, markup, formula starts and every character class. */
  static String text(Random random) {
    int roll = random.nextInt(100);
    if (roll < 4) {
      return "";
    }
    int parts = roll < 97 ? 1 + random.nextInt(12) : 200 + random.nextInt(1_000);
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < parts; i++) {
      int kind = random.nextInt(10);
      if (kind < 4) {
        out.append(SAMPLES.get(random.nextInt(SAMPLES.size())).text());
      } else if (kind < 5) {
        out.append((char) random.nextInt(0x100));
      } else if (kind < 6) {
        out.append((char) random.nextInt(0x10000));
      } else {
        out.append(PIECES[random.nextInt(PIECES.length)]);
      }
    }
    return out.toString();
  }

  /**
   * A report shaped by {@code shape}, with {@code text} in every text field: the subject, band,
   * score lines, findings (with waivers), evidence, violations (when {@code invalid}; such a report
   * may still hold findings, as an embedding program can build it) and provenance. Two calls with
   * equally seeded {@code shape} give reports of the same shape.
   */
  static Report report(Random shape, Supplier<String> text, boolean invalid) {
    Charter charter = Charter.standard();
    List<Clause> calls = charter.calls();
    List<EvidenceSummary> evidence = new ArrayList<>();
    int items = shape.nextInt(4);
    for (int i = 0; i < items; i++) {
      String url = switch (shape.nextInt(3)) {
        case 0 -> null;
        case 1 -> "https://example.org/" + text.get();
        default -> text.get();
      };
      evidence.add(new EvidenceSummary(text.get(), text.get(), text.get(), LocalDate.of(2025, 1 + shape.nextInt(12), 1),
          EvidenceStatus.values()[shape.nextInt(EvidenceStatus.values().length)],
          EvidenceSource.values()[shape.nextInt(EvidenceSource.values().length)], url,
          shape.nextBoolean() ? null : text.get()));
    }
    List<Finding> findings = new ArrayList<>();
    int count = invalid && shape.nextBoolean() ? 0 : 1 + shape.nextInt(6);
    for (int i = 0; i < count; i++) {
      CriterionStatus status = CriterionStatus.values()[shape.nextInt(CriterionStatus.values().length)];
      boolean counted = status.isCounted();
      String call = shape.nextInt(4) == 0 ? text.get() : calls.get(shape.nextInt(calls.size())).id();
      List<String> cited = new ArrayList<>();
      for (EvidenceSummary e : evidence) {
        if (shape.nextBoolean()) {
          cited.add(e.id());
        }
      }
      if (shape.nextInt(4) == 0) {
        cited.add(text.get());
      }
      Confidence confidence = counted && status != CriterionStatus.NOT_ASSESSED
          ? Confidence.values()[shape.nextInt(Confidence.values().length)] : null;
      WaiverReview waiver = shape.nextInt(3) == 0 ? null
          : new WaiverReview(status == CriterionStatus.WAIVED ? WaiverOutcome.APPLIED
              : WaiverOutcome.values()[shape.nextInt(WaiverOutcome.values().length)], text.get(), text.get(),
              text.get(), text.get(), text.get(), LocalDate.of(2025, 10, 1), LocalDate.of(2026, 9, 30));
      findings.add(new Finding(text.get(), text.get(), status, shape.nextBoolean(), BigDecimal.ONE,
          counted ? BigDecimal.valueOf(shape.nextInt(101)) : null, List.of(call, text.get()), List.of("P1", text.get()),
          cited, text.get(), list(shape, text), confidence, list(shape, text), list(shape, text), list(shape, text),
          waiver));
    }
    List<ScoreLine> principles = new ArrayList<>();
    for (int p = 1; p <= 6; p++) {
      principles.add(new ScoreLine(shape.nextInt(5) == 0 ? text.get() : "P" + p, text.get(),
          shape.nextBoolean() ? null : BigDecimal.valueOf(shape.nextInt(101)), BigDecimal.ONE,
          new Tally(1, 0, 0, 0, 0, 0), list(shape, text)));
    }
    List<ScoreLine> scoreCalls = new ArrayList<>();
    for (Clause call : calls) {
      scoreCalls.add(new ScoreLine(call.id(), text.get(), BigDecimal.valueOf(shape.nextInt(101)), BigDecimal.ONE,
          new Tally(0, 1, 0, 0, 0, 0), List.of()));
    }
    ReportSubject subject = shape.nextInt(8) == 0 ? null
        : new ReportSubject(text.get(), text.get(),
            OrganisationKind.values()[shape.nextInt(OrganisationKind.values().length)], list(shape, text));
    ReportProvenance provenance = new ReportProvenance(text.get(), text.get(), text.get(), text.get(), text.get(),
        text.get(), text.get(), text.get(), shape.nextBoolean() ? LocalDate.of(2026, 3, 31) : null);
    if (invalid) {
      List<Violation> violations = new ArrayList<>();
      int n = 1 + shape.nextInt(3);
      for (int i = 0; i < n; i++) {
        violations.add(Violation.at("submission", "$.organisation['" + text.get() + "']", "unknown property " + text.get()));
      }
      return new Report(Report.FORMAT, subject, null, null, tally(findings), List.of(), List.of(), findings,
          evidence, violations, provenance);
    }
    List<BandThreshold> bands = new ArrayList<>();
    for (int i = shape.nextInt(4); i >= 0; i--) {
      bands.add(new BandThreshold(text.get(), text.get(), BigDecimal.valueOf(i * 25L)));
    }
    BandResult band = new BandResult(text.get(), text.get(), new BigDecimal("60"), text.get(), text.get(),
        list(shape, text), bands);
    return new Report(Report.FORMAT, subject, new BigDecimal("61.5"), band, tally(findings), principles, scoreCalls,
        findings, evidence, List.of(), provenance);
  }

  /**
   * An assessed report with {@code text} in every text field and every part present: a subject
   * with a predecessor, a capped band, a principle's basis, a finding of each status (under a
   * Charter call, with a waiver, every list filled, citing evidence) and two evidence items, one
   * published at an http address ending in {@code text}, one at {@code text} itself.
   */
  static Report report(String text) {
    List<EvidenceSummary> evidence = List.of(
        new EvidenceSummary("e1 " + text, text, "Evidence " + text, LocalDate.of(2025, 6, 1), EvidenceStatus.APPROVED,
            EvidenceSource.COMMUNITY, "https://example.org/" + text, text),
        new EvidenceSummary("e2 " + text, text, "Other " + text, LocalDate.of(2025, 7, 1), EvidenceStatus.DRAFT,
            EvidenceSource.ORGANISATION, text, null));
    List<Finding> findings = new ArrayList<>();
    for (CriterionStatus status : CriterionStatus.values()) {
      boolean counted = status.isCounted();
      findings.add(new Finding("N1-" + status + " " + text, "Title " + text, status, true, BigDecimal.ONE,
          counted ? new BigDecimal("50") : null, List.of("N1", text), List.of("P1", text),
          List.of("e1 " + text, "e2 " + text, "missing " + text), "Reason " + text, List.of("Missing " + text),
          counted && status != CriterionStatus.NOT_ASSESSED ? Confidence.LOW : null, List.of("Because " + text),
          List.of("Raise " + text), List.of("History " + text),
          new WaiverReview(status == CriterionStatus.WAIVED ? WaiverOutcome.APPLIED : WaiverOutcome.REFUSED,
              "Explanation " + text, "Reason given " + text, "Requester " + text, "Approver " + text,
              "Approving organisation " + text, LocalDate.of(2025, 10, 1), LocalDate.of(2026, 9, 30))));
    }
    List<ScoreLine> principles = new ArrayList<>();
    for (int p = 1; p <= 6; p++) {
      principles.add(new ScoreLine("P" + p, "Principle " + text, p == 6 ? null : new BigDecimal("55"), BigDecimal.ONE,
          new Tally(1, 0, 0, 0, 0, 0), p == 1 ? List.of("Basis " + text) : List.of()));
    }
    List<ScoreLine> calls = Charter.standard().calls().stream()
        .map(c -> new ScoreLine(c.id(), "Call " + text, new BigDecimal("55"), BigDecimal.ONE, new Tally(1, 0, 0, 0, 0, 0),
            List.of()))
        .toList();
    return new Report(Report.FORMAT, new ReportSubject("Code " + text, "Name " + text, OrganisationKind.ICB,
        List.of("Predecessor " + text)), new BigDecimal("61.5"),
        new BandResult("band " + text, "Band " + text, new BigDecimal("60"), "uncapped " + text, "Uncapped " + text,
            List.of("Capped " + text), List.of(
                new BandThreshold("uncapped " + text, "Uncapped " + text, new BigDecimal("80")),
                new BandThreshold("band " + text, "Band " + text, new BigDecimal("60")),
                new BandThreshold("lowest " + text, "Lowest " + text, BigDecimal.ZERO))),
        tally(findings), principles, calls, findings, evidence, List.of(), provenance(text, LocalDate.of(2026, 3, 31)));
  }

  /** A report of an invalid submission with {@code text} in its subject, violations and provenance. */
  static Report invalid(String text) {
    return new Report(Report.FORMAT, new ReportSubject("Code " + text, "Name " + text, OrganisationKind.ICB, List.of()),
        null, null, new Tally(0, 0, 0, 0, 0, 0), List.of(), List.of(), List.of(), List.of(),
        List.of(Violation.at("submission", "$.organisation['" + text + "']", "is not a property of an organisation: " + text)),
        provenance(text, null));
  }

  private static ReportProvenance provenance(String text, @Nullable LocalDate asAt) {
    return new ReportProvenance("Charter " + text, "charter hash " + text, "rules " + text, "rules hash " + text,
        "policy " + text, "policy hash " + text, "digest " + text, "version " + text, asAt);
  }

  private static List<String> list(Random shape, Supplier<String> text) {
    int n = shape.nextInt(3);
    List<String> items = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      items.add(text.get());
    }
    return items;
  }

  private static Tally tally(List<Finding> findings) {
    int[] n = new int[CriterionStatus.values().length];
    findings.forEach(f -> n[f.status().ordinal()]++);
    return new Tally(n[CriterionStatus.MET.ordinal()], n[CriterionStatus.PARTIALLY_MET.ordinal()],
        n[CriterionStatus.NOT_MET.ordinal()], n[CriterionStatus.NOT_ASSESSED.ordinal()],
        n[CriterionStatus.NOT_APPLICABLE.ordinal()], n[CriterionStatus.WAIVED.ordinal()]);
  }
}
