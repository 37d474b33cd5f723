package dev.csprules.drools;

import static dev.csprules.api.FindingCode.CUSTOMER_AGREEMENT_NOT_ACCEPTED;
import static dev.csprules.api.FindingCode.FACT_UNKNOWN;
import static dev.csprules.api.FindingCode.RESALE_TO_CSP_PARTNER;
import static dev.csprules.drools.Fixtures.customer;
import static dev.csprules.drools.Fixtures.partner;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.csprules.api.Decision;
import dev.csprules.api.FactValue;
import dev.csprules.api.Finding;
import dev.csprules.api.FindingCode;
import dev.csprules.api.Order;
import dev.csprules.api.Outcome;
import dev.csprules.api.Severity;
import dev.csprules.api.fact.AgreementAcceptance;
import dev.csprules.api.fact.AgreementType;
import dev.csprules.api.fact.Customer;
import dev.csprules.api.fact.OrderLine;
import dev.csprules.api.fact.PointInTime;
import dev.csprules.api.fact.ProductKind;
import dev.csprules.api.fact.Truth;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Facts stated as unknown never pass a check silently, and never block by themselves. */
class UnknownFactsTest {
  private static final LocalDate IN_2018 = LocalDate.of(2019, 6, 1);
  private static final LocalDate IN_2020 = LocalDate.of(2020, 11, 15);
  private static final List<OrderLine> ONLINE = List.of(new OrderLine("office-365-e3", ProductKind.ONLINE_SERVICE, 10));

  private static Order order(Customer customer, PointInTime placed, List<OrderLine> lines) {
    return new Order("order-1", partner().build(), customer, "JPY", placed, lines);
  }

  private static List<Finding> findings(Order order, LocalDate asOf, FindingCode code) {
    return SharedEngine.decide(order, asOf).findings().stream().filter(f -> f.code() == code).toList();
  }

  @Nested
  class TenantOwnership {
    private final Customer unknownOwner = customer().withUnknownOwnership();

    @Test
    void unknownOwnershipOfATenantBuyingOnlineServicesIsReferredInBothEditions() {
      for (LocalDate asOf : List.of(IN_2018, IN_2020)) {
        Decision decision = SharedEngine.decide(order(unknownOwner, PointInTime.of(IN_2020), ONLINE), asOf);
        assertEquals(Outcome.REFER, decision.outcome(), asOf.toString());
        Finding finding = decision.findings().get(0);
        assertEquals(List.of(FACT_UNKNOWN), decision.findings().stream().map(Finding::code).toList());
        assertEquals(Severity.REVIEW, finding.severity());
        assertEquals("ORD-U020", finding.ruleId());
        assertEquals(List.of("4d1ce-115", "4d1ce-116", "4d1ce-117"), finding.citations());
        assertEquals(
            Map.of(
                "rule", "ORD-020",
                "ruleCode", "RESALE_TO_CSP_PARTNER",
                "unknownFacts", "customer.ownerPartnerMpnId, customer.ownerUsesTenantForCspTransactions"),
            finding.factTexts());
      }
    }

    @Test
    void aKnownOwnerWithUnknownUseNamesOnlyTheUse() {
      Customer knownOwner = customer().ownedByCspPartner("5550001", Truth.UNKNOWN);
      Finding finding = findings(order(knownOwner, PointInTime.of(IN_2020), ONLINE), IN_2018, FACT_UNKNOWN).get(0);
      assertEquals("customer.ownerUsesTenantForCspTransactions", finding.factTexts().get("unknownFacts"));
    }

    @Test
    void theUnknownDecidesNothingWithoutOnlineServicesOrForTheSellersOwnTenant() {
      List<OrderLine> perpetual = List.of(new OrderLine("windows-server", ProductKind.PERPETUAL_SOFTWARE, 1));
      assertEquals(Outcome.APPROVED, SharedEngine.decide(order(unknownOwner, PointInTime.of(IN_2020), perpetual), IN_2020).outcome());
      Customer own = customer().ownedByCspPartner(partner().build().mpnId(), Truth.UNKNOWN);
      assertEquals(Outcome.APPROVED, SharedEngine.decide(order(own, PointInTime.of(IN_2020), ONLINE), IN_2020).outcome());
    }

