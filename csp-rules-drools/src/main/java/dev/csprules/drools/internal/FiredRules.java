package dev.csprules.drools.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
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
 */
final class FiredRules implements AgendaFilter {
  private final RuleCatalog catalog;
  private final LocalDate asOf;
  private final List<String> ids = new ArrayList<>(16);
  private int[] firings = new int[16];

  FiredRules(RuleCatalog catalog, LocalDate asOf) {
    this.catalog = catalog;
    this.asOf = asOf;
  }

  @Override
  public boolean accept(Match match) {
    String ruleId = match.getRule().getName();
    if (!catalog.inForce(ruleId, asOf)) {
      return false;
    }
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
