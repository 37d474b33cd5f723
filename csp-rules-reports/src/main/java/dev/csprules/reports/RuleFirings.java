package dev.csprules.reports;

import dev.csprules.testkit.CoverageReport;
import dev.csprules.testkit.ScenarioResult;
import dev.csprules.testkit.SuiteResult;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Which scenarios fired each rule, counted as rule coverage counts them. */
final class RuleFirings {
  private final Map<String, List<ScenarioRef>> byRule = new HashMap<>();

  RuleFirings(SuiteResult suite) {
    List<ScenarioResult> results = suite.results();
    for (int i = 0; i < results.size(); i++) {
      ScenarioResult result = results.get(i);
      if (CoverageReport.counts(result)) {
        ScenarioRef scenario = ref(result, i);
        result.decision().orElseThrow().firedRules()
            .forEach(rule -> byRule.computeIfAbsent(rule, id -> new ArrayList<>()).add(scenario));
      }
    }
  }

  static ScenarioRef ref(ScenarioResult result, int index) {
    return new ScenarioRef(
        result.scenario().name(), result.scenario().location().fileAndLine(), "s-" + (index + 1));
  }

  /** The scenarios that fired the rule, in the order they ran; empty when none did. */
  List<ScenarioRef> of(String ruleId) {
    return List.copyOf(byRule.getOrDefault(ruleId, List.of()));
  }
}
