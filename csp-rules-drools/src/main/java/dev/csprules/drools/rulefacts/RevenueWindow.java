package dev.csprules.drools.rulefacts;

import java.time.YearMonth;

/** The calendar months, first to last inclusive, whose revenue counts. */
public record RevenueWindow(YearMonth first, YearMonth last) {
  @Override
  public String toString() {
    return first + " to " + last;
  }
}
