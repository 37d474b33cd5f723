package dev.csprules.drools.internal.run;

import dev.csprules.api.PolicyRequest;
import dev.csprules.drools.internal.policy.RuleCatalog;
import java.time.LocalDate;
import java.util.ArrayList;
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
 * <p>It is also the run-time guard behind the proof that a kind's rules are request-local ({@link
 * RuleSessions.Sharing}): a match that does not hold
 * exactly one of the session's requests is refused, the session halts, and the caller decides the
 * requests one per session instead. The proof says this never happens; the guard makes sure a
 * finding is never credited to the wrong request if it did.
 */
final class FiredRulesByRequest implements AgendaFilter {
  private final RuleCatalog catalog;
  private final LocalDate asOf;
  private final KieSession session;
  private final long deadline;
  private final Map<PolicyRequest, Integer> indexes;
  /** Per request, by index; null until a rule fires for it. */
  private final List<String>[] ids;
  private boolean refused;

  /**
   * @param indexes the session's requests, by identity, each with its index from 0
   * @param deadline the {@link System#nanoTime()} by which the session must be done
   */
  @SuppressWarnings("unchecked")
  FiredRulesByRequest(
      RuleCatalog catalog, LocalDate asOf, KieSession session, long deadline, Map<PolicyRequest, Integer> indexes) {
    this.catalog = catalog;
    this.asOf = asOf;
    this.session = session;
    this.deadline = deadline;
    this.indexes = indexes;
    this.ids = new List[indexes.size()];
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
    Integer index = null;
    try {
      PolicyRequest request = DecisionCatalog.requestAmong(match);
      index = request == null ? null : indexes.get(request);
    } catch (IllegalStateException twoRequests) {
      // index stays null: refused below
    }
    if (index == null || System.nanoTime() - deadline > 0) {
      refused = true;
      session.halt();
      return false;
    }
    if (ids[index] == null) {
      ids[index] = new ArrayList<>(4);
    }
    if (!ids[index].contains(ruleId)) {
      ids[index].add(ruleId);
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

  /** The rules that fired for the request of this index, in first-firing order. */
  List<String> ids(int index) {
    return ids[index] == null ? List.of() : List.copyOf(ids[index]);
  }
}
