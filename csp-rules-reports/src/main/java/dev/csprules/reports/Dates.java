package dev.csprules.reports;

import dev.csprules.drools.PolicyRule;

/** A rule's days in force as the reports print them. */
final class Dates {
  private Dates() {}

  /** The last day in force, or a dash while no later edition or date ends the rule. */
  static String until(PolicyRule rule) {
    return rule.lastDayInForce().map(Object::toString).orElse("—");
  }
}
