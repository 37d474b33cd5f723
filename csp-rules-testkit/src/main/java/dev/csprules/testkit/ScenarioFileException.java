package dev.csprules.testkit;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Scenario files that cannot be used as written: every problem found in every file read, each
 * with its file, line and column, so a tester fixes them all in one pass. Nothing was run.
 */
public final class ScenarioFileException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient List<ScenarioProblem> problems;

  public ScenarioFileException(List<ScenarioProblem> problems) {
    super(describe(problems));
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("a scenario file exception needs at least one problem");
    }
    this.problems = List.copyOf(problems);
  }

  public List<ScenarioProblem> problems() {
    return problems;
  }

  private static String describe(List<ScenarioProblem> problems) {
    String header =
        problems.size() == 1 ? "1 problem in scenario files" : problems.size() + " problems in scenario files";
    return problems.stream()
        .map(ScenarioProblem::toString)
        .collect(Collectors.joining("\n", header + ":\n", ""));
  }
}
