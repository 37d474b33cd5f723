package dev.csprules.drools.internal.policy;

import dev.csprules.api.FindingCode;
import dev.csprules.api.Severity;
import dev.csprules.drools.PolicyRule;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A rule's metadata, read once when the policy loads: its id (the DRL rule name), what it raises
 * or derives, the seed sentences it cites, and the days it is in force.
 *
 * @param lastDayInForce {@link LocalDate#MAX} while no later edition or date ends it
 */
public record RuleInfo(
    String id,
    String packageName,
    String title,
    Optional<FindingCode> code,
    Optional<Severity> severity,
    List<String> citations,
    String edition,
    LocalDate firstDayInForce,
    LocalDate lastDayInForce) {

  boolean inForceOn(LocalDate date) {
    return !date.isBefore(firstDayInForce) && !date.isAfter(lastDayInForce);
  }

  public PolicyRule describe() {
    return new PolicyRule(
        id,
        title,
        code,
        severity,
        citations,
        edition,
        firstDayInForce,
        lastDayInForce.equals(LocalDate.MAX) ? Optional.empty() : Optional.of(lastDayInForce));
  }
}
