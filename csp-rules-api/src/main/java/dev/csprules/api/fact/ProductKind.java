package dev.csprules.api.fact;

/**
 * What an order line sells. The resale restriction applies to online services (4d1ce-115).
 * {@link #UNKNOWN} states that nobody knows (an offer missing from the caller's catalog): not
 * {@link #OTHER}, so a rule that depends on the kind cannot pass by default (FACT_UNKNOWN).
 */
public enum ProductKind {
  ONLINE_SERVICE, PERPETUAL_SOFTWARE, OTHER, UNKNOWN
}
