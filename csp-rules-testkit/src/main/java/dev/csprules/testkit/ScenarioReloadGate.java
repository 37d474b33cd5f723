package dev.csprules.testkit;

import dev.csprules.api.PolicyEngine;
import dev.csprules.drools.ReloadGate;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A reload gate that runs a scenario suite against every changed policy: the change goes live
 * only when every scenario passes. The files are read afresh at each reload, so the suite can
 * change with the policy.
 *
 * <pre>{@code
 * DroolsPolicyEngine.builder()
 *     .policyFolder(policy).watch()
 *     .reloadGate(ScenarioReloadGate.of(Path.of("scenarios")))
 *     .build();
 * }</pre>
 */
public final class ScenarioReloadGate implements ReloadGate {
  private final List<Path> paths;

  private ScenarioReloadGate(List<Path> paths) {
    this.paths = List.copyOf(paths);
  }

  /** The scenario files, or folders of them, every changed policy must pass. */
  public static ScenarioReloadGate of(Path... paths) {
    return new ScenarioReloadGate(List.of(paths));
  }

  /**
   * @throws ScenarioFileException when a scenario file has problems
   * @throws IllegalStateException naming the failing scenarios when any fails
   */
  @Override
  public void check(PolicyEngine candidate) {
    SuiteResult suite = new ScenarioRunner(candidate, List.of()).runFiles(ScenarioReader.readAll(paths, candidate));
    if (suite.failed() > 0) {
      throw new IllegalStateException(
          "the changed policy fails " + suite.failed() + " of " + suite.results().size() + " scenarios: "
              + suite.failures().stream()
                  .map(failure -> failure.scenario().name() + " (" + failure.scenario().location().fileAndLine() + ")")
                  .collect(Collectors.joining("; ")));
    }
  }
}
