package dev.csprules.drools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import dev.csprules.api.Decision;
import dev.csprules.api.EnrollmentApplication;
import dev.csprules.api.InvalidRequestException;
import dev.csprules.api.Order;
import dev.csprules.api.PolicyRequest;
import dev.csprules.api.Problem;
import dev.csprules.api.fact.Address;
import dev.csprules.api.fact.AgreementAcceptance;
import dev.csprules.api.fact.AgreementType;
import dev.csprules.api.fact.PointInTime;
import dev.csprules.api.fact.Capability;
import dev.csprules.api.fact.CspModel;
import dev.csprules.api.fact.Customer;
import dev.csprules.api.fact.IndirectProviderRelationship;
import dev.csprules.api.fact.OrderLine;
import dev.csprules.api.fact.Partner;
import dev.csprules.api.fact.ProductKind;
import dev.csprules.api.fact.RevenueKind;
import dev.csprules.api.fact.RevenueRecord;
import dev.csprules.api.fact.SalesChannel;
import dev.csprules.api.fact.ServiceOffering;
import dev.csprules.api.fact.Tenant;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The bad-input corpus through the Java API: requests built with a null, a blank, an unknown
 * code, an absurd amount or date, or lists far longer than any partner has. Each is refused with
 * one problem naming its path (never a NullPointerException or a failure inside the rules), and
 * the engine decides as before afterwards. Extreme values the policy can judge are decided, in
 * bounded time.
 */
class BadRequestCorpusTest {
  private static final Duration LIMIT = Duration.ofSeconds(10);
  private static final LocalDate AS_OF = Fixtures.IN_2020;
  private static final String UNKNOWN_COUNTRY = "unknown country code '%s' (ISO 3166-1 alpha-2, upper case)";
  private static final String OUT_OF_RANGE = "is out of range: an amount has at most 15 digits before the decimal point and 6 after";

  /** A request the caller could not build, or one the engine refuses, and the one problem it ends in. */
  private record Refused(String name, Supplier<Decision> attempt, String problem) {}

  /** A request with extreme values the policy can judge. */
  private record Decided(String name, Supplier<PolicyRequest> request, LocalDate asOf) {}

  @TestFactory
  Stream<DynamicTest> everyBadRequestIsRefusedWithOneProblemAtItsPath() {
    Decision before = SharedEngine.decide(Fixtures.order(), AS_OF);
    List<Refused> corpus = new ArrayList<>();
    corpus.addAll(nulls());
    corpus.addAll(blanks());
    corpus.addAll(unknownCodes());
    corpus.addAll(absurdNumbers());
    corpus.addAll(absurdSizesAndDates());
    assertTrue(corpus.size() >= 80, corpus.size() + " cases");
    return corpus.stream()
        .map(
            bad ->
                dynamicTest(
                    bad.name(),
                    () -> {
                      InvalidRequestException error =
                          assertTimeoutPreemptively(LIMIT, () -> assertThrows(InvalidRequestException.class, bad.attempt()::get));
                      assertEquals(List.of(bad.problem()), error.problems().stream().map(Problem::toString).toList());
                      assertEquals(before, SharedEngine.decide(Fixtures.order(), AS_OF), "the engine decides otherwise after " + bad.name());
                    }));
  }

  @TestFactory
  Stream<DynamicTest> extremeValuesThePolicyCanJudgeAreDecided() {
    SharedEngine.get(); // built outside the time limit: building takes seconds
    return extremes().stream()
        .map(
            extreme ->
                dynamicTest(
                    extreme.name(),
                    () -> {
                      PolicyRequest request = extreme.request().get();
                      Decision decision = assertTimeoutPreemptively(LIMIT, () -> SharedEngine.decide(request, extreme.asOf()));
                      assertNotNull(decision.outcome());
                      assertEquals(decision, SharedEngine.decide(request, extreme.asOf()), "decided otherwise the second time");
                    }));
  }

