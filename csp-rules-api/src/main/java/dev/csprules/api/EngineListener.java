package dev.csprules.api;

import java.time.Duration;

/**
 * Hears what an engine does, for metrics and monitoring: each decision's kind, outcome and
 * duration, each result of a batch, each policy reload. It is told nothing of a request's
 * contents, only values with a handful of possible values, so that what it records can be a
 * metric's tags.
 *
 * <p>Called on the thread that did the work (for a batch, its worker threads and the thread
 * consuming the results), so an implementation must be thread-safe, and quick: it runs inside
 * every decision. An exception it throws is logged (its type only) and never changes a decision
 * or a reload. Every method does nothing unless overridden.
 */
public interface EngineListener {

  /** A request was decided. */
  default void decided(DecisionKind kind, Outcome outcome, Duration took) {}

  /**
   * A request was refused as bad input ({@link InvalidRequestException}); nothing was decided. A
   * call without a request is not reported: it has no kind.
   */
  default void rejected(DecisionKind kind, Duration took) {}

  /** Deciding a request failed: a rule threw, or fired without end. */
  default void failed(DecisionKind kind, Duration took) {}

  /**
   * The consumer of a batch ({@link PolicyEngine#evaluateAll}) took the next result. Each request of
   * the batch is also reported as a single decision, as the workers decide it.
   */
  default void batchResult(BatchResultKind kind) {}

  /** A changed policy passed every check and now decides every new request. */
  default void reloaded(String previousVersion, String newVersion) {}

  /**
   * A policy change failed a check (it did not load, or a reload gate refused it); the running
   * policy ({@code runningVersion}) stays in place.
   */
  default void reloadRefused(String runningVersion, Exception reason) {}

  /** Which of the three {@link BatchResult}s a batch gave for one request. */
  enum BatchResultKind {
    DECIDED,
    REJECTED,
    FAILED;

    public static BatchResultKind of(BatchResult result) {
      if (result instanceof BatchResult.Decided) {
        return DECIDED;
      }
      return result instanceof BatchResult.Rejected ? REJECTED : FAILED;
    }
  }
}
