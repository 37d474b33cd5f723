package dev.csprules.testkit;

import dev.csprules.drools.PolicyRule;
import java.util.Objects;

/** One rule's coverage: in how many decided scenarios it fired. */
public record RuleCoverage(PolicyRule rule, int scenarios) {
  public RuleCoverage {
    Objects.requireNonNull(rule, "rule");
  }

  public boolean fired() {
    return scenarios > 0;
  }
}
