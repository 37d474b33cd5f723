package dev.csprules.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.csprules.api.InvalidRequestException;
import dev.csprules.api.PolicyRequest;
import dev.csprules.drools.DroolsPolicyEngine;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * evaluateAll decides a chunk's orders in one session (docs/performance.md, "Batch"): every
 * scenario request of the repository and of the example policy folders, decided in batches, one
 * batch per as-of date, gets field by field the decision evaluate gives it alone.
 */
class BatchAgreesWithScenariosTest {
  @ParameterizedTest
  @ValueSource(strings = {"", "examples/policy-2018-history", "examples/policy-2020-customer-agreement"})
  void everyScenarioRequestIsDecidedInABatchAsAlone(String policyFolder) {
    DroolsPolicyEngine.Builder builder = DroolsPolicyEngine.builder();
    Path scenarios = Path.of("..", "scenarios");
    if (!policyFolder.isEmpty()) {
      builder.policyFolder(Path.of("..", policyFolder));
      scenarios = Path.of("..", policyFolder, "scenarios");
    }
    DroolsPolicyEngine engine = builder.build();
    Map<LocalDate, List<PolicyRequest>> byDate = new LinkedHashMap<>();
    for (ScenarioFile file : ScenarioReader.readAll(List.of(scenarios), engine)) {
      for (Scenario scenario : file.scenarios()) {
        byDate.computeIfAbsent(scenario.asOf(), date -> new ArrayList<>()).add(scenario.request());
      }
    }
    assertFalse(byDate.isEmpty());
    byDate.forEach((asOf, requests) -> {
      List<String> together =
          engine.evaluateAll(requests.stream(), asOf)
              .map(result -> result.map(
                  decided -> decided.decision().toString(),
                  rejected -> "rejected " + rejected.problems(),
                  failed -> "failed " + failed.error().getMessage()))
              .toList();
      assertEquals(requests.stream().map(request -> alone(engine, request, asOf)).toList(), together, "as of " + asOf);
    });
  }

  private static String alone(DroolsPolicyEngine engine, PolicyRequest request, LocalDate asOf) {
    try {
      return engine.evaluate(request, asOf).toString();
    } catch (InvalidRequestException e) {
      return "rejected " + e.problems();
    } catch (RuntimeException e) {
      return "failed " + e.getMessage();
    }
  }
}
