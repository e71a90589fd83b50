/**
 * The Charter, organisations, evidence, submissions and reports as immutable records, with the
 * one JSON mapping of them and the reader that validates submissions at the boundary. The entry
 * points are {@link io.charterassurance.model.io.SubmissionReader} and {@link
 * io.charterassurance.model.charter.Charter#standard()}.
 *
 * <p>Every package is exported. Jackson maps the records and Hibernate Validator validates them;
 * the packages where they need more than public access are open to them alone.
 */
module io.charterassurance.model {
  requires transitive com.fasterxml.jackson.databind;
  requires transitive jakarta.validation;
  requires static transitive org.jspecify;

  requires com.fasterxml.jackson.dataformat.yaml;
  requires com.fasterxml.jackson.datatype.jsr310;
  requires java.json.canonicalization;
  requires java.logging;
  requires org.yaml.snakeyaml;
  // Not referred to in code, but needed at run time: Hibernate Validator is the Bean Validation
  // provider, and it needs an Expression Language implementation (Expressly, an automatic
  // module) to interpolate messages, while it requires the EL API only statically.
  requires org.hibernate.validator;
  requires jakarta.el;
  requires org.glassfish.expressly;
  // Hibernate Validator's own dependency, which an automatic module cannot declare.
  requires com.fasterxml.classmate;

  exports io.charterassurance.model.charter;
  exports io.charterassurance.model.evidence;
  exports io.charterassurance.model.io;
  exports io.charterassurance.model.organisation;
  exports io.charterassurance.model.report;
  exports io.charterassurance.model.submission;
  exports io.charterassurance.model.text;

  // Jackson maps the public records of the exported packages through their public members and
  // needs no more, except where it reads the Charter and the succession register, through private
  // records shaped like their files. Hibernate Validator reads the constrained records' private
  // fields.
  opens io.charterassurance.model.charter to com.fasterxml.jackson.databind;
  opens io.charterassurance.model.evidence to org.hibernate.validator;
  opens io.charterassurance.model.organisation to com.fasterxml.jackson.databind, org.hibernate.validator;
  opens io.charterassurance.model.submission to org.hibernate.validator;
}
