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
import dev.csprules.api.fact.RevenueRecord;
import dev.csprules.api.fact.ServiceOffering;
import dev.csprules.api.fact.SupportPlan;
import dev.csprules.api.fact.Tenant;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * Requests that pass every rule, in both editions, for tests to break one fact at a time: a
 * Japanese partner that meets every requirement, selling in Japan to a Japanese customer.
 */
final class Fixtures {
  static final LocalDate FIRST_EDITION_DAY = LocalDate.of(2018, 1, 24);
  static final LocalDate IN_2018 = LocalDate.of(2018, 6, 1);
  static final LocalDate IN_2020 = LocalDate.of(2020, 11, 15);
  static final String CUSTOMER_TENANT = "customer-tenant-1";

  private Fixtures() {}

  /** A partner meeting every 2020-10 requirement of both models. */
  static Partner.Builder partner() {
    Partner.Builder partner =
        Partner.builder()
            .companyName("Contoso KK")
            .mpnId("1234567")
            .mpnMembershipActive(true)
            .locationMpnId("JP", "7654321")
            .address(new Address("1-2-3 Minato", "Tokyo", "105-0001", "JP"))
            .bankInformationOnFile(true)
            .adminEmail("admin@contoso.co.jp")
            .legalSignatory("Hanako Sato")
            .supportPlan(SupportPlan.ADVANCED_SUPPORT_FOR_PARTNERS)
            .capability(Capability.BILLING)
            .capability(Capability.PROVISIONING)
            .serviceOffered(ServiceOffering.MANAGED_SERVICE)
            .enrolledAs(CspModel.INDIRECT_RESELLER)
            .tenant(new Tenant("contoso-csp", true))
            .indirectProvider(new IndirectProviderRelationship("9000001", true))
            .customerRelationship(CUSTOMER_TENANT);
    // USD 25,000 a month over 2019-11..2020-10: exactly USD 300,000 as of any day of 2020-11.
    for (int i = 0; i < 12; i++) {
      partner.revenueRecord(RevenueRecord.cloudAsIndirectReseller(YearMonth.of(2019, 11).plusMonths(i), "25000.00"));
    }
    return partner;
  }

  static EnrollmentApplication application(CspModel model, Partner partner) {
    return new EnrollmentApplication("application-1", partner, model, "JP");
  }

  static EnrollmentApplication indirectApplication() {
    return application(CspModel.INDIRECT_RESELLER, partner().build());
  }

  static EnrollmentApplication directApplication() {
    return application(CspModel.DIRECT_BILL, partner().build());
  }

  static Customer customer() {
    return Customer.of(
        CUSTOMER_TENANT,
        "JP",
        List.of(new AgreementAcceptance(AgreementType.MICROSOFT_CUSTOMER_AGREEMENT, LocalDate.of(2020, 3, 1))));
  }

  static Order order(Partner seller, Customer customer) {
    return order(seller, customer, "JPY", LocalDate.of(2020, 11, 15));
  }

  static Order order(Partner seller, Customer customer, String currency, LocalDate orderDate) {
    return new Order(
        "order-1",
        seller,
        customer,
        currency,
        orderDate,
        List.of(new OrderLine("office-365-e3", ProductKind.ONLINE_SERVICE, 10)));
  }

  static Order order() {
    return order(partner().build(), customer());
  }

  /**
   * Writes to a policy folder a derivation that never settles: every enrollment decision fails
   * with a PolicyEvaluationException naming ENR-D999; orders are untouched.
   */
  static void writeRunawayEnrollmentRule(Path folder) throws IOException {
    Files.createDirectories(folder.resolve("rules"));
    Files.writeString(
        folder.resolve("rules/runaway.drl"),
        """
        package dev.csprules.policy.rules.runaway;
        import java.math.BigDecimal;
        import dev.csprules.api.EnrollmentApplication;
        import dev.csprules.drools.rulefacts.TrailingRevenue;

        rule "ENR-D998"
          @title("a first total")
          @derives("TrailingRevenue")
          @edition("2018-01")
        when
          EnrollmentApplication()
        then
          insertLogical(new TrailingRevenue(BigDecimal.ZERO, null));
        end

        rule "ENR-D999"
          @title("a derivation that never settles: each total derives a larger one")
          @derives("TrailingRevenue")
          @edition("2018-01")
        when
          TrailingRevenue( $amount : amountUsd )
        then
          insertLogical(new TrailingRevenue($amount.add(BigDecimal.ONE), null));
        end
        """);
  }
}
