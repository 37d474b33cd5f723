package dev.csprules.testkit;

import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;

/** The repository's own scenario suite, scenarios/ at its root, as a user's build would run one. */
class RepositoryScenariosTest {
  @TestFactory
  Stream<DynamicNode> scenarios() {
    return ScenarioTests.in(Path.of("..", "scenarios")).requireCoverage(100).tests();
  }
}
