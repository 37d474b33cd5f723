package dev.csprules.drools.internal.run;

import dev.csprules.api.PolicyRequest;
import dev.csprules.drools.PolicyRule;
import dev.csprules.drools.internal.policy.RuleCatalog;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.rule.Match;
import org.kie.api.runtime.rule.RuleContext;

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

  /**
   * The request among the facts the firing rule matched, which its evidence is about.
   *
   * @return the request; null when the rule matched none (a rule over derived facts only)
   * @throws IllegalStateException when the rule matched two requests at once: no finding may mix
   *     requests (a shared session then falls back to a session per request)
   */
  public static @Nullable PolicyRequest matchedRequest(RuleContext context) {
    Match match = context.getMatch();
    return match == null ? null : requestAmong(match);
  }

  /** The one request among a match's facts; null when none. */
  static @Nullable PolicyRequest requestAmong(Match match) {
    PolicyRequest found = null;
    for (Object fact : match.getObjects()) {
      if (fact instanceof PolicyRequest request) {
        if (found != null && found != request) {
          throw new IllegalStateException("rule " + match.getRule().getName() + " matched two requests at once");
        }
        found = request;
      }
    }
    return found;
  }
}
