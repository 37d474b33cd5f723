package dev.csprules.testkit;

import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.function.Executable;

/** The problems a read must fail with, as the command line prints them. */
final class ReadFailures {
  private ReadFailures() {}

  static List<String> of(Executable read) {
    return assertThrows(ScenarioFileException.class, read).problems().stream().map(ScenarioProblem::toString).toList();
  }
}
