package dev.csprules.testkit;

import dev.csprules.drools.PolicyRule;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Which rules a suite made fire, derivations included. Only scenarios that expect a decision
 * count: a bad-input scenario fires nothing by design, and one that was decided anyway has failed.
 *
 * @param rules every rule of the policy, by id
 * @param scenariosCounted the decided scenarios the counts come from
 */
public record CoverageReport(List<RuleCoverage> rules, int scenariosCounted) {
  public CoverageReport {
    rules = List.copyOf(rules);
  }

  public static CoverageReport of(Collection<PolicyRule> policyRules, SuiteResult suite) {
    Map<String, Integer> firings = new HashMap<>();
    int counted = 0;
    for (ScenarioResult result : suite.results()) {
      if (!counts(result)) {
        continue;
      }
      counted++;
      result.decision().get().firedRules().forEach(rule -> firings.merge(rule, 1, Integer::sum));
    }
    List<RuleCoverage> rules =
        policyRules.stream()
            .sorted(Comparator.comparing(PolicyRule::id))
            .map(rule -> new RuleCoverage(rule, firings.getOrDefault(rule.id(), 0)))
            .toList();
    return new CoverageReport(rules, counted);
  }

  /** Whether a scenario's fired rules count: it expects a decision and one was taken. */
  public static boolean counts(ScenarioResult result) {
    return !result.scenario().expect().expectsError() && result.decision().isPresent();
  }

  public List<PolicyRule> neverFired() {
    return rules.stream().filter(rule -> !rule.fired()).map(RuleCoverage::rule).toList();
  }

  public long firedCount() {
    return rules.stream().filter(RuleCoverage::fired).count();
  }

  /** The share of rules that fired, rounded down to a tenth, so 99.96% never shows as 100.0%. */
  public BigDecimal percent() {
    if (rules.isEmpty()) {
      return BigDecimal.valueOf(100).setScale(1);
    }
    return BigDecimal.valueOf(firedCount() * 100)
        .divide(BigDecimal.valueOf(rules.size()), 1, RoundingMode.FLOOR);
  }

  /** True when at least {@code minimumPercent} of the rules fired, compared exactly. */
  public boolean meets(BigDecimal minimumPercent) {
    return BigDecimal.valueOf(firedCount() * 100)
            .compareTo(minimumPercent.multiply(BigDecimal.valueOf(rules.size())))
        >= 0;
  }

  /** {@code 41 of 41 rules fired (100.0%)}. */
  public String summary() {
    return firedCount() + " of " + rules.size() + " rules fired (" + percent().toPlainString() + "%)";
  }
}
