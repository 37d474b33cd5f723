/**
 * Rule scenarios as YAML or JSON files: reading them, running them against an engine, rule
 * coverage, and {@link dev.csprules.testkit.ScenarioTests} for JUnit 5.
 */
module dev.csprules.testkit {
  requires transitive dev.csprules.drools;
  requires org.snakeyaml.engine.v2;
  // Only ScenarioTests needs JUnit, and a project that calls it runs JUnit already.
  requires static org.junit.jupiter.api;
  requires static org.opentest4j;

  exports dev.csprules.testkit;
  // The command line reuses the scenario reader's problem list and suggestions.
  exports dev.csprules.testkit.internal to dev.csprules.cli;
}
