package dev.csprules.api;

import java.time.LocalDate;

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
}
