package dev.csprules.drools;

import static dev.csprules.api.FindingCode.DIRECT_BILL_REVENUE_BELOW_THRESHOLD;
import static dev.csprules.api.FindingCode.DIRECT_BILL_REVENUE_UNDER_VERIFICATION;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.csprules.api.Decision;
import dev.csprules.api.FactValue;
import dev.csprules.api.Finding;
import dev.csprules.api.Outcome;
import dev.csprules.api.fact.CspModel;
import dev.csprules.api.fact.RevenueKind;
import dev.csprules.api.fact.RevenueRecord;
import dev.csprules.api.fact.SalesChannel;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The trailing-twelve-month revenue test (cf5ff-132 to cf5ff-135): twelve full calendar months
 * before the as-of month, cloud only, as an indirect reseller only, at least USD 300,000.
 */
class DirectBillRevenueTest {
  private static final LocalDate AS_OF = LocalDate.of(2020, 11, 15);

  private static Decision decide(List<RevenueRecord> revenue, LocalDate asOf) {
    return SharedEngine.decide(
        Fixtures.application(CspModel.DIRECT_BILL, Fixtures.partner().revenue(revenue).build()), asOf);
  }

  private static Finding revenueFinding(Decision decision) {
    return decision.findings().stream()
        .filter(f -> f.code() == DIRECT_BILL_REVENUE_BELOW_THRESHOLD || f.code() == DIRECT_BILL_REVENUE_UNDER_VERIFICATION)
        .findFirst()
        .orElseThrow(() -> new AssertionError("no revenue finding in " + decision.findingCodes()));
  }

  private static RevenueRecord cloud(YearMonth month, String amount) {
    return RevenueRecord.cloudAsIndirectReseller(month, amount);
  }

  /** Twelve months of 2019-11..2020-10, the last one adjusted to reach {@code total}. */
  private static List<RevenueRecord> year(String total) {
    List<RevenueRecord> records = new ArrayList<>();
    BigDecimal monthly = new BigDecimal("25000.00");
    for (int i = 0; i < 11; i++) {
      records.add(new RevenueRecord(YearMonth.of(2019, 11).plusMonths(i), monthly, "USD", RevenueKind.CLOUD, SalesChannel.INDIRECT_RESELLER));
    }
    BigDecimal last = new BigDecimal(total).subtract(monthly.multiply(BigDecimal.valueOf(11)));
    records.add(new RevenueRecord(YearMonth.of(2020, 10), last, "USD", RevenueKind.CLOUD, SalesChannel.INDIRECT_RESELLER));
    return records;
  }

  @Test
  void onaCentBelowTheThresholdBlocks() {
    Decision decision = decide(year("299999.99"), AS_OF);
    Finding finding = revenueFinding(decision);
    assertEquals(DIRECT_BILL_REVENUE_BELOW_THRESHOLD, finding.code());
    assertEquals(Optional.of(new FactValue.Amount(new BigDecimal("299999.99"))), finding.fact("actual"));
    assertEquals(Optional.of(new FactValue.Amount(new BigDecimal("300000.00"))), finding.fact("needed"));
    assertEquals(Optional.of(new FactValue.Month(YearMonth.of(2019, 11))), finding.fact("from"));
    assertEquals(Optional.of(new FactValue.Month(YearMonth.of(2020, 10))), finding.fact("to"));
    assertEquals(
        "Trailing twelve-month cloud revenue as an indirect reseller is USD 299,999.99 (2019-11 to 2020-10);"
            + " at least USD 300,000.00 is needed.",
        finding.messageEn());
    assertEquals(
        "間接リセラーとしての過去 12 か月のクラウド収益は 299,999.99 米国ドル（2019年11月～2020年10月）です。"
            + "少なくとも 300,000.00 米国ドルが必要です。",
        finding.messageJa());
    assertEquals(Outcome.INELIGIBLE, decision.outcome());
  }

  @Test
  void exactlyTheThresholdPassesAndIsSubjectToVerification() {
    Decision decision = decide(year("300000.00"), AS_OF);
    assertEquals(DIRECT_BILL_REVENUE_UNDER_VERIFICATION, revenueFinding(decision).code());
    assertFalse(decision.has(DIRECT_BILL_REVENUE_BELOW_THRESHOLD));
    assertEquals(Outcome.ELIGIBLE, decision.outcome());
  }

