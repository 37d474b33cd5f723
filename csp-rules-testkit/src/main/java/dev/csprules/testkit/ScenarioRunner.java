package dev.csprules.testkit;

import dev.csprules.api.InvalidRequestException;
import dev.csprules.api.PolicyEngine;
import dev.csprules.drools.DroolsPolicyEngine;
import dev.csprules.drools.PolicyRule;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

/**
 * Runs scenarios against an engine and checks each decision against its expectation. The engine
 * is shared; each scenario is independent, so a suite runs on several threads.
 */
public final class ScenarioRunner {
  private final PolicyEngine engine;
  private final Set<String> ruleIds;

  /**
   * @param rules the policy's rules, to report a {@code fired} expectation that names no rule;
   *     may be empty
   */
  public ScenarioRunner(PolicyEngine engine, Collection<PolicyRule> rules) {
    this.engine = engine;
    this.ruleIds = rules.stream().map(PolicyRule::id).collect(Collectors.toUnmodifiableSet());
  }

  public static ScenarioRunner of(DroolsPolicyEngine engine) {
    return new ScenarioRunner(engine, engine.rules());
  }

  public ScenarioResult run(Scenario scenario) {
    if (scenario.skip().isPresent()) {
      return new ScenarioResult(
          scenario, ScenarioResult.Status.SKIPPED, new Evaluation.NotRun(), List.of(), Duration.ZERO);
    }
    long start = System.nanoTime();
    Evaluation evaluation = evaluate(scenario);
    Duration duration = Duration.ofNanos(System.nanoTime() - start);
    List<String> mismatches = ExpectationCheck.mismatches(scenario.expect(), evaluation, ruleIds);
    return new ScenarioResult(
        scenario,
        mismatches.isEmpty() ? ScenarioResult.Status.PASSED : ScenarioResult.Status.FAILED,
        evaluation,
        mismatches,
        duration);
  }

  /** Runs the scenarios on one thread per processor; the results keep the scenarios' order. */
  public SuiteResult run(List<Scenario> scenarios) {
    int threads = Math.max(1, Math.min(scenarios.size(), Runtime.getRuntime().availableProcessors()));
    ExecutorService pool =
        Executors.newFixedThreadPool(
            threads,
            task -> {
              Thread thread = new Thread(task, "scenario-runner");
              thread.setDaemon(true);
              return thread;
            });
    try {
      List<Future<ScenarioResult>> futures = new ArrayList<>();
      scenarios.forEach(scenario -> futures.add(pool.submit(() -> run(scenario))));
      List<ScenarioResult> results = new ArrayList<>();
      for (Future<ScenarioResult> future : futures) {
        results.add(future.get());
      }
      return new SuiteResult(results);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while running scenarios", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof Error error) {
        throw error;
      }
      throw new IllegalStateException("a scenario could not be run", e.getCause());
    } finally {
      pool.shutdownNow();
    }
  }

  /** Runs every scenario of the files, in file order. */
  public SuiteResult runFiles(List<ScenarioFile> files) {
    return run(files.stream().flatMap(file -> file.scenarios().stream()).toList());
  }

  // A runner reports whatever the engine does with a scenario; nothing it throws may stop the suite.
  private Evaluation evaluate(Scenario scenario) {
    try {
      return new Evaluation.Decided(engine.evaluate(scenario.request(), scenario.asOf()));
    } catch (InvalidRequestException e) {
      return new Evaluation.Rejected(e);
    } catch (RuntimeException e) {
      return new Evaluation.Failed(e);
    }
  }
}
