package dev.csprules.drools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.csprules.api.EnrollmentApplication;
import dev.csprules.api.InvalidRequestException;
import dev.csprules.api.Order;
import dev.csprules.api.Outcome;
import dev.csprules.api.Problem;
import dev.csprules.api.fact.Address;
import dev.csprules.api.fact.CspModel;
import dev.csprules.api.fact.Customer;
import dev.csprules.api.fact.OrderLine;
import dev.csprules.api.fact.ProductKind;
import dev.csprules.api.fact.RevenueKind;
import dev.csprules.api.fact.RevenueRecord;
import dev.csprules.api.fact.SalesChannel;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Bad input is one error naming every problem with its path; nothing is evaluated. */
class BadInputTest {

  private static List<String> problems(Runnable evaluation) {
    InvalidRequestException error = assertThrows(InvalidRequestException.class, evaluation::run);
    return error.problems().stream().map(Problem::toString).toList();
  }

  @Test
  void everyProblemOfAnApplicationIsNamedAtOnce() {
    EnrollmentApplication application =
        new EnrollmentApplication(
            "a-1",
            Fixtures.partner()
                .companyName(" ")
                .address(new Address("1 Main St", "Springfield", "12345", "XX"))
                .locationMpnId("ZZ", "1")
                .revenueRecord(new RevenueRecord(YearMonth.of(2020, 1), new BigDecimal("-1.00"), "USD", RevenueKind.CLOUD, SalesChannel.INDIRECT_RESELLER))
                .revenueRecord(new RevenueRecord(YearMonth.of(2020, 2), BigDecimal.TEN, "EURO", RevenueKind.CLOUD, SalesChannel.INDIRECT_RESELLER))
                .revenueRecord(new RevenueRecord(YearMonth.of(2020, 3), BigDecimal.TEN, "EUR", RevenueKind.CLOUD, SalesChannel.INDIRECT_RESELLER))
                .build(),
            CspModel.DIRECT_BILL,
            "jp");
    List<String> problems = problems(() -> SharedEngine.decide(application, LocalDate.of(2017, 12, 31)));
    assertEquals(
        List.of(
            "asOf: 2017-12-31 is before the first edition (2018-01, in force from 2018-01-24): no policy was in force",
            "partner.companyName: is missing",
            "partner.address.country: unknown country code 'XX' (ISO 3166-1 alpha-2, upper case)",
            "partner.locationMpnIds.ZZ: unknown country code 'ZZ' (ISO 3166-1 alpha-2, upper case)",
            "partner.revenue[12].amount: must not be negative, was -1.00",
            "partner.revenue[13].currency: unknown currency code 'EURO' (ISO 4217)",
            "partner.revenue[14].currency: must be USD: the threshold is in USD and the reference data has no exchange rates, was EUR",
            "sellLocation: unknown country code 'jp' (ISO 3166-1 alpha-2, upper case)"),
        problems);
  }

  @Test
  void everyProblemOfAnOrderIsNamedAtOnce() {
    Order order =
        new Order(
            "",
            Fixtures.partner().address(new Address("", "", "", "")).build(),
            Customer.of("", "QQ", List.of()),
            "YEN",
            LocalDate.of(2020, 11, 1),
            List.of());
    assertEquals(
        List.of(
            "orderId: is missing",
            "seller.address.country: is missing",
            "customer.tenantId: is missing",
            "customer.country: unknown country code 'QQ' (ISO 3166-1 alpha-2, upper case)",
            "currency: unknown currency code 'YEN' (ISO 4217)",
            "lines: an order needs at least one line"),
        problems(() -> SharedEngine.decide(order, Fixtures.IN_2020)));
  }

