package dev.csprules.drools.internal.run;

import dev.csprules.drools.PolicyRule;
import dev.csprules.drools.internal.policy.RuleCatalog;
import java.util.function.Supplier;
import org.kie.api.definition.rule.Rule;

/**
 * The catalog of the policy whose rules are firing on this thread, so that evidence takes its
 * rule's code and severity from the metadata read when the policy loaded, never from the rule's
 * own arguments or from metadata read again while it fires. Sessions fire on the thread that
 * calls {@code fireAllRules}, which is the thread that set it.
 */
public final class DecisionCatalog {
  private static final ThreadLocal<RuleCatalog> FIRING = new ThreadLocal<>();

  private DecisionCatalog() {}

  static <T> T during(RuleCatalog catalog, Supplier<T> decision) {
    RuleCatalog outer = FIRING.get();
    FIRING.set(catalog);
    try {
      return decision.get();
    } finally {
      if (outer == null) {
        FIRING.remove();
      } else {
        FIRING.set(outer);
      }
    }
  }

  /**
   * The catalog entry of the rule now firing.
   *
   * @throws IllegalStateException outside a decision, or for a rule the catalog does not hold
   */
  public static PolicyRule firing(Rule rule) {
    RuleCatalog catalog = FIRING.get();
    if (catalog == null) {
      throw new IllegalStateException("evidence is made only while a decision runs");
    }
    return catalog.described(rule.getName())
        .orElseThrow(() -> new IllegalStateException("rule " + rule.getName() + " is not in the policy's catalog"));
  }
}
