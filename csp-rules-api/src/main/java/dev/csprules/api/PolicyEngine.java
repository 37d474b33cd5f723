package dev.csprules.api;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

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
   * the batch, and no result is dropped.
   *
   * <p>Requests are read lazily and decided a chunk at a time on all cores (a daemon worker thread
   * per core, for the length of the batch), with a bounded number of chunks ahead of the consumer:
   * memory stays constant however long the stream is. The result is a sequential stream; closing
   * it closes {@code requests}.
   *
   * @throws InvalidRequestException when {@code requests} or {@code asOf} is missing
   */
  default Stream<BatchResult> evaluateAll(Stream<? extends PolicyRequest> requests, LocalDate asOf) {
    List<Problem> missing = new ArrayList<>();
    if (requests == null) {
      missing.add(Problem.missing("requests"));
    }
    if (asOf == null) {
      missing.add(Problem.missing("asOf"));
    }
    if (!missing.isEmpty()) {
      throw new InvalidRequestException(missing);
    }
    return ParallelBatch.stream(this, requests, asOf);
  }
}
