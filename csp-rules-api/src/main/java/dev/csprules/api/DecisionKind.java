package dev.csprules.api;

/** The two questions the policy answers. */
public enum DecisionKind {
  /** May this partner enroll in CSP with this model? */
  ENROLLMENT,
  /** May this partner place this order for this customer? */
  ORDER
}
