package io.charterassurance.model.charter;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.charterassurance.model.io.CharterJson;
import io.charterassurance.model.organisation.Organisation;
import io.charterassurance.model.organisation.OrganisationKind;
import io.charterassurance.model.organisation.Predecessor;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * The Charter for Community Development in Health as data: every clause with its stable id and
 * exact text, the principles each call serves, and the institutions the calls name with the
 * successors that answer for them by date.
 *
 * <pre>{@code
 * Charter charter = Charter.standard();
 * Clause jsnaa = charter.clause("N2");
 * List<Clause> forAnIcb = charter.callsConcerning(OrganisationKind.ICB);
 * List<Resolution> phe = charter.resolve("public-health-england", LocalDate.of(2026, 12, 1)); // OHID, UKHSA
 * }</pre>
 *
 * <p>Immutable and safe to share between threads.
 */
public final class Charter {
  /** The bundled Charter text, a versioned YAML resource. */
  public static final String RESOURCE = "io/charterassurance/model/charter/charter-2014.yaml";

  private static final class Standard {
    static final Charter INSTANCE = load();
  }

  /** The Charter file as written. */
  private record CharterFile(
      String version,
      String title,
      String source,
      List<String> preamble,
      List<Clause> clauses,
      List<Institution> institutions) {}

  private final String version;
  private final String title;
  private final String source;
  private final List<String> preamble;
  private final String contentHash;
  private final List<Clause> clauses;
  private final Map<String, Clause> byId = new LinkedHashMap<>();
  private final Map<String, Institution> institutions = new LinkedHashMap<>();

  private Charter(CharterFile file, String contentHash) {
    this.version = file.version();
    this.title = file.title();
    this.source = file.source();
    this.preamble = List.copyOf(file.preamble());
    this.contentHash = contentHash;
    this.clauses = List.copyOf(file.clauses());
    List<String> problems = new ArrayList<>();
    for (Clause c : clauses) {
      if (byId.putIfAbsent(c.id(), c) != null) {
        problems.add("clause id " + c.id() + " appears twice");
      }
    }
    for (Institution i : file.institutions()) {
      if (institutions.putIfAbsent(i.id(), i) != null) {
        problems.add("institution id " + i.id() + " appears twice");
      }
    }
    check(problems);
    if (!problems.isEmpty()) {
      throw new IllegalStateException("The bundled Charter " + RESOURCE + " is inconsistent: " + problems);
    }
  }

  /** The bundled Charter (version 2014), loaded on first use. */
  public static Charter standard() {
    return Standard.INSTANCE;
  }

  private static Charter load() {
    ObjectMapper yaml = CharterJson.yaml();
    // Through the class, not its loader: on the module path, the module encapsulates it.
    try (InputStream in = Charter.class.getResourceAsStream("/" + RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("The bundled Charter " + RESOURCE + " is missing from the class path");
      }
      byte[] bytes = in.readAllBytes();
      return new Charter(yaml.readValue(bytes, CharterFile.class), sha256(bytes));
    } catch (IOException e) {
      throw new IllegalStateException("The bundled Charter " + RESOURCE + " could not be read", e);
    }
  }

  /** The Charter's version, {@code 2014}. */
  public String version() {
    return version;
  }

  /** The Charter's title. */
  public String title() {
    return title;
  }

  /** Who produced it. */
  public String source() {
    return source;
  }

  /** The opening paragraphs: what the Charter is and whom it addresses. */
  public List<String> preamble() {
    return preamble;
  }

  /** SHA-256 (hex) of the bundled Charter resource, as reports record it. */
  public String contentHash() {
    return contentHash;
  }

  /** Every clause, in the Charter's order, sub-points after their parent. */
  public List<Clause> clauses() {
    return clauses;
  }

  /** The clause with this id, if there is one. */
  public Optional<Clause> find(String id) {
    return Optional.ofNullable(byId.get(id));
  }

  /**
   * The clause with this id, e.g. {@code N2}.
   *
   * @throws IllegalArgumentException if the Charter has no such clause
   */
  public Clause clause(String id) {
    Clause c = byId.get(Objects.requireNonNull(id, "id"));
    if (c == null) {
      throw new IllegalArgumentException("The Charter has no clause \"" + id
          + "\"; ids are W1-W6, P1-P6 (P1a-P1c), N, N1-N12, A1-A6 (A4a-A4e, A6a-A6d)");
    }
    return c;
  }

  /** The six reasons under "Why Now?". */
  public List<Clause> whyNow() {
    return ofKind(ClauseKind.WHY_NOW);
  }

  /** The six Principles for Social Action in Health (without their parts). */
  public List<Clause> principles() {
    return ofKind(ClauseKind.PRINCIPLE);
  }

  /** The lead-in of the calls on NHS England, PHE and the Department of Health ({@code N}). */
  public Clause nationalLead() {
    return ofKind(ClauseKind.NATIONAL_LEAD).get(0);
  }

