package dev.csprules.drools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.csprules.api.Decision;
import dev.csprules.api.EnrollmentApplication;
import dev.csprules.api.Finding;
import dev.csprules.api.FindingCode;
import dev.csprules.api.Order;
import dev.csprules.api.Outcome;
import dev.csprules.api.PolicyRequest;
import dev.csprules.api.fact.CspModel;
import dev.csprules.api.fact.RevenueKind;
import dev.csprules.api.fact.RevenueRecord;
import dev.csprules.api.fact.SalesChannel;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Invariants of the engine over generated requests, in both editions. */
class EngineInvariantsTest {

  @Provide
  Arbitrary<LocalDate> asOf() {
    return GeneratedRequests.asOfDates();
  }

  @Provide
  Arbitrary<EnrollmentApplication> applications() {
    return GeneratedRequests.applications();
  }

  @Provide
  Arbitrary<Order> orders() {
    return GeneratedRequests.orders();
  }

  @Provide
  Arbitrary<PolicyRequest> requests() {
    return Arbitraries.oneOf(GeneratedRequests.applications(), GeneratedRequests.orders());
  }

  @Property(tries = 200)
  void theSameRequestAlwaysGetsTheSameDecision(@ForAll("requests") PolicyRequest request, @ForAll("asOf") LocalDate asOf) {
    assertEquals(SharedEngine.decide(request, asOf), SharedEngine.decide(request, asOf));
  }

  @Property(tries = 30)
  void concurrentEvaluationAgreesWithSerial(@ForAll("requests") PolicyRequest request, @ForAll("asOf") LocalDate asOf) {
    Decision serial = SharedEngine.decide(request, asOf);
    List<Decision> parallel =
        java.util.stream.IntStream.range(0, 16).parallel().mapToObj(i -> SharedEngine.decide(request, asOf)).toList();
    parallel.forEach(decision -> assertEquals(serial, decision));
  }

  @Property(tries = 200)
  void findingsAreCatalogCodesOfTheRequestsKindAndTheOutcomeFollowsThem(
      @ForAll("requests") PolicyRequest request, @ForAll("asOf") LocalDate asOf) {
    Decision decision = SharedEngine.decide(request, asOf);
    for (Finding finding : decision.findings()) {
      assertTrue(finding.code().answers(request.kind()), finding.code().toString());
      assertFalse(finding.citations().isEmpty(), finding.ruleId());
    }
    assertEquals(Outcome.of(request.kind(), decision.findings().stream().map(Finding::severity).toList()), decision.outcome());
  }

  @Property(tries = 200)
  void aMissingMpnIdAlwaysBlocksAnApplication(@ForAll("applications") EnrollmentApplication application, @ForAll("asOf") LocalDate asOf) {
    Decision before = SharedEngine.decide(application, asOf);
    EnrollmentApplication worse =
        new EnrollmentApplication(
            application.applicationId(), application.partner().toBuilder().mpnId("").build(), application.model(), application.sellLocation());
    Decision after = SharedEngine.decide(worse, asOf);
    assertEquals(Outcome.INELIGIBLE, after.outcome());
    if (before.outcome() == Outcome.INELIGIBLE) {
      assertTrue(after.findingCodes().containsAll(blocking(before)), "a blocking finding disappeared");
    }
  }

  @Property(tries = 200)
  void anUnenrolledSellerIsAlwaysDenied(@ForAll("orders") Order order, @ForAll("asOf") LocalDate asOf) {
    Decision before = SharedEngine.decide(order, asOf);
    Order worse =
        new Order(order.orderId(), order.seller().toBuilder().enrolledAs(Set.of()).build(), order.customer(), order.currency(), order.orderDate(), order.lines());
    Decision after = SharedEngine.decide(worse, asOf);
    assertEquals(Outcome.DENIED, after.outcome());
    if (before.outcome() == Outcome.DENIED) {
      Set<FindingCode> stillBlocking = blocking(before);
      stillBlocking.remove(FindingCode.INDIRECT_RESELLER_WITHOUT_PROVIDER); // an unenrolled seller is no reseller
      assertTrue(after.findingCodes().containsAll(stillBlocking), "a blocking finding disappeared");
    }
  }

  @Property(tries = 200)
  void moreCountedRevenueNeverAddsTheThresholdFinding(
      @ForAll("applications") EnrollmentApplication application,
      @ForAll("asOf") LocalDate asOf,
      @ForAll("amounts") BigDecimal extra) {
    EnrollmentApplication direct = asDirect(application);
    boolean belowBefore = SharedEngine.decide(direct, asOf).has(FindingCode.DIRECT_BILL_REVENUE_BELOW_THRESHOLD);
    YearMonth lastCountedMonth = YearMonth.from(asOf).minusMonths(1);
    Decision after =
        SharedEngine.decide(withRevenue(direct, new RevenueRecord(lastCountedMonth, extra, "USD", RevenueKind.CLOUD, SalesChannel.INDIRECT_RESELLER)), asOf);
    if (!belowBefore) {
      assertFalse(after.has(FindingCode.DIRECT_BILL_REVENUE_BELOW_THRESHOLD));
    }
  }

  @Property(tries = 200)
  void aRecordOutsideTheWindowNeverChangesTheCountedRevenue(
      @ForAll("applications") EnrollmentApplication application,
      @ForAll("asOf") LocalDate asOf,
      @ForAll("amounts") BigDecimal amount,
      @ForAll("outsideOffsets") int monthsFromAsOfMonth) {
    EnrollmentApplication direct = asDirect(application);
    YearMonth outside = YearMonth.from(asOf).plusMonths(monthsFromAsOfMonth);
    var before = SharedEngine.get().explain(direct, asOf).revenue();
    var after =
        SharedEngine.get()
            .explain(withRevenue(direct, new RevenueRecord(outside, amount, "USD", RevenueKind.CLOUD, SalesChannel.INDIRECT_RESELLER)), asOf)
            .revenue();
    assertEquals(before.map(r -> r.countedUsd()), after.map(r -> r.countedUsd()));
  }

  @Provide
  Arbitrary<BigDecimal> amounts() {
    return Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("500000")).ofScale(2);
  }

  /** The as-of month itself (0), later months, and months before the window (-13 and earlier). */
  @Provide
  Arbitrary<Integer> outsideOffsets() {
    return Arbitraries.oneOf(Arbitraries.integers().between(0, 24), Arbitraries.integers().between(-48, -13));
  }

  private static EnrollmentApplication asDirect(EnrollmentApplication application) {
    return new EnrollmentApplication(application.applicationId(), application.partner(), CspModel.DIRECT_BILL, application.sellLocation());
  }

  private static EnrollmentApplication withRevenue(EnrollmentApplication application, RevenueRecord record) {
    List<RevenueRecord> revenue = new ArrayList<>(application.partner().revenue());
    revenue.add(record);
    return new EnrollmentApplication(
        application.applicationId(), application.partner().toBuilder().revenue(revenue).build(), application.model(), application.sellLocation());
  }

  private static Set<FindingCode> blocking(Decision decision) {
    Set<FindingCode> codes = java.util.EnumSet.noneOf(FindingCode.class);
    decision.findings().stream().filter(f -> f.severity() == dev.csprules.api.Severity.BLOCKING).forEach(f -> codes.add(f.code()));
    return codes;
  }
}
