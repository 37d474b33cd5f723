package dev.csprules.drools.rulefacts;

import dev.csprules.api.FactValue;
import dev.csprules.api.FindingCode;
import dev.csprules.api.PolicyRequest;
import dev.csprules.drools.PolicyRule;
import dev.csprules.api.Severity;
import dev.csprules.drools.internal.run.DecisionCatalog;
import dev.csprules.drools.internal.run.FactValues;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.kie.api.runtime.rule.RuleContext;

/**
 * What a finding rule inserts (logically) when it fires: the rule, the finding code and severity
 * the policy's catalog gives that rule, and the facts it matched, typed ({@link FactValue}: money
 * stays a BigDecimal, a month a YearMonth, a collection a sorted list).
 * The engine turns the evidence left at the end into the decision's findings, so a finding whose
 * conditions stop holding disappears with its evidence.
 *
 * <p>Only {@link #of} makes evidence, and it takes the rule from the firing context: a rule can
 * raise only its own code, at the severity the catalog read from its metadata when the policy
 * loaded.
 *
 * <p>Evidence also knows the request its rule matched, so that a session deciding many requests
 * at once ({@code evaluateAll}) gives each its own findings: two requests' evidence of the same
 * rule and facts stays two facts instead of being merged into one by truth maintenance.
 */
public final class Evidence {
  private final String ruleId;
  private final FindingCode code;
  private final Severity severity;
  private final Map<String, FactValue> facts;
  /** The request the rule matched, compared by identity; null when it matched none. */
  private final @Nullable PolicyRequest request;

  private Evidence(
      String ruleId, FindingCode code, Severity severity, Map<String, FactValue> facts, @Nullable PolicyRequest request) {
    this.ruleId = ruleId;
    this.code = code;
    this.severity = severity;
    this.facts = facts;
    this.request = request;
  }

  /**
   * Evidence from the rule now firing, with facts given as name, value, name, value...
   *
   * @throws IllegalStateException when no decision is running or the rule raises no finding
   * @throws IllegalArgumentException when a name has no value, or a value is null
   */
  public static Evidence of(RuleContext context, Object... namesAndValues) {
    PolicyRule rule = DecisionCatalog.firing(context.getRule());
    if (rule.code().isEmpty() || rule.severity().isEmpty()) {
      throw new IllegalStateException("rule " + rule.id() + " raises no finding");
    }
    if (namesAndValues.length % 2 != 0) {
      throw new IllegalArgumentException("rule " + rule.id() + " gave a fact name without a value");
    }
    Map<String, FactValue> facts = new LinkedHashMap<>();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      String name = String.valueOf(namesAndValues[i]);
      if (namesAndValues[i + 1] == null) {
        throw new IllegalArgumentException("rule " + rule.id() + " gave no value for the fact '" + name + "'");
      }
      facts.put(name, FactValues.of(namesAndValues[i + 1]));
    }
    return new Evidence(
        rule.id(),
        rule.code().get(),
        rule.severity().get(),
        facts.isEmpty() ? Map.of() : Collections.unmodifiableMap(facts),
        DecisionCatalog.matchedRequest(context));
  }

  /**
   * The request whose facts the evidence's rule matched: for the engine, which sorts a shared
   * session's evidence by request. Static, so that rules cannot call it.
   *
   * @return the request; empty when the rule matched no request (a rule over derived facts only)
   */
  public static Optional<PolicyRequest> requestOf(Evidence evidence) {
    return Optional.ofNullable(evidence.request);
  }

  public String ruleId() {
    return ruleId;
  }

  public FindingCode code() {
    return code;
  }

  public Severity severity() {
    return severity;
  }

  /** The facts by name, in the order the rule gave them. */
  public Map<String, FactValue> facts() {
    return facts;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Evidence evidence
        && request == evidence.request
        && ruleId.equals(evidence.ruleId)
        && facts.equals(evidence.facts);
  }

  @Override
  public int hashCode() {
    return Objects.hash(ruleId, facts, System.identityHashCode(request));
  }

  @Override
  public String toString() {
    return "Evidence[" + ruleId + ", " + code + ", " + severity + ", " + facts + "]";
  }
}
