package dev.csprules.api;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * Decides CSP policy questions. Implementations are immutable and safe to share between threads:
 * build one and call it from anywhere.
 */
public interface PolicyEngine {

  /**
   * Decides one request under the policy in force on {@code asOf}. The wall clock is never read.
   *
   * @throws InvalidRequestException when the request or the date is bad input; it names every
   *     problem, and nothing is evaluated
   */
  Decision evaluate(PolicyRequest request, LocalDate asOf);

  /**
   * Decides one request as {@link #evaluate} does, and explains the decision: for each finding
   * the rule and the text of the sentences it cites, and how revenue was counted.
   *
   * @throws InvalidRequestException as {@link #evaluate} does
   */
  Explanation explain(PolicyRequest request, LocalDate asOf);

  /**
   * What is wrong with a request as input, without deciding it: the problems {@link #evaluate}
   * would name, each with its path; empty when it would decide the request. For callers that merge
   * these with problems of their own (a file reader's, a form's) into one report.
   */
  default List<Problem> problems(PolicyRequest request, LocalDate asOf) {
    try {
      evaluate(request, asOf);
      return List.of();
    } catch (InvalidRequestException e) {
      return e.problems();
    }
  }

  /**
   * Decides a batch of requests under the policy in force on {@code asOf}, for billing runs and
   * imports. The result has one {@link BatchResult} per request, in the order of {@code
   * requests}: {@link BatchResult.Decided}, {@link BatchResult.Rejected} for bad input (a null
   * request included) or {@link BatchResult.Failed} when a rule failed. A bad request never stops
   * the batch, and no result is dropped. Requests are read lazily, so memory stays constant however
   * long the stream is; closing the result closes {@code requests}.
   *
   * <p>This default decides one request after the other on the consumer's thread. The Drools
   * engine decides chunks of the batch on worker threads the caller can bound (see {@code
   * DroolsPolicyEngine}).
   *
   * @param requests the requests, read once, in order
   * @param asOf the day whose policy applies
   * @return one result per request, in request order
   * @throws InvalidRequestException when {@code requests} or {@code asOf} is missing
   */
  default Stream<BatchResult> evaluateAll(
      Stream<? extends @Nullable PolicyRequest> requests, LocalDate asOf) {
    BatchResult.requirePresent(requests, asOf);
    AtomicLong position = new AtomicLong();
    return requests
        .sequential()
        .map(request -> BatchResult.of(this, request, position.getAndIncrement(), asOf));
  }
}
