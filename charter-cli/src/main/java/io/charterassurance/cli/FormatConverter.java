package io.charterassurance.cli;

import io.charterassurance.report.ReportFormat;
import java.util.Arrays;
import java.util.Iterator;
import picocli.CommandLine;

/** Reads {@code --format} values by their lower-case ids and lists them for help and completion. */
final class FormatConverter implements CommandLine.ITypeConverter<ReportFormat> {
  @Override
  public ReportFormat convert(String value) {
    return ReportFormat.byId(value).orElseThrow(() -> new CommandLine.TypeConversionException(
        "'" + value + "' is not a report format; expected one of " + ReportFormat.ids()));
  }

  /** The format ids, for {@code ${COMPLETION-CANDIDATES}}. */
  static final class Candidates implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      return Arrays.stream(ReportFormat.values()).map(ReportFormat::id).iterator();
    }
  }
}