  @Test
  void orderLinesAreCheckedOneByOne() {
    Order order =
        new Order("o", Fixtures.partner().build(), Fixtures.customer(), "JPY", Fixtures.IN_2020,
            List.of(new OrderLine("ok", ProductKind.ONLINE_SERVICE, 1), new OrderLine(" ", ProductKind.ONLINE_SERVICE, 0)));
    assertEquals(
        List.of("lines[1].offerId: is missing", "lines[1].quantity: must be at least 1, was 0"),
        problems(() -> SharedEngine.decide(order, Fixtures.IN_2020)));
  }

  @Test
  void kosovoIsAKnownCountryThoughNotInIso() {
    Order order = Fixtures.order(Fixtures.partner().build(), Customer.of("t", "XK", List.of()));
    SharedEngine.decide(order, Fixtures.IN_2020);
  }

  @Test
  void nullsAreReportedByNameNotAsNullPointerExceptions() {
    InvalidRequestException error =
        assertThrows(InvalidRequestException.class, () -> new Address("street", null, "1", "JP"));
    assertEquals(List.of(Problem.missing("city")), error.problems());
    InvalidRequestException several =
        assertThrows(InvalidRequestException.class, () -> new EnrollmentApplication(null, null, CspModel.DIRECT_BILL, null));
    assertEquals(
        List.of(Problem.missing("applicationId"), Problem.missing("partner"), Problem.missing("sellLocation")),
        several.problems());
    assertThrows(InvalidRequestException.class, () -> SharedEngine.get().evaluate(null, null));
    InvalidRequestException list =
        assertThrows(InvalidRequestException.class, () -> Customer.of("t", "JP", java.util.Arrays.asList(null, null)));
    assertEquals(
        List.of(Problem.missing("agreementAcceptances[0]"), Problem.missing("agreementAcceptances[1]")), list.problems());
  }

  @Test
  void problemsNamesWhatEvaluateWouldRefuseWithoutDeciding() {
    Order order = Fixtures.order(Fixtures.partner().build(), Customer.of("", "QQ", List.of()));
    List<Problem> refused = assertThrows(InvalidRequestException.class, () -> SharedEngine.decide(order, Fixtures.IN_2020)).problems();
    assertEquals(refused, SharedEngine.get().problems(order, Fixtures.IN_2020));
    assertEquals(List.of(), SharedEngine.get().problems(Fixtures.order(), Fixtures.IN_2020));
    assertEquals(List.of(Problem.missing("request"), Problem.missing("asOf")), SharedEngine.get().problems(null, null));
  }

  @Test
  void aKnownCountryOutsideEveryMarketIsAFindingNotBadInput() {
    Address damascus = new Address("1 Straight St", "Damascus", "", "SY");
    assertEquals(
        List.of(),
        SharedEngine.get().problems(
            new EnrollmentApplication("a", Fixtures.partner().address(damascus).build(), CspModel.INDIRECT_RESELLER, "CN"),
            Fixtures.IN_2020));
    assertEquals(List.of(), SharedEngine.get().problems(Fixtures.order(Fixtures.partner().build(), Customer.of("t", "CN", List.of())), Fixtures.IN_2020));
  }

  @Test
  void theFirstEditionDayIsInForce() {
    assertEquals(Outcome.ELIGIBLE, SharedEngine.decide(Fixtures.indirectApplication(), Fixtures.FIRST_EDITION_DAY).outcome());
    List<String> problems = problems(() -> SharedEngine.decide(Fixtures.indirectApplication(), Fixtures.FIRST_EDITION_DAY.minusDays(1)));
    assertEquals(1, problems.size());
    assertTrue(problems.get(0).startsWith("asOf: 2018-01-23 is before the first edition"));
  }

  @Test
  void theEngineKeepsServingAfterBadInput() {
    assertThrows(InvalidRequestException.class, () -> SharedEngine.decide(Fixtures.indirectApplication(), LocalDate.of(2000, 1, 1)));
    assertEquals(Outcome.APPROVED, SharedEngine.decide(Fixtures.order(), Fixtures.IN_2020).outcome());
  }
}
