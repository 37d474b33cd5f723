package dev.csprules.api;

import dev.csprules.api.internal.Require;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The answer to one request, with everything needed to explain and replay it.
 *
 * @param requestId the application or order id the decision answers
 * @param editions the policy editions in force on {@code asOf}, oldest first
 * @param findings the findings, worst severity first
 * @param firedRules the ids of every rule that fired, in firing order, derivations included
 * @param policyVersion a content hash of the rule and data files the decision was taken with
 */
public record Decision(
    String requestId,
    DecisionKind kind,
    Outcome outcome,
    LocalDate asOf,
    List<String> editions,
    List<Finding> findings,
    List<String> firedRules,
    String policyVersion) {

  public Decision {
    Require.Components components = Require.components();
    components.present(requestId, "requestId");
    components.present(kind, "kind");
    components.present(outcome, "outcome");
    components.present(asOf, "asOf");
    editions = components.list(editions, "editions");
    findings = components.list(findings, "findings");
    firedRules = components.list(firedRules, "firedRules");
    components.present(policyVersion, "policyVersion");
    components.done();
  }

  /** True when the request may go ahead without a person looking. */
  public boolean allowed() {
    return outcome.allowed();
  }

  public Set<FindingCode> findingCodes() {
    Set<FindingCode> codes = EnumSet.noneOf(FindingCode.class);
    findings.forEach(finding -> codes.add(finding.code()));
    return codes;
  }

  public boolean has(FindingCode code) {
    return findings.stream().anyMatch(finding -> finding.code() == code);
  }
}
