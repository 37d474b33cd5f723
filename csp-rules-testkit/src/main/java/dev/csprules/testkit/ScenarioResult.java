package dev.csprules.testkit;

import dev.csprules.api.Decision;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * How one scenario went.
 *
 * @param mismatches why it failed, one line each; empty unless it failed
 */
public record ScenarioResult(
    Scenario scenario, Status status, Evaluation evaluation, List<String> mismatches, Duration duration) {

  public enum Status {
    PASSED,
    FAILED,
    SKIPPED
  }

  public ScenarioResult {
    Objects.requireNonNull(scenario, "scenario");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(evaluation, "evaluation");
    mismatches = List.copyOf(mismatches);
    Objects.requireNonNull(duration, "duration");
  }

  public boolean failed() {
    return status == Status.FAILED;
  }

  /** The decision, when the engine took one. */
  public Optional<Decision> decision() {
    return evaluation instanceof Evaluation.Decided decided ? Optional.of(decided.decision()) : Optional.empty();
  }
}