  /** The twelve calls on NHS England, PHE and the Department of Health, N1 to N12. */
  public List<Clause> nationalCalls() {
    return ofKind(ClauseKind.NATIONAL_CALL);
  }

  /** The six calls on health and other agencies, A1 to A6. */
  public List<Clause> agencyCalls() {
    return ofKind(ClauseKind.AGENCY_CALL);
  }

  /** Every call: the national lead-in, N1 to N12 and A1 to A6. */
  public List<Clause> calls() {
    return clauses.stream().filter(c -> c.kind().isCall()).toList();
  }

  /** The sub-points or commitments of a clause (empty when it has none). */
  public List<Clause> children(String id) {
    clause(id);
    return clauses.stream().filter(c -> id.equals(c.parent())).toList();
  }

  /**
   * The id of the top-level clause a clause belongs to: {@code A4} for {@code A4b}, {@code P1}
   * for {@code P1a}, the clause itself otherwise.
   *
   * @throws IllegalArgumentException if the Charter has no such clause
   */
  public String topLevelCallOf(String id) {
    Clause c = clause(id);
    while (c.parent() != null) {
      c = clause(c.parent());
    }
    return c.id();
  }

  /**
   * The ids of the principles ({@code P1} to {@code P6}) a clause serves, sorted: a call's own
   * mapping, a sub-point's own or else its parent's, a principle (or part) itself. The Why now
   * clauses serve none.
   *
   * @throws IllegalArgumentException if the Charter has no such clause
   */
  public List<String> principlesServedBy(String id) {
    Clause c = clause(id);
    if (c.kind() == ClauseKind.PRINCIPLE || c.kind() == ClauseKind.PRINCIPLE_PART) {
      return List.of(topLevelCallOf(id));
    }
    while (c.principles().isEmpty() && c.parent() != null) {
      c = clause(c.parent());
    }
    return c.principles().stream().sorted().toList();
  }

  /**
   * The calls whose subject is this kind of organisation, at any time: those that concern an
   * institution of the kind or one it succeeded (a call about CCGs concerns ICBs). This answers
   * "which calls are addressed to this kind of organisation".
   */
  public List<Clause> callsConcerning(OrganisationKind kind) {
    Objects.requireNonNull(kind, "kind");
    return calls().stream()
        .filter(call -> call.concerns().stream().anyMatch(id -> everKind(id, kind, new TreeSet<>())))
        .toList();
  }

  /** The calls that concern this kind of organisation on a date (after successions up to it). */
  public List<Clause> callsConcerning(OrganisationKind kind, LocalDate date) {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(date, "date");
    return calls().stream()
        .filter(call -> concernedOn(call.id(), date).stream().anyMatch(r -> r.institution().kind() == kind))
        .toList();
  }

  /** Every institution the Charter names or relies on, with its successors. */
  public List<Institution> institutions() {
    return List.copyOf(institutions.values());
  }

  /** The institution with this id, if there is one. */
  public Optional<Institution> institution(String id) {
    return Optional.ofNullable(institutions.get(id));
  }

  /**
   * Who answers for an institution on a date: the institution itself while it lasts, then the
   * successors its functions passed to (following every succession effective on or before the
   * date, planned ones flagged). Empty when the institution did not exist yet on that date, or
   * ended with no successor (the CCG Quality Premium after June 2022).
   *
   * @throws IllegalArgumentException if there is no institution with this id
   */
  public List<Resolution> resolve(String institutionId, LocalDate date) {
    Objects.requireNonNull(date, "date");
    Institution start = institutionOrThrow(institutionId);
    if (start.from() != null && date.isBefore(start.from())) {
      return List.of();
    }
    Map<String, Resolution> out = new LinkedHashMap<>();
    walk(start, List.of(start.id()), null, null, false, date, out);
    return List.copyOf(out.values());
  }

  /** The institutions a call calls on to act, as they stand on a date (e.g. N8 in 2026: NHS England). */
  public List<Resolution> addresseesOn(String callId, LocalDate date) {
    return resolveAll(call(callId).addressedTo(), date);
  }

  /** The institutions whose practice a call concerns, as they stand on a date (N5 in 2026: ICBs, trusts). */
  public List<Resolution> concernedOn(String callId, LocalDate date) {
    return resolveAll(call(callId).concerns(), date);
  }

