package dev.csprules.api.fact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.csprules.api.InvalidRequestException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PartnerTest {
  @Test
  void toBuilderRoundTripsEveryComponent() {
    Partner partner =
        Partner.builder()
            .companyName("Contoso")
            .mpnId("1")
            .mpnMembershipActive(true)
            .locationMpnId("JP", "2")
            .address(new Address("s", "c", "p", "JP"))
            .bankInformationOnFile(true)
            .adminEmail("a@contoso.com")
            .legalSignatory("L")
            .supportPlan(SupportPlan.PREMIER_SUPPORT_FOR_PARTNERS)
            .capability(Capability.BILLING)
            .serviceOffered(ServiceOffering.IP_SERVICE)
            .enrolledAs(CspModel.DIRECT_BILL)
            .tenant(new Tenant("t", true))
            .indirectProvider(new IndirectProviderRelationship("p", true))
            .customerRelationship("c1")
            .revenueRecord(RevenueRecord.cloudAsIndirectReseller(java.time.YearMonth.of(2020, 1), "1"))
            .build();
    assertEquals(partner, partner.toBuilder().build());
  }

  @Test
  void pluralBuilderMethodsReplaceAndSingularOnesAdd() {
    Partner partner = Partner.builder().capability(Capability.BILLING).capabilities(Set.of(Capability.PROVISIONING)).build();
    assertEquals(Set.of(Capability.PROVISIONING), partner.capabilities());
    assertEquals(Set.of(Capability.PROVISIONING, Capability.BILLING), partner.toBuilder().capability(Capability.BILLING).build().capabilities());
  }

  @Test
  void collectionsAreCopiedSoTheCallerCannotChangeAFact() {
    List<Tenant> tenants = new ArrayList<>(List.of(new Tenant("t", true)));
    Partner partner = Partner.builder().tenants(tenants).build();
    tenants.clear();
    assertEquals(1, partner.tenants().size());
    assertThrows(UnsupportedOperationException.class, () -> partner.tenants().clear());
  }

  @Test
  void aNullComponentIsNamedInAnInvalidRequestException() {
    InvalidRequestException error = assertThrows(InvalidRequestException.class, () -> Partner.builder().mpnId(null).build());
    assertEquals("mpnId: is missing", error.problems().get(0).toString());
  }
}
