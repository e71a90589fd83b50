package io.charterassurance.cli;

import io.charterassurance.model.io.InputFile;
import io.charterassurance.model.io.CharterJson;
import io.charterassurance.model.report.ReportReader;
import io.charterassurance.model.io.Violation;
import io.charterassurance.report.ReportFile;
import io.charterassurance.report.ReportFormat;
import io.charterassurance.report.ReportWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code charter render}: renders a saved JSON report again, in any format, without assessing. */
@Command(
    name = "render",
    mixinStandardHelpOptions = true,
    description = {
      "Render a saved JSON report (from `charter assess --format json`) again in any format, without assessing:"
          + " the bytes are those the report gave when it was first written.",
      "A file that is not a report is refused with every problem's path, line and column, and the exit code is 2."
    })
final class RenderCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "REPORT",
      description = "A JSON report: one report, or an array of them for several submissions; - reads it from standard input.")
  Path report = Path.of("");

  @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "text",
      converter = FormatConverter.class, completionCandidates = FormatConverter.Candidates.class,
      description = "Report format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  ReportFormat format = ReportFormat.TEXT;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE",
      description = "Write the report here instead of to stdout, atomically, as assess --output does; never over the report read.")
  @Nullable Path output;

  @Option(names = "--source", paramLabel = "NAME", split = ",",
      description = "The submission file each report came from, as assess named it (JUnit XML and SARIF point at it;"
          + " HTML, text and CSV show it): one per report, in order. A JSON report does not record it; without this"
          + " option no file is named.")
  List<String> sources = new ArrayList<>();

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    boolean stdin = report.toString().equals(Inputs.DASH);
    String special = stdin ? null : Inputs.specialFile(report);
    if (special != null) {
      err.println(Terminal.safe("charter: " + report + ": " + special));
      return ExitCodes.INVALID;
    }
    ReportReader.Result read = stdin ? readStdin() : ReportReader.create().read(report);
    if (!read.isValid()) {
      err.println(Terminal.safe("charter: " + read.source() + " is not a report that can be rendered ("
          + read.violations().size() + " problem" + (read.violations().size() == 1 ? "" : "s") + "):"));
      for (Violation v : read.violations()) {
        err.println("  " + Terminal.safe(v.toString()));
      }
      return ExitCodes.INVALID;
    }
    int count = read.reports().size();
    if (!sources.isEmpty() && sources.size() != count) {
      err.println(Terminal.safe("charter: --source names " + sources.size() + " file" + (sources.size() == 1 ? "" : "s")
          + " but " + read.source() + " holds " + count + " report" + (count == 1 ? "" : "s")
          + "; give one name per report, in order"));
      return ExitCodes.INVALID;
    }
    ReportWriter writer = ReportWriter.of(format).withSources(sources.isEmpty() ? java.util.Collections.nCopies(count, "") : sources);
    if (output == null) {
      try {
        OutputStream out = new WriterStream(spec.commandLine().getOut(), () -> { });
        writer.write(read.reports(), out);
        out.close();
      } catch (IOException e) {
        err.println(Terminal.safe("charter: cannot write to standard output: " + InputFile.reason(e)));
        return ExitCodes.INVALID;
      }
      return ExitCodes.OK;
    }
    try (ReportFile file = ReportFile.open(output, stdin ? List.of() : List.of(report))) {
      try {
        writer.write(read.reports(), file.stream());
        file.commit();
      } catch (IOException e) {
        err.println(Terminal.safe("charter: cannot write " + output + ": " + InputFile.reason(e)));
        return ExitCodes.INVALID;
      }
      err.println(Terminal.safe("charter: wrote " + output));
      return ExitCodes.OK;
    } catch (ReportFile.Refused e) {
      err.println(Terminal.safe("charter: cannot write " + output + ": " + e.getMessage()));
      return ExitCodes.INVALID;
    }
  }

  /** The report on standard input, read as far as the largest report accepted. */
  private static ReportReader.Result readStdin() {
    byte[] bytes;
    try {
      bytes = System.in.readNBytes((int) CharterJson.MAX_REPORT_BYTES + 1);
    } catch (IOException e) {
      return new ReportReader.Result(Inputs.STDIN, List.of(),
          List.of(Violation.at(Inputs.STDIN, "$", "cannot be read: " + InputFile.reason(e))));
    }
    return ReportReader.create().read(Inputs.STDIN, bytes);
  }
}
