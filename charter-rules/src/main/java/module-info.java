/**
 * Assessing submissions against the Charter. The entry point is {@link
 * io.charterassurance.rules.Assessor}; what an assessor is built from (criteria catalogue,
 * scoring policy) is in {@link io.charterassurance.rules.catalogue}. Drools stays inside, in the
 * package {@code io.charterassurance.rules.internal}, which is not exported.
 */
module io.charterassurance.rules {
  requires transitive io.charterassurance.model;

  // Drools' jars are automatic modules. Besides what the library's own code names (kie-api, the
  // executable model and its builder), the classes the build generates from the bundled rule
  // files link to drools-compiler, drools-core and drools-util, and the model builder returns a
  // drools-kiesession type: all are required, so that they are modules this one reads.
  requires org.drools.canonicalmodel;
  requires org.drools.compiler;
  requires org.drools.core;
  requires org.drools.kiesession;
  requires org.drools.modelcompiler;
  requires org.drools.util;
  requires org.kie.api;
  requires org.slf4j;
  requires java.logging;

  exports io.charterassurance.rules;
  exports io.charterassurance.rules.catalogue;

  // Jackson reads the catalogue and policy files into these records; Hibernate Validator checks
  // them, reading their fields.
  opens io.charterassurance.rules.catalogue to com.fasterxml.jackson.databind, org.hibernate.validator;
}
