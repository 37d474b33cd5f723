package dev.csprules.drools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.csprules.api.Citation;
import dev.csprules.api.ExplainedFinding;
import dev.csprules.api.Explanation;
import dev.csprules.api.FindingCode;
import dev.csprules.api.RevenueCount;
import dev.csprules.api.fact.CspModel;
import dev.csprules.api.fact.RevenueKind;
import dev.csprules.api.fact.RevenueRecord;
import dev.csprules.api.fact.SalesChannel;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** An explanation gives each finding's rule and cited text, and how revenue was counted. */
class ExplanationTest {
  private static RevenueRecord record(int year, int month, String amount, RevenueKind kind, SalesChannel channel) {
    return new RevenueRecord(YearMonth.of(year, month), new BigDecimal(amount), "USD", kind, channel);
  }

  @Test
  void aThresholdFindingShowsTheCountAndEveryRecordCountedOrExcludedWithWhy() {
    RevenueRecord counted = record(2020, 3, "120000", RevenueKind.CLOUD, SalesChannel.INDIRECT_RESELLER);
    RevenueRecord tooEarly = record(2019, 10, "500000", RevenueKind.CLOUD, SalesChannel.INDIRECT_RESELLER);
    RevenueRecord perpetual = record(2020, 4, "500000", RevenueKind.PERPETUAL_SOFTWARE, SalesChannel.INDIRECT_RESELLER);
    RevenueRecord direct = record(2020, 5, "500000", RevenueKind.CLOUD, SalesChannel.DIRECT);
    Explanation explanation =
        SharedEngine.get()
            .explain(
                Fixtures.application(CspModel.DIRECT_BILL, Fixtures.partner().revenue(List.of(counted, tooEarly, perpetual, direct)).build()),
                Fixtures.IN_2020);

    RevenueCount revenue = explanation.revenue().orElseThrow();
    assertEquals(YearMonth.of(2019, 11), revenue.firstMonth());
    assertEquals(YearMonth.of(2020, 10), revenue.lastMonth());
    assertEquals(new BigDecimal("120000"), revenue.countedUsd());
    assertEquals(List.of(counted), revenue.counted());
    assertEquals(
        List.of(
            new RevenueCount.Excluded(tooEarly, "outside the trailing twelve months 2019-11 to 2020-10"),
            new RevenueCount.Excluded(perpetual, "not cloud revenue (PERPETUAL_SOFTWARE)"),
            new RevenueCount.Excluded(direct, "not earned as an indirect reseller (DIRECT)")),
        revenue.excluded());

    ExplainedFinding below =
        explanation.findings().stream()
            .filter(f -> f.finding().code() == FindingCode.DIRECT_BILL_REVENUE_BELOW_THRESHOLD)
            .findFirst()
            .orElseThrow();
    assertEquals("Trailing twelve-month revenue below the threshold", below.ruleTitle());
    assertEquals("300000.00", below.finding().factTexts().get("needed"));
    assertEquals("120000", below.finding().factTexts().get("actual"));
    Citation performance = below.citations().get(0);
    assertEquals("cf5ff-132", performance.sentenceId());
    assertTrue(performance.english().startsWith("Performance requirement: Ensure you have at least USD300K"), performance.english());
    assertTrue(performance.japanese().startsWith("パフォーマンス要件"), performance.japanese());
  }

  @Test
  void theExplanationCarriesTheSameDecisionAndOneEntryPerFinding() {
    var application = Fixtures.application(CspModel.INDIRECT_RESELLER, Fixtures.partner().mpnId("").build());
    Explanation explanation = SharedEngine.get().explain(application, Fixtures.IN_2018);
    assertEquals(SharedEngine.decide(application, Fixtures.IN_2018), explanation.decision());
    assertEquals(
        explanation.decision().findings(),
        explanation.findings().stream().map(ExplainedFinding::finding).toList());
    assertEquals(Optional.empty(), explanation.revenue());
    assertEquals("4d1ce-107", explanation.findings().get(0).citations().get(0).sentenceId());
    assertTrue(explanation.findings().get(0).citations().get(0).english().startsWith("To enroll in the Cloud Solution Provider program"));
  }
}
