package dev.csprules.testkit;

import dev.csprules.api.FindingCode;
import dev.csprules.api.Outcome;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a scenario expects of its request. Either a decision, described by any of outcome, codes
 * present, codes absent, the exact set of codes and rules that fired; or, for bad input, an error
 * whose problems contain every one of {@code errorContains}.
 *
 * @param exactly when present, the decision's finding codes must be exactly these
 * @param errorContains empty when a decision is expected; otherwise the texts the error must hold,
 *     each matched against the problems as {@code path: message}
 * @param fired rule ids that must be among the decision's fired rules
 * @param facts for a finding code, the facts one of its findings must carry, each as its
 *     canonical text ({@link dev.csprules.api.FactValue#text()}): {@code 300000.00}, {@code
 *     2019-11}, a list's items joined by {@code ", "}
 */
public record Expectation(
    Optional<Outcome> outcome,
    List<FindingCode> present,
    List<FindingCode> absent,
    Optional<List<FindingCode>> exactly,
    List<String> errorContains,
    List<String> fired,
    Map<FindingCode, Map<String, String>> facts) {

  public Expectation {
    present = List.copyOf(present);
    absent = List.copyOf(absent);
    exactly = exactly.map(List::copyOf);
    errorContains = List.copyOf(errorContains);
    fired = List.copyOf(fired);
    Map<FindingCode, Map<String, String>> copy = new EnumMap<>(FindingCode.class);
    facts.forEach((code, named) -> copy.put(code, Collections.unmodifiableMap(new LinkedHashMap<>(named))));
    facts = Collections.unmodifiableMap(copy);
  }

  /** An expectation that states no facts. */
  public Expectation(
      Optional<Outcome> outcome,
      List<FindingCode> present,
      List<FindingCode> absent,
      Optional<List<FindingCode>> exactly,
      List<String> errorContains,
      List<String> fired) {
    this(outcome, present, absent, exactly, errorContains, fired, Map.of());
  }

  /** True for a bad-input scenario: the request must be rejected, not decided. */
  public boolean expectsError() {
    return !errorContains.isEmpty();
  }
}
