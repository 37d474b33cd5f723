package dev.csprules.spring.boot;

import dev.csprules.api.EnrollmentApplication;
import dev.csprules.api.fact.Address;
import dev.csprules.api.fact.Capability;
import dev.csprules.api.fact.CspModel;
import dev.csprules.api.fact.IndirectProviderRelationship;
import dev.csprules.api.fact.Partner;
import dev.csprules.api.fact.RevenueRecord;
import dev.csprules.api.fact.ServiceOffering;
import dev.csprules.api.fact.SupportPlan;
import java.time.LocalDate;
import java.time.YearMonth;

/** A direct bill application with exactly the USD 300,000 the built-in threshold asks. */
final class Requests {
  static final LocalDate AS_OF = LocalDate.of(2020, 11, 15);

  private Requests() {}

  static EnrollmentApplication directBillApplication() {
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
            .indirectProvider(new IndirectProviderRelationship("9000001", true));
    for (int i = 0; i < 12; i++) {
      partner.revenueRecord(
          RevenueRecord.cloudAsIndirectReseller(YearMonth.of(2019, 11).plusMonths(i), "25000.00"));
    }
    return new EnrollmentApplication("application-1", partner.build(), CspModel.DIRECT_BILL, "JP");
  }
}
