package io.charterassurance.report;

import com.fasterxml.jackson.core.JsonGenerator;
import io.charterassurance.model.io.CharterJson;
import io.charterassurance.model.report.Report;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/**
 * The report records in the shared JSON shape: one object, or an array for several reports. The
 * exact record: every string is written as it is, and reads back equal. The characters {@link
 * Printable} names unsafe are written as JSON escapes (<code>&#92;u001B</code>,
 * <code>&#92;u202E</code>), as are surrogates, so that the file is safe to print to a terminal and
 * loses nothing.
 */
final class JsonRenderer implements Renderer {
  @Override
  public void render(List<Report> reports, List<String> sources, OutputStream out) throws IOException {
    var writer = CharterJson.json().writer().with(Printable.JSON_ESCAPES)
        .without(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    writer.writeValue(out, reports.size() == 1 ? reports.get(0) : reports);
    out.write('\n');
  }
}
