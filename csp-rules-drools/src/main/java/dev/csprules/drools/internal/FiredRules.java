package dev.csprules.drools.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;

/** Records, for one session, which rules fired and how often, in first-firing order. */
final class FiredRules extends DefaultAgendaEventListener {
  private final Map<String, Integer> firings = new LinkedHashMap<>();

  @Override
  public void afterMatchFired(AfterMatchFiredEvent event) {
    firings.merge(event.getMatch().getRule().getName(), 1, Integer::sum);
  }

  List<String> ids() {
    return List.copyOf(firings.keySet());
  }

  /** The rule that fired most, to name when a session fires without end. */
  String mostFired() {
    return firings.entrySet().stream()
        .max(Map.Entry.comparingByValue())
        .map(entry -> entry.getKey() + " (" + entry.getValue() + " times)")
        .orElse("none");
  }
}
