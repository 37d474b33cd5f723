package dev.csprules.drools.rulefacts;

import dev.csprules.api.fact.RevenueRecord;

/**
 * A revenue record left out of the direct bill threshold, and why. Compared by identity, like
 * {@link CountedRevenue}.
 */
public final class ExcludedRevenue {
  private final RevenueRecord revenueRecord;
  private final String reason;

  public ExcludedRevenue(RevenueRecord revenueRecord, String reason) {
    this.revenueRecord = revenueRecord;
    this.reason = reason;
  }

  public RevenueRecord revenueRecord() {
    return revenueRecord;
  }

  public String reason() {
    return reason;
  }

  @Override
  public String toString() {
    return "ExcludedRevenue[" + revenueRecord + ", " + reason + "]";
  }
}