  /** Every component of every request type left null, and nulls inside lists, sets and maps. */
  private static List<Refused> nulls() {
    Partner partner = Fixtures.partner().build();
    Customer customer = Fixtures.customer();
    List<OrderLine> lines = List.of(new OrderLine("offer", ProductKind.ONLINE_SERVICE, 1));
    YearMonth month = YearMonth.of(2020, 1);
    return List.of(
        refusedOnBuild("an application without an id", () -> new EnrollmentApplication(null, partner, CspModel.DIRECT_BILL, "JP"), "applicationId: is missing"),
        refusedOnBuild("an application without a partner", () -> new EnrollmentApplication("a", null, CspModel.DIRECT_BILL, "JP"), "partner: is missing"),
        refusedOnBuild("an application without a model", () -> new EnrollmentApplication("a", partner, null, "JP"), "model: is missing"),
        refusedOnBuild("an application without a sell location", () -> new EnrollmentApplication("a", partner, CspModel.DIRECT_BILL, null), "sellLocation: is missing"),
        refusedOnBuild("an order without an id", () -> new Order(null, partner, customer, "JPY", AS_OF, lines), "orderId: is missing"),
        refusedOnBuild("an order without a seller", () -> new Order("o", null, customer, "JPY", AS_OF, lines), "seller: is missing"),
        refusedOnBuild("an order without a customer", () -> new Order("o", partner, null, "JPY", AS_OF, lines), "customer: is missing"),
        refusedOnBuild("an order without a currency", () -> new Order("o", partner, customer, null, AS_OF, lines), "currency: is missing"),
        refusedOnBuild("an order without a date", () -> new Order("o", partner, customer, "JPY", (PointInTime) null, lines), "orderDate: is missing"),
        refusedOnBuild("an order without lines", () -> new Order("o", partner, customer, "JPY", AS_OF, null), "lines: is missing"),
        refusedOnBuild("an order with a null line", () -> new Order("o", partner, customer, "JPY", AS_OF, Arrays.asList(lines.get(0), null)), "lines[1]: is missing"),
        refusedOnBuild("a line without an offer", () -> new OrderLine(null, ProductKind.ONLINE_SERVICE, 1), "offerId: is missing"),
        refusedOnBuild("a line without a kind", () -> new OrderLine("offer", null, 1), "kind: is missing"),
        refusedOnBuild("an address without a street", () -> new Address(null, "Tokyo", "1", "JP"), "street: is missing"),
        refusedOnBuild("an address without a city", () -> new Address("s", null, "1", "JP"), "city: is missing"),
        refusedOnBuild("an address without a postal code", () -> new Address("s", "Tokyo", null, "JP"), "postalCode: is missing"),
        refusedOnBuild("an address without a country", () -> new Address("s", "Tokyo", "1", null), "country: is missing"),
        refusedOnBuild("a customer without a tenant", () -> Customer.of(null, "JP", List.of()), "tenantId: is missing"),
        refusedOnBuild("a customer without a country", () -> Customer.of("t", null, List.of()), "country: is missing"),
        refusedOnBuild("a customer without agreements", () -> Customer.of("t", "JP", null), "agreementAcceptances: is missing"),
        refusedOnBuild("a customer with a null agreement", () -> Customer.of("t", "JP", Collections.singletonList(null)), "agreementAcceptances[0]: is missing"),
        refusedOnBuild("a customer without an owner", () -> new Customer("t", "JP", List.of(), null, false), "ownerPartnerMpnId: is missing"),
        refusedOnBuild("an agreement without a type", () -> new AgreementAcceptance(null, AS_OF), "type: is missing"),
        refusedOnBuild("an agreement without a date", () -> new AgreementAcceptance(AgreementType.OTHER, (PointInTime) null), "dateAgreed: is missing"),
        refusedOnBuild("a revenue record without a month", () -> new RevenueRecord(null, BigDecimal.ONE, "USD", RevenueKind.CLOUD, SalesChannel.DIRECT), "month: is missing"),
        refusedOnBuild("a revenue record without an amount", () -> new RevenueRecord(month, null, "USD", RevenueKind.CLOUD, SalesChannel.DIRECT), "amount: is missing"),
        refusedOnBuild("a revenue record without a currency", () -> new RevenueRecord(month, BigDecimal.ONE, null, RevenueKind.CLOUD, SalesChannel.DIRECT), "currency: is missing"),
        refusedOnBuild("a revenue record without a kind", () -> new RevenueRecord(month, BigDecimal.ONE, "USD", null, SalesChannel.DIRECT), "kind: is missing"),
        refusedOnBuild("a revenue record without a channel", () -> new RevenueRecord(month, BigDecimal.ONE, "USD", RevenueKind.CLOUD, null), "channel: is missing"),
        refusedOnBuild("a tenant without an id", () -> new Tenant(null, true), "tenantId: is missing"),
        refusedOnBuild("a provider without an MPN ID", () -> new IndirectProviderRelationship(null, true), "providerMpnId: is missing"),
        refusedOnBuild("a partner with a null company name", () -> Fixtures.partner().companyName(null).build(), "companyName: is missing"),
        refusedOnBuild("a partner with a null MPN ID", () -> Fixtures.partner().mpnId(null).build(), "mpnId: is missing"),
        refusedOnBuild("a partner with a null address", () -> Fixtures.partner().address(null).build(), "address: is missing"),
        refusedOnBuild("a partner with a null admin email", () -> Fixtures.partner().adminEmail(null).build(), "adminEmail: is missing"),
        refusedOnBuild("a partner with a null signatory", () -> Fixtures.partner().legalSignatory(null).build(), "legalSignatory: is missing"),
        refusedOnBuild("a partner with a null support plan", () -> Fixtures.partner().supportPlan(null).build(), "supportPlan: is missing"),
        refusedOnBuild("a partner with a null capability", () -> Fixtures.partner().capability(null).build(), "capabilities[2]: is missing"),
        refusedOnBuild("a partner with a null service", () -> Fixtures.partner().serviceOffered(null).build(), "servicesOffered[1]: is missing"),
        refusedOnBuild("a partner with a null model", () -> Fixtures.partner().enrolledAs((CspModel) null).build(), "enrolledAs[1]: is missing"),
        refusedOnBuild("a partner with capabilities holding null", () -> Fixtures.partner().capabilities(Arrays.asList(Capability.BILLING, null)).build(), "capabilities[1]: is missing"),
        refusedOnBuild("a partner with services holding null", () -> Fixtures.partner().servicesOffered(Collections.singletonList((ServiceOffering) null)).build(), "servicesOffered[0]: is missing"),
        refusedOnBuild("a partner with a null tenant", () -> Fixtures.partner().tenant(null).build(), "tenants[1]: is missing"),
        refusedOnBuild("a partner with a null provider", () -> Fixtures.partner().indirectProvider(null).build(), "indirectProviders[1]: is missing"),
        refusedOnBuild("a partner with a null customer", () -> Fixtures.partner().customerRelationship(null).build(), "customerRelationships[1]: is missing"),
        refusedOnBuild("a partner with a null revenue record", () -> Fixtures.partner().revenueRecord(null).build(), "revenue[12]: is missing"),
        refusedOnBuild("a location MPN ID without a country", () -> Fixtures.partner().locationMpnId(null, "1").build(), "locationMpnIds: must not contain a null key or value"),
        refusedOnBuild("a location MPN ID of null", () -> Fixtures.partner().locationMpnId("US", null).build(), "locationMpnIds: must not contain a null key or value"),
        new Refused("no request", () -> SharedEngine.decide(null, AS_OF), "request: is missing"),
        new Refused("no date", () -> SharedEngine.decide(Fixtures.order(), null), "asOf: is missing"),
        new Refused("no request to explain", () -> SharedEngine.get().explain(null, AS_OF).decision(), "request: is missing"));
  }