  /**
   * Who answers a call for a submitting organisation on a date. The organisation answers if, on
   * that date, the call concerns its kind and it had taken over from its predecessors (the day
   * after the last predecessor's {@code until}); up to then, each predecessor of the right kind
   * answers (a CCG for a call about CCGs, for evidence
   * dated before its ICB took over on 1 July 2022). Empty when the call does not concern the
   * organisation on that date.
   *
   * @throws IllegalArgumentException if the Charter has no such call
   */
  public List<Responder> respondersFor(String callId, Organisation organisation, LocalDate date) {
    Objects.requireNonNull(organisation, "organisation");
    List<Resolution> concerned = concernedOn(callId, date);
    Optional<LocalDate> lastPredecessorDay = organisation.predecessors().stream()
        .map(Predecessor::until)
        .filter(Objects::nonNull)
        .max(Comparator.naturalOrder());
    boolean current = lastPredecessorDay.isEmpty() || date.isAfter(lastPredecessorDay.get());
    Map<String, Responder> out = new LinkedHashMap<>();
    for (Resolution r : concerned) {
      OrganisationKind kind = r.institution().kind();
      if (kind == null) {
        continue;
      }
      if (current && kind == organisation.kind()) {
        out.putIfAbsent(organisation.code(),
            new Responder(organisation.code(), organisation.name(), kind, false, r));
      }
      organisation.predecessors().stream()
          .filter(p -> p.kind() == kind && p.until() != null && !date.isAfter(p.until()))
          .sorted(Comparator.comparing(Predecessor::code))
          .forEach(p -> out.putIfAbsent(p.code(), new Responder(p.code(), p.name(), kind, true, r)));
    }
    return List.copyOf(out.values());
  }

  private Clause call(String callId) {
    Clause c = clause(topLevelCallOf(callId));
    if (!c.kind().isCall()) {
      throw new IllegalArgumentException("\"" + callId + "\" is a " + c.kind().label().toLowerCase(java.util.Locale.ROOT)
          + ", not a call; calls are N, N1-N12 and A1-A6");
    }
    return c;
  }

  private List<Resolution> resolveAll(List<String> ids, LocalDate date) {
    Map<String, Resolution> out = new LinkedHashMap<>();
    for (String id : ids) {
      for (Resolution r : resolve(id, date)) {
        out.putIfAbsent(r.institution().id(), r);
      }
    }
    return List.copyOf(out.values());
  }

  private void walk(
      Institution at,
      List<String> via,
      @Nullable LocalDate since,
      @Nullable String functions,
      boolean planned,
      LocalDate date,
      Map<String, Resolution> out) {
    List<Succession> taken = at.successors().stream().filter(s -> !s.effective().isAfter(date)).toList();
    if (taken.isEmpty()) {
      if (at.until() == null || !date.isAfter(at.until())) {
        out.putIfAbsent(at.id(), new Resolution(at, via, since, functions, planned));
      }
      return;
    }
    for (Succession s : taken) {
      List<String> next = new ArrayList<>(via);
      next.add(s.to());
      walk(institutions.get(s.to()), next, s.effective(), s.functions() != null ? s.functions() : functions,
          planned || s.planned(), date, out);
    }
  }

  private boolean everKind(String id, OrganisationKind kind, Set<String> seen) {
    Institution i = institutions.get(id);
    if (i == null || !seen.add(id)) {
      return false;
    }
    return i.kind() == kind || i.successors().stream().anyMatch(s -> everKind(s.to(), kind, seen));
  }

  private Institution institutionOrThrow(String id) {
    Institution i = institutions.get(Objects.requireNonNull(id, "institutionId"));
    if (i == null) {
      throw new IllegalArgumentException("The Charter names no institution \"" + id + "\"; known: " + institutions.keySet());
    }
    return i;
  }

  private List<Clause> ofKind(ClauseKind kind) {
    return clauses.stream().filter(c -> c.kind() == kind).toList();
  }

  private void check(List<String> problems) {
    for (Clause c : clauses) {
      if (c.parent() != null && !byId.containsKey(c.parent())) {
        problems.add(c.id() + ": parent " + c.parent() + " is not a clause");
      }
      for (String p : c.principles()) {
        Clause principle = byId.get(p);
        if (principle == null || principle.kind() != ClauseKind.PRINCIPLE) {
          problems.add(c.id() + ": " + p + " is not a principle");
        }
      }
      List<String> refs = new ArrayList<>(c.addressedTo());
      refs.addAll(c.concerns());
      refs.addAll(c.instruments());
      for (String ref : refs) {
        if (!institutions.containsKey(ref)) {
          problems.add(c.id() + ": " + ref + " is not an institution");
        }
      }
      if (c.kind().isCall() && (c.concerns().isEmpty() || c.principles().isEmpty())) {
        problems.add(c.id() + ": a call must say what it concerns and which principles it serves");
      }
    }
    for (Institution i : institutions.values()) {
      for (Succession s : i.successors()) {
        if (!institutions.containsKey(s.to())) {
          problems.add(i.id() + ": successor " + s.to() + " is not an institution");
        }
      }
      if (reaches(i.id(), i.id(), new TreeSet<>())) {
        problems.add(i.id() + ": its successors lead back to it");
      }
    }
  }

  private boolean reaches(String from, String target, Set<String> seen) {
    Institution i = institutions.get(from);
    if (i == null || !seen.add(from)) {
      return false;
    }
    for (Succession s : i.successors()) {
      if (s.to().equals(target) || reaches(s.to(), target, seen)) {
        return true;
      }
    }
    return false;
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
    }
  }
}
