package dev.csprules.api;

/** A question for the policy: an enrollment application or an order. */
public sealed interface PolicyRequest permits EnrollmentApplication, Order {
  /** The caller's id for this request, echoed in the decision. */
  String id();

  DecisionKind kind();
}