  /** Text the engine requires, blank. */
  private static List<Refused> blanks() {
    return List.of(
        application("a blank application id", app -> new EnrollmentApplication(" ", app.partner(), app.model(), app.sellLocation()), "applicationId: is missing"),
        application("a blank sell location", app -> new EnrollmentApplication("a", app.partner(), app.model(), ""), "sellLocation: is missing"),
        partner("a blank company name", partner -> partner.companyName("\t"), "partner.companyName: is missing"),
        partner("a blank tenant id", partner -> partner.tenant(new Tenant(" ", false)), "partner.tenants[1].tenantId: is missing"),
        partner("a blank provider MPN ID", partner -> partner.indirectProvider(new IndirectProviderRelationship("", true)), "partner.indirectProviders[1].providerMpnId: is missing"),
        partner("a blank customer relationship", partner -> partner.customerRelationship(" "), "partner.customerRelationships: contains a blank tenant id"),
        partner("a blank revenue currency", partner -> partner.revenueRecord(revenue("1.00", "")), "partner.revenue[12].currency: is missing"),
        order("a blank order id", order -> new Order("", order.seller(), order.customer(), order.currency(), order.orderDate(), order.lines()), "orderId: is missing"),
        order("a blank currency", order -> new Order("o", order.seller(), order.customer(), " ", order.orderDate(), order.lines()), "currency: is missing"),
        order("no lines", order -> new Order("o", order.seller(), order.customer(), "JPY", order.orderDate(), List.of()), "lines: an order needs at least one line"),
        order("a line without an offer", order -> withLine(order, new OrderLine(" ", ProductKind.ONLINE_SERVICE, 1)), "lines[1].offerId: is missing"),
        order("a seller without a country", order -> withSeller(order, order.seller().toBuilder().address(new Address("s", "c", "p", ""))), "seller.address.country: is missing"),
        order("a customer without a tenant", order -> withCustomer(order, Customer.of("", "JP", List.of())), "customer.tenantId: is missing"),
        order("a customer without a country", order -> withCustomer(order, Customer.of("t", "", List.of())), "customer.country: is missing"));
  }

