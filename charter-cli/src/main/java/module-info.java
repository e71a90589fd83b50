/**
 * The {@code charter} command line, a thin picocli layer over the public API. It ships as a fat
 * jar that runs on the class path, where this descriptor is left out; it lets the command run on
 * the module path too ({@code java -p ... -m io.charterassurance.cli}), where {@code --rules}
 * needs {@code --add-exports io.charterassurance.rules/io.charterassurance.rules.internal=ALL-UNNAMED}.
 *
 * <p>picocli fills the commands' annotated fields by reflection, so the package is open to it.
 */
module io.charterassurance.cli {
  requires io.charterassurance.report;
  requires io.charterassurance.rules;
  requires io.charterassurance.server;
  requires info.picocli;

  opens io.charterassurance.cli to info.picocli;
}
