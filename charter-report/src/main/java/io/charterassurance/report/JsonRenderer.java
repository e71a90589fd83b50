package io.charterassurance.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SequenceWriter;
import io.charterassurance.model.io.CharterJson;
import io.charterassurance.model.report.Report;
import java.io.IOException;
import java.io.OutputStream;
import org.jspecify.annotations.Nullable;

/**
 * The report records in the shared JSON shape: one object, or an array for several reports. The
 * exact record: every string is written as it is, and reads back equal. The characters {@link
 * Printable} names unsafe are written as JSON escapes (<code>&#92;u001B</code>,
 * <code>&#92;u202E</code>), as are surrogates, so that the file is safe to print to a terminal and
 * loses nothing.
 *
 * <p>In a batch the first report is held until a second one says the document is an array; from
 * then on each report is written as it comes.
 */
final class JsonRenderer implements Renderer {
  @Override
  public Sink open(OutputStream out, int spillAfter) {
    ObjectWriter writer = CharterJson.json().writer().with(Printable.JSON_ESCAPES)
        .without(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    return new Sink() {
      private @Nullable Report first;
      private @Nullable SequenceWriter array;

      @Override
      public void add(Report report, String source) throws IOException {
        SequenceWriter several = array;
        if (several == null) {
          Report held = first;
          if (held == null) {
            first = report;
            return;
          }
          several = writer.writeValuesAsArray(out);
          array = several;
          several.write(held);
          first = null;
        }
        several.write(report);
      }

      @Override
      public void finish() throws IOException {
        SequenceWriter several = array;
        if (several == null) {
          writer.writeValue(out, first);
        } else {
          several.close();
        }
        out.write('\n');
      }
    };
  }
}
