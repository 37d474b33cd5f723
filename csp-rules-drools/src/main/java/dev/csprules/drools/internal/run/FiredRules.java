package dev.csprules.drools.internal.run;

import dev.csprules.drools.internal.policy.RuleCatalog;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.AgendaFilter;
import org.kie.api.runtime.rule.Match;

/**
 * For one decision: lets a match fire only while its rule is in force on the as-of date, and
 * records which rules fired and how often, in first-firing order.
 *
 * <p>Drools asks the agenda filter about each match just before firing it, and fires every match
 * the filter accepts, so accepting is firing. Recording here instead of in an agenda event
 * listener saves the four event objects Drools allocates per match when any listener is present,
 * and the listener registration each pooled session would need again after every reset.
 *
 * <p>It also keeps the decision's time budget. Drools can stop a session only between firings
 * ({@code halt()} does nothing to a running condition or consequence), so this is where the
 * budget is checked: once it is spent, nothing more fires and the session halts.
 */
final class FiredRules implements AgendaFilter {
  private final RuleCatalog catalog;
  private final LocalDate asOf;
  private final KieSession session;
  private final long deadline;
  private final List<String> ids = new ArrayList<>(16);
  private int[] firings = new int[16];
  private String lastFired = "";
  private boolean overBudget;

  /**
   * @param deadline the {@link System#nanoTime()} by which the decision must be done
   */
  FiredRules(RuleCatalog catalog, LocalDate asOf, KieSession session, long deadline) {
    this.catalog = catalog;
    this.asOf = asOf;
    this.session = session;
    this.deadline = deadline;
  }

  @Override
  public boolean accept(Match match) {
    if (overBudget || System.nanoTime() - deadline > 0) {
      overBudget = true;
      session.halt();
      return false;
    }
    String ruleId = match.getRule().getName();
    if (!catalog.inForce(ruleId, asOf)) {
      return false;
    }
    lastFired = ruleId;
    int index = ids.indexOf(ruleId);
    if (index < 0) {
      index = ids.size();
      ids.add(ruleId);
      if (index == firings.length) {
        firings = Arrays.copyOf(firings, index * 2);
      }
    }
    firings[index]++;
    return true;
  }

  /** Whether the time budget ran out before the rules settled. */
  boolean overBudget() {
    return overBudget;
  }

  /** The rule that fired last: the one running when the budget ran out, or none. */
  String lastFired() {
    return lastFired.isEmpty() ? "none" : lastFired;
  }

  List<String> ids() {
    return List.copyOf(ids);
  }

  /** The rule that fired most, to name when a session fires without end. */
  String mostFired() {
    int most = -1;
    for (int i = 0; i < ids.size(); i++) {
      if (most < 0 || firings[i] > firings[most]) {
        most = i;
      }
    }
    return most < 0 ? "none" : ids.get(most) + " (" + firings[most] + " times)";
  }
}
