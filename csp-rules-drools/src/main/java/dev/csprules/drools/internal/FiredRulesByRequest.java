package dev.csprules.drools.internal;

import dev.csprules.api.PolicyRequest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.AgendaFilter;
import org.kie.api.runtime.rule.Match;

/**
 * {@link FiredRules} for a session deciding many requests at once: lets a match fire only while
 * its rule is in force, records the rules that fired for each request, in first-firing order, and
 * keeps the session's time budget.
 *
 * <p>It is also the run-time guard behind {@link RequestLocalRules}: a match that does not hold
 * exactly one of the session's requests is refused, the session halts, and the caller decides the
 * requests one per session instead. The proof says this never happens; the guard makes sure a
 * finding is never credited to the wrong request if it did.
 */
final class FiredRulesByRequest implements AgendaFilter {
  private final RuleCatalog catalog;
  private final LocalDate asOf;
  private final KieSession session;
  private final long deadline;
  private final Map<PolicyRequest, List<String>> ids;
  private boolean refused;

  /**
   * @param requests the session's requests, distinct instances
   * @param deadline the {@link System#nanoTime()} by which the session must be done
   */
  FiredRulesByRequest(
      RuleCatalog catalog, LocalDate asOf, KieSession session, long deadline, List<? extends PolicyRequest> requests) {
    this.catalog = catalog;
    this.asOf = asOf;
    this.session = session;
    this.deadline = deadline;
    this.ids = new IdentityHashMap<>(requests.size() * 2);
    requests.forEach(request -> ids.put(request, new ArrayList<>(0)));
  }

  @Override
  public boolean accept(Match match) {
    if (refused) {
      return false;
    }
    String ruleId = match.getRule().getName();
    if (!catalog.inForce(ruleId, asOf)) {
      return false;
    }
    List<String> fired = null;
    try {
      PolicyRequest request = DecisionCatalog.requestAmong(match);
      fired = request == null ? null : ids.get(request);
    } catch (IllegalStateException twoRequests) {
      // fired stays null: refused below
    }
    if (fired == null || System.nanoTime() - deadline > 0) {
      refused = true;
      session.halt();
      return false;
    }
    if (!fired.contains(ruleId)) {
      fired.add(ruleId);
    }
    return true;
  }

  /**
   * Whether the session stopped before the rules settled: a match not tied to one of its requests,
   * or the time budget spent.
   */
  boolean refused() {
    return refused;
  }

  /** Whether {@code request} is one of the session's requests. */
  boolean decides(PolicyRequest request) {
    return ids.containsKey(request);
  }

  /** The rules that fired for {@code request}, in first-firing order. */
  List<String> ids(PolicyRequest request) {
    return List.copyOf(ids.get(request));
  }
}
