package dev.csprules.api;

import java.util.Collection;

/**
 * The answer to a request. Enrollment answers ELIGIBLE / REFER / INELIGIBLE, orders answer
 * APPROVED / REFER / DENIED.
 */
public enum Outcome {
  ELIGIBLE,
  APPROVED,
  REFER,
  INELIGIBLE,
  DENIED;

  /** True for ELIGIBLE and APPROVED: the request may go ahead without a person looking. */
  public boolean allowed() {
    return this == ELIGIBLE || this == APPROVED;
  }

  /**
   * The catalog's outcome rule: any blocking finding refuses, else any review finding refers, else
   * the request is allowed. Advice never changes the outcome.
   */
  public static Outcome of(DecisionKind kind, Collection<Severity> severities) {
    if (severities.contains(Severity.BLOCKING)) {
      return kind == DecisionKind.ENROLLMENT ? INELIGIBLE : DENIED;
    }
    if (severities.contains(Severity.REVIEW)) {
      return REFER;
    }
    return kind == DecisionKind.ENROLLMENT ? ELIGIBLE : APPROVED;
  }
}
