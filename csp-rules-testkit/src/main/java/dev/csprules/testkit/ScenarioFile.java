package dev.csprules.testkit;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/** The scenarios of one file, in the order they are written. */
public record ScenarioFile(Path path, String description, List<Scenario> scenarios) {
  public ScenarioFile {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(description, "description");
    scenarios = List.copyOf(scenarios);
  }
}
