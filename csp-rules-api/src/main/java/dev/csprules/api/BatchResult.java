package dev.csprules.api;

import dev.csprules.api.internal.Require;
import java.util.List;

/**
 * What became of one request of a batch ({@link PolicyEngine#evaluateAll}): it was decided, it was
 * rejected as bad input, or deciding it failed. Every request of a batch gets exactly one result,
 * in the order the requests came, so nothing is lost and one bad request stops nothing.
 */
public sealed interface BatchResult
    permits BatchResult.Decided, BatchResult.Rejected, BatchResult.Failed {

  /** Where the request stood in the batch: 0 for the first. */
  long position();

  /** The request's id; empty when the batch held no request at this position (a null). */
  String requestId();

  /** The request was decided. */
  record Decided(long position, Decision decision) implements BatchResult {
    public Decided {
      Require.present(decision, "decision");
    }

    @Override
    public String requestId() {
      return decision.requestId();
    }
  }

  /**
   * The request was bad input and was not evaluated: the same problems {@link
   * InvalidRequestException} names for a single request.
   */
  record Rejected(long position, String requestId, List<Problem> problems) implements BatchResult {
    public Rejected {
      Require.Components components = Require.components();
      components.present(requestId, "requestId");
      problems = components.list(problems, "problems");
      components.done();
    }
  }

  /**
   * Deciding the request failed: a rule threw or fired without end. Not the caller's fault; the
   * error says which rule, for whoever maintains the policy.
   */
  record Failed(long position, String requestId, RuntimeException error) implements BatchResult {
    public Failed {
      Require.Components components = Require.components();
      components.present(requestId, "requestId");
      components.present(error, "error");
      components.done();
    }
  }
}
