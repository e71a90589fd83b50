package io.charterassurance.cli;

import io.charterassurance.model.io.CharterJson;
import io.charterassurance.model.organisation.OrganisationKind;
import java.util.Arrays;
import java.util.Iterator;
import java.util.stream.Collectors;
import picocli.CommandLine;

/** Reads organisation kinds by their JSON names ({@code icb}, {@code health-and-wellbeing-board}, ...), whatever their case. */
final class KindConverter implements CommandLine.ITypeConverter<OrganisationKind> {
  @Override
  public OrganisationKind convert(String value) {
    return Arrays.stream(OrganisationKind.values()).filter(k -> id(k).equalsIgnoreCase(value.strip())).findFirst()
        .orElseThrow(() -> new CommandLine.TypeConversionException("'" + value
            + "' is not a kind of organisation; expected one of "
            + Arrays.stream(OrganisationKind.values()).map(KindConverter::id).collect(Collectors.joining(", "))));
  }

  /** The kind's JSON name. */
  static String id(OrganisationKind kind) {
    return CharterJson.externalName(kind);
  }

  /** The kind names, for {@code ${COMPLETION-CANDIDATES}}. */
  static final class Candidates implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      return Arrays.stream(OrganisationKind.values()).map(KindConverter::id).iterator();
    }
  }
}
