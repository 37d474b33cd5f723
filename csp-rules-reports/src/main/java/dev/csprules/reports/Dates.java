package dev.csprules.reports;

import dev.csprules.drools.PolicyRule;
import java.time.LocalDate;
import java.util.Optional;

/** Days in force as the reports print them. */
final class Dates {
  private Dates() {}

  /** The last day in force, or a dash while no later edition or date ends the rule. */
  static String until(PolicyRule rule) {
    return rule.lastDayInForce().map(Object::toString).orElse("—");
  }

  /** {@code 2018-01-24 to 2018-03-31}, or {@code 2020-10-27 on} while nothing ends it. */
  static String span(LocalDate first, Optional<LocalDate> last) {
    return first + last.map(day -> " to " + day).orElse(" on");
  }
}
