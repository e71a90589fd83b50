package io.charterassurance.report;

import io.charterassurance.model.io.Violation;
import io.charterassurance.model.report.Report;
import java.util.List;

/**
 * A report names the submission it came from by its file name only, never by the path it was read
 * from: a report is shared, and a path such as {@code /home/alice/assurance/qmf.json} or
 * {@code C:\Users\alice\qmf.json} tells its readers about the machine it was made on and nothing
 * about the submission. Every report any {@link ReportWriter} writes, in every format, goes
 * through here: the name it is given for the report and the source of each of the report's
 * violations.
 */
final class SourceNames {
  private SourceNames() {}

  /**
   * The file name of a source: what follows its last {@code /} or {@code \} (both, whatever the
   * platform, so that a Windows path written on Linux is shortened too); a name with a separator
   * at its end is the name before it. {@code ""} stays {@code ""}, and a name without a separator
   * stays as it is ({@code a:b.json} is a file name on Linux).
   */
  static String fileName(String source) {
    String name = source;
    int end = name.length();
    while (end > 0 && isSeparator(name.charAt(end - 1))) {
      end--;
    }
    int start = end;
    while (start > 0 && !isSeparator(name.charAt(start - 1))) {
      start--;
    }
    return name.substring(start, end);
  }

  private static boolean isSeparator(char c) {
    return c == '/' || c == '\\';
  }

  /** The report with each violation naming its source by file name; the report itself when they all do. */
  static Report report(Report r) {
    if (r.violations().stream().allMatch(v -> fileName(v.source()).equals(v.source()))) {
      return r;
    }
    List<Violation> violations = r.violations().stream()
        .map(v -> new Violation(fileName(v.source()), v.path(), v.line(), v.column(), v.message()))
        .toList();
    return new Report(r.format(), r.subject(), r.overall(), r.band(), r.tally(), r.principles(), r.calls(),
        r.findings(), r.evidence(), violations, r.provenance(), r.interval(), r.nextSteps(), r.timeline(),
        r.notices());
  }
}
