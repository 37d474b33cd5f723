package dev.csprules.drools;

import dev.csprules.api.FindingCode;
import dev.csprules.api.Severity;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A rule of the loaded policy, as its metadata describes it: for coverage reports, explanations
 * and documentation.
 *
 * @param id the DRL rule name, such as {@code ENR-140}
 * @param code the finding it raises; empty for a derivation
 * @param severity the weight of that finding: the code's own unless the rule says otherwise
 * @param citations the seed sentence ids it rests on
 * @param lastDayInForce empty while no later edition or date ends it
 */
public record PolicyRule(
    String id,
    String title,
    Optional<FindingCode> code,
    Optional<Severity> severity,
    List<String> citations,
    String edition,
    LocalDate firstDayInForce,
    Optional<LocalDate> lastDayInForce) {

  public PolicyRule {
    citations = List.copyOf(citations);
  }

  public boolean inForceOn(LocalDate date) {
    return !date.isBefore(firstDayInForce) && lastDayInForce.map(last -> !date.isAfter(last)).orElse(true);
  }
}
