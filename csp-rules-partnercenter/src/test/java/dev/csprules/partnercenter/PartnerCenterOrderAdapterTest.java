package dev.csprules.partnercenter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.csprules.api.Decision;
import dev.csprules.api.Finding;
import dev.csprules.api.FindingCode;
import dev.csprules.api.InvalidRequestException;
import dev.csprules.api.Order;
import dev.csprules.api.Outcome;
import dev.csprules.api.fact.AgreementType;
import dev.csprules.api.fact.CspModel;
import dev.csprules.api.fact.PointInTime;
import dev.csprules.api.fact.ProductKind;
import dev.csprules.api.fact.Truth;
import dev.csprules.drools.DroolsPolicyEngine;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class PartnerCenterOrderAdapterTest {
  private static final DroolsPolicyEngine ENGINE = DroolsPolicyEngine.builder().build();
  private static final PartnerCenterOrderAdapter ADAPTER = new PartnerCenterOrderAdapter(OfferCatalog.builtIn());

  /** The example payload folders, shaped like the samples of the Partner Center API documentation. */
  private static final Path EXAMPLES = Path.of("..", "examples", "partner-center");

  private static AdaptedOrder adapt(String folder) throws IOException {
    return ADAPTER.adapt(payloads(folder));
  }

  private static Set<FindingCode> codes(Decision decision) {
    return decision.findings().stream().map(Finding::code).collect(Collectors.toSet());
  }

  private static boolean reports(AdaptedOrder adapted, String start) {
    return adapted.report().stream().anyMatch(line -> line.startsWith(start));
  }

  /** Signed 08:00 in Tokyo on the 15th, ordered 23:30 UTC on the 14th: in time, read as instants. */
  @Test
  void theTimeZoneCaseComparesInstants() throws Exception {
    AdaptedOrder adapted = adapt("direct-tokyo");
    Order order = adapted.order();
    assertEquals(PointInTime.of(OffsetDateTime.parse("2020-11-14T23:30:00Z")), order.orderDate());
    assertEquals(
        PointInTime.of(OffsetDateTime.parse("2020-11-15T08:00:00+09:00")), order.customer().agreementAcceptances().get(0).dateAgreed());
    assertEquals("JPY", order.currency());
    assertEquals("JP", order.customer().country());
    assertEquals(ProductKind.ONLINE_SERVICE, order.lines().get(0).kind());
    assertEquals(Set.of(CspModel.DIRECT_BILL), order.seller().enrolledAs());
    Decision decision = ENGINE.evaluate(order, LocalDate.of(2020, 11, 15));
    assertEquals(Set.of(FindingCode.FACT_UNKNOWN), codes(decision), decision.findings().toString());
  }

  @Test
  void unknownOwnershipIsStatedAndReportedNeverFalse() throws Exception {
    AdaptedOrder adapted = adapt("direct-tokyo");
    assertEquals(Truth.UNKNOWN, adapted.order().customer().ownerUsesTenantForCspTransactions());
    assertTrue(reports(adapted, "customer.ownerUsesTenantForCspTransactions: unknown"), adapted.report().toString());
    Decision decision = ENGINE.evaluate(adapted.order(), LocalDate.of(2020, 11, 15));
    assertEquals(Outcome.REFER, decision.outcome());
    assertEquals("ORD-020", decision.findings().get(0).factTexts().get("rule"));
  }

  @Test
  void anAgreementSignedWithoutADateIsAcceptedAtAnUnknownTime() throws Exception {
    AdaptedOrder adapted = adapt("indirect-signed-undated");
    Order order = adapted.order();
    assertEquals(AgreementType.MICROSOFT_CUSTOMER_AGREEMENT, order.customer().agreementAcceptances().get(0).type());
    assertEquals(PointInTime.unknown(), order.customer().agreementAcceptances().get(0).dateAgreed());
    assertTrue(reports(adapted, "customer.agreementAcceptances[0].dateAgreed: unknown"), adapted.report().toString());
    Decision decision = ENGINE.evaluate(order, LocalDate.of(2020, 12, 1));
    assertEquals(Outcome.REFER, decision.outcome());
    assertTrue(
        decision.findings().stream().anyMatch(f -> "CUSTOMER_AGREEMENT_NOT_ACCEPTED".equals(f.factTexts().get("ruleCode"))),
        decision.findings().toString());
    assertTrue(codes(decision).equals(Set.of(FindingCode.FACT_UNKNOWN)), decision.findings().toString());
  }

  @Test
  void theIndirectResellerIsFoundFromPartnerIdOnRecordWithPascalCaseKeys() throws Exception {
    Order order = adapt("indirect-signed-undated").order();
    assertEquals("4847383", order.seller().mpnId());
    assertEquals("Wingtip Toys KK", order.seller().companyName());
    assertEquals(Set.of(CspModel.INDIRECT_RESELLER), order.seller().enrolledAs());
    assertEquals("9000001", order.seller().indirectProviders().get(0).providerMpnId());
    assertTrue(order.seller().indirectProviders().get(0).active());
    assertTrue(order.seller().customerRelationships().contains(order.customer().tenantId()));
    assertEquals("JP", order.seller().address().country());
  }

  @Test
  void cloudAgreementsOnlyAreWarnedAboutAndTheCartTakesItsCurrencyFromTheAvailability() throws Exception {
    AdaptedOrder adapted = adapt("cloud-agreement-only");
    assertTrue(reports(adapted, "customer.agreementAcceptances: warning: only Microsoft Cloud Agreements"), adapted.report().toString());
    assertTrue(reports(adapted, "currency: not in the order; taken from the offer's availability"), adapted.report().toString());
    assertTrue(reports(adapted, "customer.agreementAcceptances[0].dateAgreed: '2019-08-26T00:00:00' has no offset"));
    Order order = adapted.order();
    assertEquals("JPY", order.currency());
    assertEquals(PointInTime.of(LocalDate.of(2019, 8, 26)), order.customer().agreementAcceptances().get(0).dateAgreed());
    assertEquals(PointInTime.of(OffsetDateTime.parse("2020-11-20T09:00:00+09:00")), order.orderDate());
    Decision decision = ENGINE.evaluate(order, LocalDate.of(2020, 11, 20));
    assertTrue(codes(decision).contains(FindingCode.CUSTOMER_AGREEMENT_NOT_ACCEPTED));
  }

  @Test
  void anOfferMissingFromTheCatalogIsReportedAndTheCatalogIsEditable() throws Exception {
    OfferCatalog own = OfferCatalog.read(new StringReader("prefix,kind\nCFQ7TTC0LF8Q,PERPETUAL_SOFTWARE\nCFQ7,ONLINE_SERVICE\n"));
    assertEquals(ProductKind.PERPETUAL_SOFTWARE, own.kindOf("cfq7ttc0lf8q:0001").orElseThrow());
    assertEquals(ProductKind.ONLINE_SERVICE, own.kindOf("CFQ7AAAA").orElseThrow());
    AdaptedOrder adapted = new PartnerCenterOrderAdapter(new OfferCatalog(java.util.Map.of())).adapt(payloads("direct-tokyo"));
    assertEquals(ProductKind.UNKNOWN, adapted.order().lines().get(0).kind());
    assertTrue(reports(adapted, "lines[0].kind: offer 'CFQ7TTC0LF8Q:0001:CFQ7TTC0K5BF' is not in the offer catalog; stated as unknown"));
    Decision decision = ENGINE.evaluate(adapted.order(), LocalDate.of(2020, 11, 15));
    assertEquals(Outcome.REFER, decision.outcome());
    assertEquals(
        "customer.ownerPartnerMpnId, customer.ownerUsesTenantForCspTransactions, lines[0].kind",
        decision.findings().stream().filter(f -> f.code() == FindingCode.FACT_UNKNOWN).findFirst().orElseThrow().factTexts().get("unknownFacts"));
    assertThrows(IllegalArgumentException.class, () -> OfferCatalog.read(new StringReader("CFQ7,SOMETHING\n")));
    assertThrows(IllegalArgumentException.class, () -> OfferCatalog.read(new StringReader("CFQ7,UNKNOWN\n")));
  }

  @Test
  void aPartnerIdOnRecordNotAmongTheResellersIsRefused() throws Exception {
    PartnerCenterPayloads payloads = payloads("indirect-signed-undated");
    PartnerCenterPayloads noResellers =
        new PartnerCenterPayloads(
            payloads.customer(), payloads.agreements(), payloads.order(), new ObjectMapper().readTree("{\"items\": []}"),
            payloads.legalProfile(), payloads.mpnProfile(), payloads.availability());
    InvalidRequestException error = assertThrows(InvalidRequestException.class, () -> ADAPTER.adapt(noResellers));
    assertEquals(
        List.of("seller: partnerIdOnRecord 4847383 is not among the provider's indirect resellers"),
        error.problems().stream().map(Object::toString).toList());
  }

  private static PartnerCenterPayloads payloads(String folder) throws IOException {
    return PartnerCenterPayloads.read(EXAMPLES.resolve(folder));
  }
}