  /** A code that is no ISO code, in every field that takes one. */
  private static List<Refused> unknownCodes() {
    List<Refused> cases = new ArrayList<>();
    for (String code : List.of("XX", "jp", "JPN", "J".repeat(100_000))) {
      // A code is quoted, and named in a path, cut to 40 characters.
      String shown = code.length() > 40 ? code.substring(0, 40) + "…" : code;
      String says = UNKNOWN_COUNTRY.formatted(shown);
      String label = code.length() > 40 ? "a hundred thousand letters" : code;
      cases.add(application("sell location " + label, app -> new EnrollmentApplication("a", app.partner(), app.model(), code), "sellLocation: " + says));
      cases.add(partner("partner country " + label, partner -> partner.address(new Address("s", "c", "p", code)), "partner.address.country: " + says));
      cases.add(partner("location MPN ID in " + label, partner -> partner.locationMpnId(code, "1"), "partner.locationMpnIds." + shown + ": " + says));
      cases.add(order("customer country " + label, order -> withCustomer(order, Customer.of("t", code, List.of())), "customer.country: " + says));
      cases.add(order("seller country " + label, order -> withSeller(order, order.seller().toBuilder().address(new Address("s", "c", "p", code))), "seller.address.country: " + says));
    }
    for (String code : List.of("YEN", "jpy", "EURO")) {
      cases.add(order("order currency " + code, order -> new Order("o", order.seller(), order.customer(), code, order.orderDate(), order.lines()), "currency: unknown currency code '" + code + "' (ISO 4217)"));
      cases.add(partner("revenue currency " + code, partner -> partner.revenueRecord(revenue("1.00", code)), "partner.revenue[12].currency: unknown currency code '" + code + "' (ISO 4217)"));
    }
    cases.add(partner("revenue in EUR", partner -> partner.revenueRecord(revenue("1.00", "EUR")), "partner.revenue[12].currency: must be USD: the threshold is in USD and the reference data has no exchange rates, was EUR"));
    return cases;
  }

