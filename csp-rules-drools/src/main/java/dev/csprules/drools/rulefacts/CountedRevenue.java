package dev.csprules.drools.rulefacts;

import dev.csprules.api.fact.RevenueRecord;

/**
 * A revenue record that counts towards the direct bill threshold. Compared by identity, not value:
 * two equal records of the same month are two sales, and must both count.
 */
public final class CountedRevenue {
  private final RevenueRecord revenueRecord;

  public CountedRevenue(RevenueRecord revenueRecord) {
    this.revenueRecord = revenueRecord;
  }

  public RevenueRecord revenueRecord() {
    return revenueRecord;
  }

  @Override
  public String toString() {
    return "CountedRevenue[" + revenueRecord + "]";
  }
}
