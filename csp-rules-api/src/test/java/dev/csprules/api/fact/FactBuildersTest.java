package dev.csprules.api.fact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.csprules.api.InvalidRequestException;
import dev.csprules.api.Problem;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** The builders of the facts within a request: every missing field named at once, and toBuilder(). */
class FactBuildersTest {
  private static List<String> problems(Executable build) {
    return assertThrows(InvalidRequestException.class, build).problems().stream().map(Problem::toString).toList();
  }

  @Test
  void anOrderLineBuilderNamesEveryMissingFieldAndCopies() {
    assertEquals(
        List.of("offerId: is missing", "kind: is missing", "quantity: is missing"),
        problems(() -> OrderLine.builder().build()));

    OrderLine line = OrderLine.builder().offerId("offer-1").kind(ProductKind.ONLINE_SERVICE).quantity(3).build();
    assertEquals(new OrderLine("offer-1", ProductKind.ONLINE_SERVICE, 3), line);
    assertEquals(line, line.toBuilder().build());
    assertEquals(new OrderLine("offer-1", ProductKind.ONLINE_SERVICE, 5), line.toBuilder().quantity(5).build());
  }

  @Test
  void anAddressBuilderStartsBlankAndNamesEveryPartSetToNull() {
    assertEquals(Address.empty(), Address.builder().build());
    assertEquals(
        List.of("street: is missing", "country: is missing"),
        problems(() -> Address.builder().street(null).city("Tokyo").country(null).build()));

    Address address = Address.builder().street("2-11-1 Shibuya").city("Tokyo").postalCode("150-0002").country("JP").build();
    assertEquals(new Address("2-11-1 Shibuya", "Tokyo", "150-0002", "JP"), address);
    assertEquals(new Address("2-11-1 Shibuya", "Osaka", "150-0002", "JP"), address.toBuilder().city("Osaka").build());
  }

  @Test
  void anAgreementAcceptanceBuilderNamesEveryMissingFieldAndTakesEachKindOfDate() {
    assertEquals(List.of("type: is missing", "dateAgreed: is missing"), problems(() -> AgreementAcceptance.builder().build()));
    assertEquals(List.of("type: is missing"), problems(() -> AgreementAcceptance.builder().dateUnknown().build()));

    AgreementType mca = AgreementType.MICROSOFT_CUSTOMER_AGREEMENT;
    OffsetDateTime instant = OffsetDateTime.parse("2020-11-15T09:30:00+09:00");
    assertEquals(
        new AgreementAcceptance(mca, LocalDate.of(2020, 1, 2)),
        AgreementAcceptance.builder().type(mca).dateAgreed(LocalDate.of(2020, 1, 2)).build());
    AgreementAcceptance timed = AgreementAcceptance.builder().type(mca).dateAgreed(instant).build();
    assertEquals(new AgreementAcceptance(mca, PointInTime.of(instant)), timed);
    assertEquals(AgreementAcceptance.dateUnknown(mca), timed.toBuilder().dateUnknown().build());
  }

  @Test
  void aRevenueRecordBuilderNamesEveryMissingFieldAndCopies() {
    assertEquals(
        List.of("month: is missing", "currency: is missing", "channel: is missing"),
        problems(() -> RevenueRecord.builder().amount(BigDecimal.TEN).kind(RevenueKind.CLOUD).build()));

    RevenueRecord record =
        RevenueRecord.builder()
            .month(YearMonth.of(2020, 9))
            .amount(new BigDecimal("1200.50"))
            .currency("USD")
            .kind(RevenueKind.CLOUD)
            .channel(SalesChannel.INDIRECT_RESELLER)
            .build();
    assertEquals(RevenueRecord.cloudAsIndirectReseller(YearMonth.of(2020, 9), "1200.50"), record);
    assertEquals(YearMonth.of(2020, 10), record.toBuilder().month(YearMonth.of(2020, 10)).build().month());
    assertEquals(record, record.toBuilder().build());
  }

  @Test
  void aTenantBuilderNeverAssumesTheTenantsUse() {
    assertEquals(List.of("tenantId: is missing", "usedForCspTransactions: is missing"), problems(() -> Tenant.builder().build()));
    assertEquals(List.of("usedForCspTransactions: is missing"), problems(() -> Tenant.builder().tenantId("t-1").build()));

    Tenant tenant = Tenant.builder().tenantId("t-1").usedForCspTransactions(true).build();
    assertEquals(new Tenant("t-1", true), tenant);
    assertEquals(new Tenant("t-1", false), tenant.toBuilder().usedForCspTransactions(false).build());
  }

  @Test
  void anIndirectProviderRelationshipBuilderNeverAssumesItIsActive() {
    assertEquals(
        List.of("providerMpnId: is missing", "active: is missing"),
        problems(() -> IndirectProviderRelationship.builder().build()));

    IndirectProviderRelationship relationship =
        IndirectProviderRelationship.builder().providerMpnId("5550001").active(true).build();
    assertEquals(new IndirectProviderRelationship("5550001", true), relationship);
    assertEquals(new IndirectProviderRelationship("5550001", false), relationship.toBuilder().active(false).build());
  }
}
