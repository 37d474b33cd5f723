package dev.csprules.drools.internal.policy;

import dev.csprules.drools.PolicyRule;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Every rule of a loaded policy with its metadata, checked when the policy loads
 * ({@code load.RuleCatalogReader}).
 */
public final class RuleCatalog {
  private final Map<String, RuleInfo> rulesById;
  /** Each rule as {@link PolicyRule}, made once: evidence reads its code and severity from here. */
  private final Map<String, PolicyRule> describedById;

  public RuleCatalog(Map<String, RuleInfo> rulesById) {
    this.rulesById = Map.copyOf(rulesById);
    Map<String, PolicyRule> described = new LinkedHashMap<>();
    rulesById.forEach((id, info) -> described.put(id, info.describe()));
    this.describedById = Map.copyOf(described);
  }

  public boolean inForce(String ruleId, LocalDate date) {
    RuleInfo info = rulesById.get(ruleId);
    return info != null && info.inForceOn(date);
  }

  public Optional<RuleInfo> find(String ruleId) {
    return Optional.ofNullable(rulesById.get(ruleId));
  }

  public Optional<PolicyRule> described(String ruleId) {
    return Optional.ofNullable(describedById.get(ruleId));
  }

  public Collection<RuleInfo> rules() {
    return rulesById.values();
  }
}
