package dev.csprules.samples;

import dev.csprules.api.Decision;
import dev.csprules.api.EnrollmentApplication;
import dev.csprules.api.Finding;
import dev.csprules.api.Order;
import dev.csprules.api.PolicyEngine;
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
import dev.csprules.api.fact.SupportPlan;
import dev.csprules.drools.DroolsPolicyEngine;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * Builds the engine, asks it whether a partner may enroll as a direct bill partner and whether it
 * may place an order, and prints each decision with its findings and citations.
 */
public final class EvaluateSample {
  private EvaluateSample() {}

  public static void main(String[] args) {
    // Build once: compiling the rules takes a few seconds; the engine is then shared by all threads.
    PolicyEngine engine = DroolsPolicyEngine.builder().build();
    LocalDate asOf = LocalDate.of(2020, 11, 15);

    Partner partner = fabrikam();
    print(System.out, engine.evaluate(new EnrollmentApplication("application-42", partner, CspModel.DIRECT_BILL, "JP"), asOf));

    print(System.out, engine.evaluate(order(partner), asOf));
  }

  /** An order in the wrong currency, for a customer that accepted its agreement too late. */
  static Order order(Partner seller) {
    Customer customer =
        Customer.of(
            "tenant-contoso-jp",
            "JP",
            List.of(new AgreementAcceptance(AgreementType.MICROSOFT_CUSTOMER_AGREEMENT, LocalDate.of(2020, 12, 1))));
    return new Order(
        "order-7",
        seller,
        customer,
        "USD",
        LocalDate.of(2020, 11, 15),
        List.of(new OrderLine("microsoft-365-e3", ProductKind.ONLINE_SERVICE, 25)));
  }

  /** An indirect reseller in Tokyo with USD 24,000 a month of cloud revenue: close, not enough. */
  static Partner fabrikam() {
    Partner.Builder partner =
        Partner.builder()
            .companyName("Fabrikam KK")
            .mpnId("4410001")
            .mpnMembershipActive(true)
            .locationMpnId("JP", "4410002")
            .address(new Address("2-11-1 Shibuya", "Tokyo", "150-0002", "JP"))
            .bankInformationOnFile(true)
            .adminEmail("it-admin@fabrikam.co.jp")
            .legalSignatory("Taro Yamada")
            .supportPlan(SupportPlan.ADVANCED_SUPPORT_FOR_PARTNERS)
            .capability(Capability.BILLING)
            .capability(Capability.PROVISIONING)
            .enrolledAs(CspModel.INDIRECT_RESELLER)
            .indirectProvider(new IndirectProviderRelationship("9100001", true))
            .customerRelationship("tenant-contoso-jp");
    for (int month = 0; month < 12; month++) {
      partner.revenueRecord(
          new RevenueRecord(
              YearMonth.of(2019, 11).plusMonths(month),
              new BigDecimal("24000.00"),
              "USD",
              RevenueKind.CLOUD,
              SalesChannel.INDIRECT_RESELLER));
    }
    return partner.build();
  }

  static void print(PrintStream out, Decision decision) {
    out.printf(
        "%s %s: %s (as of %s, editions %s)%n",
        decision.kind(), decision.requestId(), decision.outcome(), decision.asOf(), String.join(", ", decision.editions()));
    for (Finding finding : decision.findings()) {
      out.printf("  %-8s %s%n", finding.severity(), finding.code());
      out.printf("           %s%n", finding.messageEn());
      out.printf("           %s%n", finding.messageJa());
      out.printf("           rule %s, cites %s%n", finding.ruleId(), String.join(", ", finding.citations()));
      if (!finding.facts().isEmpty()) {
        out.printf("           facts %s%n", finding.factTexts());
      }
    }
    out.println();
  }
}
