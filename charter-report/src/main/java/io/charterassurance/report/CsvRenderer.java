package io.charterassurance.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.charterassurance.model.io.CharterJson;
import io.charterassurance.model.report.Finding;
import io.charterassurance.model.report.Report;
import io.charterassurance.model.report.ScoreLine;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * One row per organisation, with stable columns, for publishing readiness scores.
 *
 * <p>The per-criterion columns ({@code confidence}, {@code confidence_reasons}, {@code
 * raise_confidence}, {@code history}, {@code waiver_outcome}, {@code waiver_explanation}) hold one
 * line per criterion that has something to say, in the report's order (most important first),
 * each part starting with the criterion id and a colon, e.g. {@code N1-CD-STRATEGY: medium}. Parts
 * are separated by {@code " | "}, so that every organisation stays on one physical line. Within a line, confidence reasons are
 * written as sentences, each ending with a full stop; what would raise the confidence and history
 * items are joined by {@code "; "}. Confidence and waiver outcome use the JSON spelling ({@code
 * high}, {@code not-yet-in-force}). A criterion with nothing relied on has no {@code confidence} line. An
 * invalid submission leaves them all empty.
 *
 * <p>Every text cell comes from a {@linkplain Printable#report printable copy} of the report:
 * controls (line breaks, tabs and carriage returns among them), bidirectional controls,
 * noncharacters and lone surrogates are shown as escapes such as <code>&#92;u001B</code>, so each
 * organisation is one record on one physical line and the file always encodes as UTF-8. Text
 * cells that a spreadsheet would read as a formula (starting with {@code =}, {@code +}, {@code -},
 * {@code @}, a tab or a carriage return) are then neutralised with a leading apostrophe.
 *
 * <p>The interval columns ({@code overall_lowest}, {@code overall_highest}, {@code band_lowest},
 * {@code band_highest}, {@code band_certain}) give the lowest and highest score and band the
 * unknowns allow (criteria not assessed, evidence of low confidence); {@code notices} says what
 * a re-assessment at another as-at date set aside.
 */
final class CsvRenderer implements Renderer {
  /** The columns, in order. Adding a column is a compatible change; renaming or removing one is not. */
  static final List<String> COLUMNS = List.of(
      "code", "name", "kind", "as_at", "assessed", "band", "band_uncapped", "overall",
      "p1", "p2", "p3", "p4", "p5", "p6",
      "met", "partially_met", "not_met", "not_assessed", "not_applicable", "waived", "violations",
      "charter_version", "rule_set_version", "rule_set_hash", "scoring_policy", "scoring_policy_hash",
      "library_version", "submission_digest", "source",
      "confidence", "confidence_reasons", "raise_confidence", "history", "waiver_outcome", "waiver_explanation",
      "overall_lowest", "overall_highest", "band_lowest", "band_highest", "band_certain", "notices");

  static final CsvMapper MAPPER = CsvMapper.builder().build();
  static final CsvSchema SCHEMA = schema();

  private static CsvSchema schema() {
    CsvSchema.Builder builder = CsvSchema.builder().setUseHeader(true).setLineSeparator("\n");
    for (String column : COLUMNS) {
      builder.addColumn(column);
    }
    return builder.build();
  }

  @Override
  public Sink open(OutputStream out, int spillAfter) {
    return new Sink() {
      private @Nullable SequenceWriter rows;

      @Override
      public void add(Report report, String source) throws IOException {
        SequenceWriter writer = rows;
        if (writer == null) {
          writer = MAPPER.writer(SCHEMA).without(JsonGenerator.Feature.AUTO_CLOSE_TARGET).writeValues(out);
          rows = writer;
        }
        writer.write(row(Printable.report(report), Printable.line(source)));
      }

      @Override
      public void finish() throws IOException {
        SequenceWriter writer = rows;
        if (writer != null) {
          writer.close();
        }
      }
    };
  }

  /** One organisation's row, from a printable report. */
  static List<String> row(Report r, String source) {
    List<String> row = new ArrayList<>(COLUMNS.size());
    var subject = r.subject();
    row.add(text(subject == null ? "" : subject.code()));
    row.add(text(subject == null ? "" : subject.name()));
    row.add(subject == null ? "" : text(subject.kind().label()));
    row.add(r.provenance().asAt() == null ? "" : r.provenance().asAt().toString());
    row.add(r.isAssessed() ? "yes" : "no");
    row.add(r.band() == null ? "" : text(r.band().id()));
    row.add(r.band() == null ? "" : text(r.band().uncapped()));
    row.add(number(r.overall()));
    for (String principle : List.of("P1", "P2", "P3", "P4", "P5", "P6")) {
      row.add(number(r.principles().stream().filter(l -> l.id().equals(principle)).findFirst()
          .map(ScoreLine::score).orElse(null)));
    }
    var t = r.tally();
    for (int n : new int[] {t.met(), t.partiallyMet(), t.notMet(), t.notAssessed(), t.notApplicable(), t.waived(),
        r.violations().size()}) {
      row.add(Integer.toString(n));
    }
    var p = r.provenance();
    row.add(text(p.charterVersion()));
    row.add(text(p.ruleSetVersion()));
    row.add(text(p.ruleSetHash()));
    row.add(text(p.scoringPolicy()));
    row.add(text(p.scoringPolicyHash()));
    row.add(text(p.libraryVersion()));
    row.add(text(p.submissionDigest()));
    row.add(text(source));
    List<Finding> findings = r.findings();
    row.add(perCriterion(findings, f -> f.confidence() == null ? "" : CharterJson.externalName(f.confidence())));
    row.add(perCriterion(findings, f -> Prose.sentences(f.confidenceReasons())));
    row.add(perCriterion(findings, f -> String.join("; ", f.raiseConfidence())));
    row.add(perCriterion(findings, f -> String.join("; ", f.history())));
    row.add(perCriterion(findings, f -> f.waiver() == null ? "" : CharterJson.externalName(f.waiver().outcome())));
    row.add(perCriterion(findings, f -> f.waiver() == null ? "" : f.waiver().explanation()));
    var interval = r.interval();
    row.add(interval == null ? "" : number(interval.lowest()));
    row.add(interval == null ? "" : number(interval.highest()));
    row.add(interval == null ? "" : text(interval.lowestBand()));
    row.add(interval == null ? "" : text(interval.highestBand()));
    row.add(interval == null ? "" : interval.bandCertain() ? "yes" : "no");
    row.add(text(String.join(" | ", r.notices())));
    return row;
  }

  /** One part per finding with something to say, "CRITERION: value", joined by " | ", neutralised as a whole. */
  private static String perCriterion(List<Finding> findings, Function<Finding, String> value) {
    StringJoiner lines = new StringJoiner(" | ");
    for (Finding f : findings) {
      String v = value.apply(f);
      if (!v.isEmpty()) {
        lines.add(f.criterion() + ": " + v);
      }
    }
    return text(lines.toString());
  }

  private static String number(@Nullable BigDecimal value) {
    return value == null ? "" : value.toPlainString();
  }

  /** A text cell, neutralised against spreadsheet formula injection. */
  static String text(String value) {
    if (!value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0) {
      return "'" + value;
    }
    return value;
  }
}
