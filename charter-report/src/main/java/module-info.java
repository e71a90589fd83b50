/**
 * Writing readiness reports for people and machines: text, JSON, HTML, CSV, JUnit XML and SARIF.
 * The entry point is {@link io.charterassurance.report.ReportWriter}.
 *
 * <p>JMustache fills the HTML templates by reflection on the package's own view records, so the
 * package is open to it alone.
 */
module io.charterassurance.report {
  requires transitive io.charterassurance.model;

  requires com.fasterxml.jackson.dataformat.csv;
  requires com.samskivert.jmustache;
  requires java.json.canonicalization;
  requires java.xml;

  exports io.charterassurance.report;

  opens io.charterassurance.report to com.samskivert.jmustache;
}
