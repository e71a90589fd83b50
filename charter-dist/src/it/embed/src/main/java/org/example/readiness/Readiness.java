package org.example.readiness;

import io.charterassurance.model.io.ReadResult;
import io.charterassurance.model.io.SubmissionReader;
import io.charterassurance.model.report.Report;
import io.charterassurance.rules.Assessor;
import java.nio.file.Path;

/** Reads a submission, assesses it and prints the organisation and its band: the README's code. */
public final class Readiness {
  private Readiness() {}

  public static void main(String[] args) {
    Path file = Path.of(args[0]);
    // tag::embed[]
    Assessor assessor = Assessor.standard();
    ReadResult read = SubmissionReader.create().read(file);
    Report report = assessor.assess(read);
    if (!report.isAssessed()) {
      report.violations().forEach(v -> System.err.println(v));
      System.exit(2);
    }
    System.out.println(report.subject().name() + ": " + report.band().label()
        + " (" + report.overall().toPlainString() + " of 100)");
    // end::embed[]
  }
}
