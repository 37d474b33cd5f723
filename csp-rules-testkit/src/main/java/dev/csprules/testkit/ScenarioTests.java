package dev.csprules.testkit;

import dev.csprules.drools.DroolsPolicyEngine;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.opentest4j.AssertionFailedError;

/**
 * Turns scenario files into JUnit 5 dynamic tests: a container per file, a test per scenario
 * (skipped scenarios are reported as skipped), and optionally a last test that fails when too few
 * rules fired. IDEs link each test to its line in the file.
 *
 * <pre>{@code
 * class PolicyScenariosTest {
 *   @TestFactory
 *   Stream<DynamicNode> scenarios() {
 *     return ScenarioTests.in(Path.of("src/test/scenarios")).requireCoverage(100).tests();
 *   }
 * }
 * }</pre>
 */
public final class ScenarioTests {
  private final List<Path> paths;
  private final Optional<DroolsPolicyEngine> engine;
  private final Optional<BigDecimal> minimumCoverage;
  private final Language language;

  private ScenarioTests(
      List<Path> paths,
      Optional<DroolsPolicyEngine> engine,
      Optional<BigDecimal> minimumCoverage,
      Language language) {
    this.paths = List.copyOf(paths);
    this.engine = engine;
    this.minimumCoverage = minimumCoverage;
    this.language = language;
  }

  /** The scenario files under these files and folders, run with the built-in policy. */
  public static ScenarioTests in(Path... paths) {
    return new ScenarioTests(List.of(paths), Optional.empty(), Optional.empty(), Language.EN);
  }

  /** Runs with this engine instead of the built-in policy, for a policy with replaced data files. */
  public ScenarioTests engine(DroolsPolicyEngine engine) {
    return new ScenarioTests(paths, Optional.of(Objects.requireNonNull(engine, "engine")), minimumCoverage, language);
  }

  /** Adds a last test, "rule coverage", that fails unless this percentage of the rules fired. */
  public ScenarioTests requireCoverage(double percent) {
    return new ScenarioTests(paths, engine, Optional.of(BigDecimal.valueOf(percent)), language);
  }

  /** Shows finding messages in failures in this language. */
  public ScenarioTests language(Language language) {
    return new ScenarioTests(paths, engine, minimumCoverage, Objects.requireNonNull(language, "language"));
  }

  /**
   * The tests, for a {@code @TestFactory} to return.
   *
   * @throws ScenarioFileException when a path does not exist; a file that cannot be read becomes
   *     one failing test naming its problems
   */
  // JUnit is an optional dependency (requires static): whoever calls this runs JUnit already.
  @SuppressWarnings("exports")
  public Stream<DynamicNode> tests() {
    List<Path> files = ScenarioReader.find(paths);
    DroolsPolicyEngine policy = engine.orElseGet(BuiltInEngine::get);
    ScenarioRunner runner = ScenarioRunner.of(policy);
    Map<Scenario, ScenarioResult> results = new ConcurrentHashMap<>();
    List<Scenario> all = new ArrayList<>();
    List<DynamicNode> nodes = new ArrayList<>();
    for (Path file : files) {
      nodes.add(fileTests(file, policy, runner, results, all));
    }
    minimumCoverage.ifPresent(
        minimum ->
            nodes.add(
                DynamicTest.dynamicTest(
                    "rule coverage",
                    () -> checkCoverage(minimum, policy, runner, all, results))));
    return nodes.stream();
  }

  private DynamicNode fileTests(
      Path file,
      DroolsPolicyEngine policy,
      ScenarioRunner runner,
      Map<Scenario, ScenarioResult> results,
      List<Scenario> all) {
    ScenarioFile scenarios;
    try {
      scenarios = ScenarioReader.read(file, policy);
    } catch (ScenarioFileException e) {
      return DynamicTest.dynamicTest(
          file + " (cannot be read)",
          Location.startOf(file).uri(),
          () -> {
            throw new AssertionFailedError(e.getMessage());
          });
    }
    all.addAll(scenarios.scenarios());
    return DynamicContainer.dynamicContainer(
        file.toString(),
        Location.startOf(file).uri(),
        scenarios.scenarios().stream()
            .map(
                scenario ->
                    DynamicTest.dynamicTest(
                        scenario.name(),
                        scenario.location().uri(),
                        () -> check(results.computeIfAbsent(scenario, runner::run)))));
  }

  private void check(ScenarioResult result) {
    if (result.status() == ScenarioResult.Status.SKIPPED) {
      Assumptions.abort("skipped: " + result.scenario().skip().orElse(""));
    }
    if (result.failed()) {
      throw new AssertionFailedError(FailureReport.describe(result, language));
    }
  }

  /** Counts every scenario, running any that a filtered test run left out. */
  private static void checkCoverage(
      BigDecimal minimum,
      DroolsPolicyEngine policy,
      ScenarioRunner runner,
      List<Scenario> all,
      Map<Scenario, ScenarioResult> results) {
    List<ScenarioResult> ordered = all.stream().map(scenario -> results.computeIfAbsent(scenario, runner::run)).toList();
    CoverageReport coverage = CoverageReport.of(policy.rules(), new SuiteResult(ordered));
    if (!coverage.meets(minimum)) {
      throw new AssertionFailedError(
          "rule coverage " + coverage.summary() + " is below " + minimum.toPlainString() + "%; never fired: "
              + coverage.neverFired().stream()
                  .map(rule -> rule.id() + " (" + rule.title() + ")")
                  .collect(Collectors.joining(", ")));
    }
  }
}
