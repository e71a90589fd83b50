package io.charterassurance.report;

import com.fasterxml.jackson.core.JsonGenerator;
import io.charterassurance.model.io.CharterJson;
import io.charterassurance.model.report.Report;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/** The report records in the shared JSON shape: one object, or an array for several reports. */
final class JsonRenderer implements Renderer {
  @Override
  public void render(List<Report> reports, List<String> sources, OutputStream out) throws IOException {
    var writer = CharterJson.json().writer().without(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    writer.writeValue(out, reports.size() == 1 ? reports.get(0) : reports);
    out.write('\n');
  }
}
