package dev.csprules.testkit;

import dev.csprules.api.FindingCode;
import dev.csprules.api.Outcome;
import java.util.List;
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
 */
public record Expectation(
    Optional<Outcome> outcome,
    List<FindingCode> present,
    List<FindingCode> absent,
    Optional<List<FindingCode>> exactly,
    List<String> errorContains,
    List<String> fired) {

  public Expectation {
    present = List.copyOf(present);
    absent = List.copyOf(absent);
    exactly = exactly.map(List::copyOf);
    errorContains = List.copyOf(errorContains);
    fired = List.copyOf(fired);
  }

  /** True for a bad-input scenario: the request must be rejected, not decided. */
  public boolean expectsError() {
    return !errorContains.isEmpty();
  }
}