  @Test
  void theFirstAndLastCountedMonthsCountAndTheirNeighboursDoNot() {
    List<RevenueRecord> edges =
        List.of(
            cloud(YearMonth.of(2019, 10), "1000000"), // the month before the window
            cloud(YearMonth.of(2019, 11), "150000"), // first counted month
            cloud(YearMonth.of(2020, 10), "150000"), // last counted month
            cloud(YearMonth.of(2020, 11), "1000000")); // the as-of month itself
    assertEquals("300000", revenueFinding(decide(edges, AS_OF)).factTexts().get("actual"));
    List<RevenueRecord> withoutFirst = edges.subList(2, 4);
    assertEquals("150000", revenueFinding(decide(withoutFirst, AS_OF)).factTexts().get("actual"));
  }

  @Test
  void theWindowFollowsTheAsOfMonthNotTheDay() {
    List<RevenueRecord> records = List.of(cloud(YearMonth.of(2020, 11), "300000"));
    assertTrue(decide(records, LocalDate.of(2020, 11, 30)).has(DIRECT_BILL_REVENUE_BELOW_THRESHOLD));
    assertTrue(decide(records, LocalDate.of(2020, 12, 1)).has(DIRECT_BILL_REVENUE_UNDER_VERIFICATION));
  }

  @Test
  void perpetualSoftwareAndOtherChannelsAreExcluded() {
    YearMonth month = YearMonth.of(2020, 6);
    List<RevenueRecord> records =
        List.of(
            new RevenueRecord(month, new BigDecimal("200000"), "USD", RevenueKind.CLOUD, SalesChannel.INDIRECT_RESELLER),
            new RevenueRecord(month, new BigDecimal("500000"), "USD", RevenueKind.PERPETUAL_SOFTWARE, SalesChannel.INDIRECT_RESELLER),
            new RevenueRecord(month, new BigDecimal("500000"), "USD", RevenueKind.OTHER, SalesChannel.INDIRECT_RESELLER),
            new RevenueRecord(month, new BigDecimal("500000"), "USD", RevenueKind.CLOUD, SalesChannel.DIRECT),
            new RevenueRecord(month, new BigDecimal("500000"), "USD", RevenueKind.CLOUD, SalesChannel.OTHER));
    Finding finding = revenueFinding(decide(records, AS_OF));
    assertEquals(DIRECT_BILL_REVENUE_BELOW_THRESHOLD, finding.code());
    assertEquals("200000", finding.factTexts().get("actual"));
  }

  @Test
  void twoEqualRecordsOfOneMonthBothCount() {
    YearMonth month = YearMonth.of(2020, 6);
    List<RevenueRecord> records = List.of(cloud(month, "150000.00"), cloud(month, "150000.00"));
    assertEquals(DIRECT_BILL_REVENUE_UNDER_VERIFICATION, revenueFinding(decide(records, AS_OF)).code());
  }

  @Test
  void noRevenueAtAllIsZero() {
    assertEquals("0", revenueFinding(decide(List.of(), AS_OF)).factTexts().get("actual"));
  }

  @Test
  void theRevenueTestStartsWithThe2020Edition() {
    assertFalse(decide(List.of(), LocalDate.of(2020, 10, 26)).has(DIRECT_BILL_REVENUE_BELOW_THRESHOLD));
    assertTrue(decide(List.of(), LocalDate.of(2020, 10, 27)).has(DIRECT_BILL_REVENUE_BELOW_THRESHOLD));
  }

  @Test
  void indirectResellersAreNotTestedForRevenue() {
    Decision decision =
        SharedEngine.decide(
            Fixtures.application(CspModel.INDIRECT_RESELLER, Fixtures.partner().revenue(List.of()).build()), AS_OF);
    assertFalse(decision.has(DIRECT_BILL_REVENUE_BELOW_THRESHOLD));
    assertFalse(decision.has(DIRECT_BILL_REVENUE_UNDER_VERIFICATION));
  }
}