  private static List<Refused> absurdNumbers() {
    List<Refused> cases = new ArrayList<>();
    for (String amount : List.of("1E+400", "1E+999999999", "-1E+999999999", "1E-999999999", "1234567890123456", "0.0000001", "9".repeat(10_000))) {
      String label = amount.length() > 20 ? amount.length() + " nines" : amount;
      cases.add(partner("an amount of " + label, partner -> partner.revenueRecord(revenue(amount, "USD")), "partner.revenue[12].amount: " + OUT_OF_RANGE));
    }
    cases.add(partner("a negative amount", partner -> partner.revenueRecord(revenue("-0.01", "USD")), "partner.revenue[12].amount: must not be negative, was -0.01"));
    for (int quantity : new int[] {0, -1, Integer.MIN_VALUE}) {
      cases.add(order("a quantity of " + quantity, order -> withLine(order, new OrderLine("o", ProductKind.ONLINE_SERVICE, quantity)), "lines[1].quantity: must be at least 1, was " + quantity));
    }
    return cases;
  }

  private static List<Refused> absurdSizesAndDates() {
    String email = "a@b" + ".c".repeat(50_000);
    return List.of(
        partner("an admin email of a hundred thousand characters", partner -> partner.adminEmail(email), "partner.adminEmail: is 100003 characters long; an email address has at most 254"),
        partner("a thousand revenue records and one", partner -> partner.revenue(records(1_001)), "partner.revenue: has 1001 records; at most 1000 are accepted"),
        partner("fifty thousand revenue records", partner -> partner.revenue(records(50_000)), "partner.revenue: has 50000 records; at most 1000 are accepted"),
        new Refused("the day before the first edition", () -> SharedEngine.decide(Fixtures.order(), LocalDate.of(2018, 1, 23)), "asOf: 2018-01-23 is before the first edition (2018-01, in force from 2018-01-24): no policy was in force"),
        new Refused("the first day there is", () -> SharedEngine.decide(Fixtures.order(), LocalDate.MIN), "asOf: -999999999-01-01 is before the first edition (2018-01, in force from 2018-01-24): no policy was in force"));
  }

  /** Values far from any real request that the policy can still judge: decided, in bounded time. */
  private static List<Decided> extremes() {
    Supplier<PolicyRequest> direct = Fixtures::directApplication;
    return List.of(
        new Decided("the last day there is", direct, LocalDate.MAX),
        new Decided("an order dated the first day there is", () -> Fixtures.order(Fixtures.partner().build(), Fixtures.customer(), "JPY", LocalDate.MIN), AS_OF),
        new Decided("an order dated the last day there is", () -> Fixtures.order(Fixtures.partner().build(), Fixtures.customer(), "JPY", LocalDate.MAX), AS_OF),
        new Decided("revenue in the first month there is", () -> withRevenue(new RevenueRecord(YearMonth.of(Year.MIN_VALUE, 1), BigDecimal.ONE, "USD", RevenueKind.CLOUD, SalesChannel.INDIRECT_RESELLER)), AS_OF),
        new Decided("revenue in the last month there is", () -> withRevenue(new RevenueRecord(YearMonth.of(Year.MAX_VALUE, 12), BigDecimal.ONE, "USD", RevenueKind.CLOUD, SalesChannel.INDIRECT_RESELLER)), LocalDate.MAX),
        new Decided("the largest amount", () -> withRevenue(RevenueRecord.cloudAsIndirectReseller(YearMonth.of(2020, 1), "999999999999999.999999")), AS_OF),
        new Decided("an agreement on the last day there is", () -> withCustomer(Fixtures.order(), Customer.of(Fixtures.CUSTOMER_TENANT, "JP", List.of(new AgreementAcceptance(AgreementType.MICROSOFT_CUSTOMER_AGREEMENT, LocalDate.MAX)))), AS_OF),
        new Decided("two lines of the largest quantity", () -> withLine(withLine(Fixtures.order(), new OrderLine("a", ProductKind.ONLINE_SERVICE, Integer.MAX_VALUE)), new OrderLine("b", ProductKind.ONLINE_SERVICE, Integer.MAX_VALUE)), AS_OF),
        new Decided("a thousand revenue records", () -> Fixtures.application(CspModel.DIRECT_BILL, Fixtures.partner().revenue(records(1_000)).build()), AS_OF),
        new Decided("fifty thousand order lines", () -> withLines(Fixtures.order(), lines(50_000)), AS_OF),
        new Decided("fifty thousand tenants", () -> Fixtures.application(CspModel.DIRECT_BILL, many(Fixtures.partner(), 50_000, (partner, i) -> partner.tenant(new Tenant("t" + i, false))).build()), AS_OF),
        new Decided("fifty thousand customers", () -> Fixtures.application(CspModel.DIRECT_BILL, many(Fixtures.partner(), 50_000, (partner, i) -> partner.customerRelationship("c" + i)).build()), AS_OF),
        new Decided("an id of a million characters", () -> new EnrollmentApplication("a".repeat(1_000_000), Fixtures.partner().build(), CspModel.DIRECT_BILL, "JP"), AS_OF),
        new Decided("an admin email of 254 characters", () -> Fixtures.application(CspModel.DIRECT_BILL, Fixtures.partner().adminEmail("a".repeat(240) + "@example.com").build()), AS_OF),
        new Decided("Kosovo, a code outside ISO 3166", () -> new EnrollmentApplication("a", Fixtures.partner().build(), CspModel.DIRECT_BILL, "XK"), AS_OF));
  }

