package dev.csprules.api;

import dev.csprules.api.fact.RevenueRecord;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;

/**
 * How the direct bill revenue threshold was counted: the months in the window, the sum, the
 * records counted, and the records left out with the reason for each.
 */
public record RevenueCount(
    YearMonth firstMonth,
    YearMonth lastMonth,
    BigDecimal countedUsd,
    List<RevenueRecord> counted,
    List<Excluded> excluded) {

  public RevenueCount {
    counted = List.copyOf(counted);
    excluded = List.copyOf(excluded);
  }

  /** A record that did not count, and why (outside the window, not cloud, not as a reseller). */
  public record Excluded(RevenueRecord record, String reason) {}
}