    @Test
    void knownUseStillDecides() {
      Customer cspTenant = customer().ownedByCspPartner("5550001", Truth.TRUE);
      assertEquals(List.of(), findings(order(cspTenant, PointInTime.of(IN_2020), ONLINE), IN_2020, FACT_UNKNOWN));
      assertFalse(findings(order(cspTenant, PointInTime.of(IN_2020), ONLINE), IN_2020, RESALE_TO_CSP_PARTNER).isEmpty());
    }
  }

  @Nested
  class LineKinds {
    private final List<OrderLine> unknownKind = List.of(new OrderLine("not-in-catalog", ProductKind.UNKNOWN, 1));
    private final Customer cspTenant = customer().ownedByCspPartner("5550001", Truth.TRUE);

    @Test
    void aLineOfUnknownKindForAnotherPartnersCspTenantIsReferredInBothEditions() {
      for (LocalDate asOf : List.of(IN_2018, IN_2020)) {
        Decision decision = SharedEngine.decide(order(cspTenant, PointInTime.of(IN_2020), unknownKind), asOf);
        assertEquals(Outcome.REFER, decision.outcome(), asOf.toString());
        assertEquals(List.of(FACT_UNKNOWN), decision.findings().stream().map(Finding::code).toList());
        Finding finding = decision.findings().get(0);
        assertEquals("ORD-U020", finding.ruleId());
        assertEquals(
            Map.of("rule", "ORD-020", "ruleCode", "RESALE_TO_CSP_PARTNER", "unknownFacts", "lines[0].kind"),
            finding.factTexts());
      }
    }

    @Test
    void anUnknownUseAndAnUnknownKindAreNamedTogether() {
      List<OrderLine> lines =
          List.of(new OrderLine("windows-server", ProductKind.PERPETUAL_SOFTWARE, 1), new OrderLine("x", ProductKind.UNKNOWN, 1));
      Finding finding =
          findings(order(customer().withUnknownOwnership(), PointInTime.of(IN_2020), lines), IN_2020, FACT_UNKNOWN).get(0);
      assertEquals(
          "customer.ownerPartnerMpnId, customer.ownerUsesTenantForCspTransactions, lines[1].kind",
          finding.factTexts().get("unknownFacts"));
    }

    @Test
    void theUnknownKindDecidesNothingBesideAKnownOnlineServiceOrForATenantNoPartnerUses() {
      List<OrderLine> withOnline = List.of(unknownKind.get(0), ONLINE.get(0));
      Decision denied = SharedEngine.decide(order(cspTenant, PointInTime.of(IN_2020), withOnline), IN_2020);
      assertEquals(List.of(RESALE_TO_CSP_PARTNER), denied.findings().stream().map(Finding::code).toList());
      Finding named = findings(order(customer().withUnknownOwnership(), PointInTime.of(IN_2020), withOnline), IN_2020, FACT_UNKNOWN).get(0);
      assertEquals("customer.ownerPartnerMpnId, customer.ownerUsesTenantForCspTransactions", named.factTexts().get("unknownFacts"));
      for (Customer undecisive :
          List.of(customer(), customer().ownedByCspPartner("5550001", Truth.FALSE), customer().ownedByCspPartner(partner().build().mpnId(), Truth.TRUE))) {
        assertEquals(Outcome.APPROVED, SharedEngine.decide(order(undecisive, PointInTime.of(IN_2020), unknownKind), IN_2020).outcome());
      }
    }
  }

  @Nested
  class AgreementTiming {
    private Customer accepted(PointInTime... times) {
      List<AgreementAcceptance> acceptances =
          java.util.Arrays.stream(times)
              .map(time -> new AgreementAcceptance(AgreementType.MICROSOFT_CUSTOMER_AGREEMENT, time))
              .toList();
      return Customer.of(Fixtures.CUSTOMER_TENANT, "JP", acceptances);
    }

