package dev.csprules.api;

/** How much a finding weighs on the outcome, worst first. */
public enum Severity {
  /** The request cannot go ahead: the outcome is INELIGIBLE or DENIED. */
  BLOCKING,
  /** A person must look: with nothing blocking, the outcome is REFER. */
  REVIEW,
  /** A recommendation or next step; never changes the outcome. */
  ADVICE
}
