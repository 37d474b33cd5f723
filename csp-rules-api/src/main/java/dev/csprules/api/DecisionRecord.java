package dev.csprules.api;

import dev.csprules.api.internal.Require;
import java.time.Duration;
import java.time.Instant;

/**
 * One decision as a log receives it: the request as given (a log masks it before writing), the
 * decision, when it was taken by the engine's clock, and how long it took.
 *
 * @param decisionId unique per decision, so an audit can name one
 * @param timestamp from the clock the engine was built with; the decision itself never reads it
 */
public record DecisionRecord(
    String decisionId, Instant timestamp, PolicyRequest request, Decision decision, Duration duration) {
  public DecisionRecord {
    Require.present(decisionId, "decisionId");
    Require.present(timestamp, "timestamp");
    Require.present(request, "request");
    Require.present(decision, "decision");
    Require.present(duration, "duration");
  }
}