    /** Signed at 08:00 in Tokyo on the 15th is 23:00 UTC on the 14th: before an order at 00:30 UTC. */
    @Test
    void instantsAreComparedWhenBothHaveATime() {
      PointInTime signed = PointInTime.of(OffsetDateTime.parse("2020-11-15T08:00:00+09:00"));
      PointInTime placed = PointInTime.of(OffsetDateTime.parse("2020-11-14T23:30:00Z"));
      assertEquals(List.of(), findings(order(accepted(signed), placed, ONLINE), IN_2020, CUSTOMER_AGREEMENT_NOT_ACCEPTED));
      PointInTime placedEarlier = PointInTime.of(OffsetDateTime.parse("2020-11-14T22:59:59Z"));
      Finding late = findings(order(accepted(signed), placedEarlier, ONLINE), IN_2020, CUSTOMER_AGREEMENT_NOT_ACCEPTED).get(0);
      assertEquals(
          Optional.of(new FactValue.Moment(OffsetDateTime.parse("2020-11-14T22:59:59Z"))), late.fact("orderDate"));
      assertTrue(late.messageEn().endsWith("on or before the order date 2020-11-14T22:59:59Z."), late.messageEn());
      assertTrue(late.messageJa().contains("注文日 2020年11月14日 22:59:59（UTC+00:00） までに"), late.messageJa());
    }

    @Test
    void datesAreComparedWhenEitherHasOnlyADate() {
      PointInTime signedLateThatDay = PointInTime.of(OffsetDateTime.parse("2020-11-15T23:00:00+09:00"));
      assertEquals(
          List.of(),
          findings(order(accepted(signedLateThatDay), PointInTime.of(LocalDate.of(2020, 11, 15)), ONLINE), IN_2020, CUSTOMER_AGREEMENT_NOT_ACCEPTED));
      assertEquals(
          1,
          findings(order(accepted(signedLateThatDay), PointInTime.of(LocalDate.of(2020, 11, 14)), ONLINE), IN_2020, CUSTOMER_AGREEMENT_NOT_ACCEPTED).size());
    }

    @Test
    void anAgreementSignedOnAnUnknownDayIsReferredNamingItsPath() {
      Customer signedOnly =
          Customer.of(
              Fixtures.CUSTOMER_TENANT,
              "JP",
              List.of(
                  new AgreementAcceptance(AgreementType.MICROSOFT_CLOUD_AGREEMENT, PointInTime.unknown()),
                  AgreementAcceptance.dateUnknown(AgreementType.MICROSOFT_CUSTOMER_AGREEMENT)));
      Decision decision = SharedEngine.decide(order(signedOnly, PointInTime.of(IN_2020), ONLINE), IN_2020);
      assertEquals(Outcome.REFER, decision.outcome());
      Finding finding = decision.findings().get(0);
      assertEquals("ORD-U050", finding.ruleId());
      assertEquals(List.of("cf5ff-145"), finding.citations());
      assertEquals(
          Map.of(
              "rule", new FactValue.Text("ORD-050"),
              "ruleCode", new FactValue.Text("CUSTOMER_AGREEMENT_NOT_ACCEPTED"),
              "unknownFacts", new FactValue.ListOf(List.of(new FactValue.Text("customer.agreementAcceptances[1].dateAgreed")))),
          finding.facts());
    }

    @Test
    void anUnknownTimeDecidesNothingBesideAKnownEarlierAcceptanceOrBeforeTheEdition() {
      Customer both = accepted(PointInTime.unknown(), PointInTime.of(LocalDate.of(2020, 3, 1)));
      assertEquals(Outcome.APPROVED, SharedEngine.decide(order(both, PointInTime.of(IN_2020), ONLINE), IN_2020).outcome());
      Customer signedOnly = accepted(PointInTime.unknown());
      assertEquals(Outcome.APPROVED, SharedEngine.decide(order(signedOnly, PointInTime.of(IN_2018), ONLINE), IN_2018).outcome());
    }
  }
}
