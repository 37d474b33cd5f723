package dev.csprules.json;

import dev.csprules.testkit.Scenario;
import dev.csprules.testkit.ScenarioFile;
import dev.csprules.testkit.ScenarioReader;
import java.nio.file.Path;
import java.util.List;

/** The scenarios of the repository's suite, scenarios/ at its root. */
final class SuiteRequests {
  static final Path SCENARIOS = Path.of("..", "scenarios");

  private SuiteRequests() {}

  static List<Scenario> scenarios() {
    return ScenarioReader.readAll(List.of(SCENARIOS)).stream()
        .map(ScenarioFile::scenarios)
        .flatMap(List::stream)
        .toList();
  }
}