  private static Refused refusedOnBuild(String name, Supplier<Object> build, String problem) {
    return new Refused(name, () -> SharedEngine.decide((PolicyRequest) build.get(), AS_OF), problem);
  }

  private static Refused application(String name, UnaryOperator<EnrollmentApplication> change, String problem) {
    return new Refused(name, () -> SharedEngine.decide(change.apply(Fixtures.indirectApplication()), AS_OF), problem);
  }

  private static Refused partner(String name, UnaryOperator<Partner.Builder> change, String problem) {
    return application(name, app -> new EnrollmentApplication("a", change.apply(app.partner().toBuilder()).build(), app.model(), app.sellLocation()), problem);
  }

  private static Refused order(String name, UnaryOperator<Order> change, String problem) {
    return new Refused(name, () -> SharedEngine.decide(change.apply(Fixtures.order()), AS_OF), problem);
  }

  private static Order withLine(Order order, OrderLine line) {
    List<OrderLine> lines = new ArrayList<>(order.lines());
    lines.add(line);
    return withLines(order, lines);
  }

  private static Order withLines(Order order, List<OrderLine> lines) {
    return new Order(order.orderId(), order.seller(), order.customer(), order.currency(), order.orderDate(), lines);
  }

  private static Order withSeller(Order order, Partner.Builder seller) {
    return new Order(order.orderId(), seller.build(), order.customer(), order.currency(), order.orderDate(), order.lines());
  }

  private static Order withCustomer(Order order, Customer customer) {
    return new Order(order.orderId(), order.seller(), customer, order.currency(), order.orderDate(), order.lines());
  }

  private static EnrollmentApplication withRevenue(RevenueRecord record) {
    return Fixtures.application(CspModel.DIRECT_BILL, Fixtures.partner().revenueRecord(record).build());
  }

  private static RevenueRecord revenue(String amount, String currency) {
    return new RevenueRecord(YearMonth.of(2020, 1), new BigDecimal(amount), currency, RevenueKind.CLOUD, SalesChannel.INDIRECT_RESELLER);
  }

  private static List<RevenueRecord> records(int count) {
    List<RevenueRecord> records = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      records.add(RevenueRecord.cloudAsIndirectReseller(YearMonth.of(2019, 11).plusMonths(i % 12), "25.00"));
    }
    return records;
  }

  private static List<OrderLine> lines(int count) {
    List<OrderLine> lines = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      lines.add(new OrderLine("offer-" + i, ProductKind.ONLINE_SERVICE, 1));
    }
    return lines;
  }

  private interface Adder {
    Partner.Builder add(Partner.Builder partner, int index);
  }

  private static Partner.Builder many(Partner.Builder partner, int count, Adder adder) {
    for (int i = 0; i < count; i++) {
      adder.add(partner, i);
    }
    return partner;
  }
}
