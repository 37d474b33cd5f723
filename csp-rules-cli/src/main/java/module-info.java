/** The csp-rules command line. Not a library: it exports nothing. */
module dev.csprules.cli {
  requires dev.csprules.testkit;
  requires info.picocli;
  requires com.fasterxml.jackson.core;
  requires java.xml;

  // picocli reads the commands' annotated fields and sets them by reflection.
  opens dev.csprules.cli to info.picocli;
}
