package dev.csprules.drools;

import dev.csprules.api.EnrollmentApplication;
import dev.csprules.api.Order;
import dev.csprules.api.fact.Address;
import dev.csprules.api.fact.AgreementAcceptance;
import dev.csprules.api.fact.AgreementType;
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
import dev.csprules.api.fact.SupportPlan;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/** Generators of valid requests that vary every fact a rule reads, across both editions. */
final class GeneratedRequests {
  private static final List<String> COUNTRIES = List.of("JP", "US", "FR", "DE", "HK", "VA", "BA", "CN", "XK", "BR");
  private static final List<String> CURRENCIES = List.of("JPY", "USD", "EUR", "HKD", "BRL", "CNY");

  private GeneratedRequests() {}

  /** Days across both editions, with every boundary day among them. */
  static Arbitrary<LocalDate> asOfDates() {
    Arbitrary<LocalDate> boundaries =
        Arbitraries.of(
            LocalDate.of(2018, 1, 24), LocalDate.of(2018, 3, 31), LocalDate.of(2018, 4, 1),
            LocalDate.of(2020, 10, 26), LocalDate.of(2020, 10, 27), LocalDate.of(2020, 11, 15));
    Arbitrary<LocalDate> any =
        Arbitraries.longs().between(0, 365L * 5).map(days -> LocalDate.of(2018, 1, 24).plusDays(days));
    return Arbitraries.oneOf(boundaries, any);
  }

  static Arbitrary<RevenueRecord> revenueRecords() {
    return Combinators.combine(
            Arbitraries.integers().between(0, 59).map(months -> YearMonth.of(2018, 1).plusMonths(months)),
            Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("200000")).ofScale(2),
            Arbitraries.of(RevenueKind.class),
            Arbitraries.of(SalesChannel.class))
        .as((month, amount, kind, channel) -> new RevenueRecord(month, amount, "USD", kind, channel));
  }

  static Arbitrary<Partner> partners() {
    Arbitrary<Partner.Builder> identity =
        Combinators.combine(
                Arbitraries.of("", "1234567"),
                Arbitraries.of(true, false),
                Arbitraries.of(true, false),
                Arbitraries.of("admin@contoso.co.jp", "ADMIN@GMAIL.COM", "not-an-email", ""),
                Arbitraries.of("Hanako Sato", ""),
                Arbitraries.of(
                    new Address("1-2-3 Minato", "Tokyo", "105-0001", "JP"),
                    new Address("1 Queen's Road", "Hong Kong", "", "HK"),
                    new Address("", "Paris", "75001", "FR"),
                    new Address("1 Main St", "Seattle", "", "US")))
            .as((mpnId, active, bank, email, signatory, address) ->
                Fixtures.partner()
                    .mpnId(mpnId)
                    .mpnMembershipActive(active)
                    .bankInformationOnFile(bank)
                    .adminEmail(email)
                    .legalSignatory(signatory)
                    .address(address));
    return Combinators.combine(
            identity,
            Arbitraries.of(SupportPlan.class),
            Arbitraries.subsetOf(Capability.values()),
            Arbitraries.subsetOf(ServiceOffering.values()),
            Arbitraries.subsetOf(CspModel.values()),
            Arbitraries.of(true, false),
            revenueRecords().list().ofMaxSize(30))
        .as((builder, plan, capabilities, services, enrolledAs, providerActive, revenue) ->
            builder
                .supportPlan(plan)
                .capabilities(capabilities)
                .servicesOffered(services)
                .enrolledAs(enrolledAs)
                .indirectProviders(List.of(new IndirectProviderRelationship("9000001", providerActive)))
                .revenue(revenue)
                .build());
  }

  static Arbitrary<EnrollmentApplication> applications() {
    return Combinators.combine(partners(), Arbitraries.of(CspModel.class), Arbitraries.of("JP", "US", "HK"))
        .as((partner, model, location) -> new EnrollmentApplication("generated", partner, model, location));
  }

  static Arbitrary<Customer> customers() {
    return Combinators.combine(
            Arbitraries.of(COUNTRIES),
            Arbitraries.of(AgreementType.class),
            Arbitraries.integers().between(-400, 400),
            Arbitraries.of("", "5550001", "1234567"),
            Arbitraries.of(true, false))
        .as((country, agreement, daysFromOrder, owner, cspTenant) ->
            new Customer(
                Fixtures.CUSTOMER_TENANT,
                country,
                List.of(new AgreementAcceptance(agreement, LocalDate.of(2020, 11, 15).plusDays(daysFromOrder))),
                owner,
                cspTenant));
  }

  static Arbitrary<Order> orders() {
    return Combinators.combine(
            partners(),
            customers(),
            Arbitraries.of(CURRENCIES),
            Arbitraries.of(ProductKind.class).list().ofMinSize(1).ofMaxSize(3),
            Arbitraries.of(true, false))
        .as((seller, customer, currency, kinds, related) ->
            new Order(
                "generated",
                related ? seller : seller.toBuilder().customerRelationships(List.of()).build(),
                customer,
                currency,
                LocalDate.of(2020, 11, 15),
                kinds.stream().map(kind -> new OrderLine("offer", kind, 1)).toList()));
  }
}
