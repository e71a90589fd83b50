package io.charterassurance.model.submission;

import io.charterassurance.model.evidence.Evidence;
import io.charterassurance.model.evidence.EvidenceStatus;
import io.charterassurance.model.evidence.Provenance;
import io.charterassurance.model.organisation.Organisation;
import io.charterassurance.model.organisation.Predecessor;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Checks the cross-field rules of {@link ValidSubmission}; each problem is its own violation.
 * Public only because Bean Validation instantiates it; use {@code SubmissionReader} instead.
 */
public final class SubmissionConstraintValidator
    implements ConstraintValidator<ValidSubmission, Submission> {

  /** Called by Bean Validation. */
  public SubmissionConstraintValidator() {}

  @Override
  public boolean isValid(Submission submission, ConstraintValidatorContext context) {
    if (submission == null) {
      return true;
    }
    context.disableDefaultConstraintViolation();
    Checks checks = new Checks(context);
    checkOrganisation(submission.organisation(), checks);
    checkDates(submission, checks);
    checkEvidence(submission, checks);
    checkWaivers(submission.waivers(), checks);
    return checks.valid;
  }

  private static void checkOrganisation(Organisation organisation, Checks checks) {
    if (organisation == null || organisation.code() == null || organisation.kind() == null) {
      return;
    }
    var scheme = organisation.kind().codeScheme();
    if (!scheme.accepts(organisation.code())) {
      checks.at(
          "must be an " + scheme.label() + " (pattern " + scheme.pattern() + ") for a "
              + organisation.kind().label(),
          "organisation", "code");
    }
    Map<String, Integer> seen = new HashMap<>();
    List<Predecessor> predecessors = organisation.predecessors();
    for (int i = 0; i < predecessors.size(); i++) {
      Predecessor p = predecessors.get(i);
      if (p == null || p.code() == null) {
        continue;
      }
      if (p.code().equals(organisation.code())) {
        checks.inNested("must differ from the organisation's own code", "organisation", "predecessors", i, "code");
      } else if (seen.putIfAbsent(p.code(), i) != null) {
        checks.inNested("duplicates predecessor " + p.code() + " at index " + seen.get(p.code()),
            "organisation", "predecessors", i, "code");
      }
      if (p.kind() != null && !p.kind().codeScheme().accepts(p.code())) {
        checks.inNested("must be an " + p.kind().codeScheme().label() + " for a " + p.kind().label(),
            "organisation", "predecessors", i, "code");
      }
    }
  }

  private static void checkDates(Submission s, Checks checks) {
    Period period = s.period();
    if (period != null && period.start() != null && period.end() != null
        && period.end().isBefore(period.start())) {
      checks.at("must not be before the period's start (" + period.start() + ")", "period", "end");
    }
    if (period != null && period.start() != null && s.asAt() != null
        && s.asAt().isBefore(period.start())) {
      checks.at("must not be before the period's start (" + period.start() + ")", "asAt");
    }
  }

  private static void checkEvidence(Submission s, Checks checks) {
    Map<String, Integer> ids = new HashMap<>();
    List<Evidence> evidence = s.evidence();
    for (int i = 0; i < evidence.size(); i++) {
      Evidence e = evidence.get(i);
      if (e == null) {
        continue;
      }
      if (e.id() != null) {
        Integer first = ids.putIfAbsent(e.id(), i);
        if (first != null) {
          checks.atIndexed("duplicates the id of evidence[" + first + "] (\"" + e.id() + "\"); evidence ids must be unique",
              "evidence", "id", i);
        }
      }
      Provenance p = e.provenance();
      if (p == null) {
        continue;
      }
      if (p.date() != null && s.asAt() != null && p.date().isAfter(s.asAt())) {
        checks.atIndexed("is in the future: " + p.date() + " is after the submission's as-at date " + s.asAt(),
            "evidence", "provenance", i, "date");
      }
      if (p.status() == EvidenceStatus.APPROVED && p.approvedBy() == null) {
        checks.atIndexed("must name the approving body when the status is approved",
            "evidence", "provenance", i, "approvedBy");
      }
      if (p.status() == EvidenceStatus.PUBLISHED && p.url() == null) {
        checks.atIndexed("must give the published URL when the status is published",
            "evidence", "provenance", i, "url");
      }
      checkProducer(s, p, i, checks);
    }
  }

  private static void checkProducer(Submission s, Provenance p, int index, Checks checks) {
    Organisation org = s.organisation();
    if (org == null || org.code() == null || p.producedBy() == null) {
      return;
    }
    if (!org.ownsEvidenceOf(p.producedBy())) {
      checks.atIndexed("\"" + p.producedBy() + "\" is neither " + org.code()
              + " nor one of its predecessors; list the predecessor under organisation.predecessors",
          "evidence", "provenance", index, "producedBy");
      return;
    }
    Optional<Predecessor> predecessor = org.predecessor(p.producedBy());
    if (predecessor.isPresent() && p.date() != null && predecessor.get().until() != null
        && p.date().isAfter(predecessor.get().until())) {
      checks.atIndexed("is " + p.date() + ", after " + p.producedBy() + " ceased on "
              + predecessor.get().until() + "; a predecessor's evidence must date from its lifetime",
          "evidence", "provenance", index, "date");
    }
  }

  private static void checkWaivers(List<Waiver> waivers, Checks checks) {
    for (int i = 0; i < waivers.size(); i++) {
      Waiver w = waivers.get(i);
      if (w == null) {
        continue;
      }
      if (w.requestedBy() != null && w.approvedBy() != null
          && w.requestedBy().strip().equalsIgnoreCase(w.approvedBy().strip())) {
        checks.atIndexed("must not be the requester (" + w.requestedBy() + "): a waiver needs a second person's approval",
            "waivers", "approvedBy", i);
      }
      if (w.approvedOn() != null && w.expires() != null && w.expires().isBefore(w.approvedOn())) {
        checks.atIndexed("must not be before the approval date (" + w.approvedOn() + ")",
            "waivers", "expires", i);
      }
    }
  }

  /** Collects violations with their property paths. */
  private static final class Checks {
    private final ConstraintValidatorContext context;
    private boolean valid = true;

    Checks(ConstraintValidatorContext context) {
      this.context = context;
    }

    /** A violation at a plain path such as {@code organisation.code}. */
    void at(String message, String first, String... rest) {
      valid = false;
      var builder = context.buildConstraintViolationWithTemplate(escape(message)).addPropertyNode(first);
      for (String node : rest) {
        builder = builder.addPropertyNode(node);
      }
      builder.addConstraintViolation();
    }

    /** A violation at {@code list[index].property}, e.g. {@code evidence[3].id}. */
    void atIndexed(String message, String list, String property, int index) {
      valid = false;
      context.buildConstraintViolationWithTemplate(escape(message))
          .addPropertyNode(list)
          .addPropertyNode(property).inIterable().atIndex(index)
          .addConstraintViolation();
    }

    /** A violation at {@code list[index].object.property}, e.g. {@code evidence[3].provenance.date}. */
    void atIndexed(String message, String list, String object, int index, String property) {
      valid = false;
      context.buildConstraintViolationWithTemplate(escape(message))
          .addPropertyNode(list)
          .addPropertyNode(object).inIterable().atIndex(index)
          .addPropertyNode(property)
          .addConstraintViolation();
    }

    /** A violation at {@code root.list[index].property}, e.g. {@code organisation.predecessors[1].code}. */
    void inNested(String message, String root, String list, int index, String property) {
      valid = false;
      context.buildConstraintViolationWithTemplate(escape(message))
          .addPropertyNode(root)
          .addPropertyNode(list)
          .addPropertyNode(property).inIterable().atIndex(index)
          .addConstraintViolation();
    }

    /** Messages are literal text, not templates. */
    private static String escape(String message) {
      return message.replace("\\", "\\\\").replace("{", "\\{").replace("}", "\\}").replace("$", "\\$");
    }
  }
}
