package dev.csprules.drools;

import static dev.csprules.api.FindingCode.*;
import static dev.csprules.drools.Fixtures.customer;
import static dev.csprules.drools.Fixtures.order;
import static dev.csprules.drools.Fixtures.partner;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.csprules.api.FactValue;
import dev.csprules.api.Decision;
import dev.csprules.api.Finding;
import dev.csprules.api.FindingCode;
import dev.csprules.api.Order;
import dev.csprules.api.Outcome;
import dev.csprules.api.fact.Address;
import dev.csprules.api.fact.AgreementAcceptance;
import dev.csprules.api.fact.AgreementType;
import dev.csprules.api.fact.CspModel;
import dev.csprules.api.fact.Customer;
import dev.csprules.api.fact.IndirectProviderRelationship;
import dev.csprules.api.fact.OrderLine;
import dev.csprules.api.fact.ProductKind;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Each order row of the rule catalog: where it fires, and where it must not. */
class OrderRulesTest {
  private static final LocalDate IN_2018 = LocalDate.of(2019, 6, 1);
  private static final LocalDate IN_2020 = LocalDate.of(2020, 11, 15);

  private static Set<FindingCode> codes(Order order, LocalDate asOf) {
    return SharedEngine.codes(order, asOf);
  }

  private static Finding finding(Order order, LocalDate asOf, FindingCode code) {
    return SharedEngine.decide(order, asOf).findings().stream()
        .filter(f -> f.code() == code)
        .findFirst()
        .orElseThrow(() -> new AssertionError(code + " was not raised"));
  }

  @Test
  void aCompliantOrderIsApprovedWithoutFindingsInBothEditions() {
    for (LocalDate asOf : new LocalDate[] {IN_2018, IN_2020}) {
      Decision decision = SharedEngine.decide(order(), asOf);
      assertEquals(Outcome.APPROVED, decision.outcome(), asOf.toString());
      assertEquals(List.of(), decision.findings(), asOf.toString());
    }
  }

  @Nested
  class Seller {
    @Test
    void aSellerEnrolledInNoModelIsDenied() {
      Order order = order(partner().enrolledAs(Set.of()).build(), customer());
      assertTrue(codes(order, IN_2018).contains(SELLER_NOT_ENROLLED));
      assertEquals(Outcome.DENIED, SharedEngine.decide(order, IN_2020).outcome());
      assertFalse(codes(order(), IN_2018).contains(SELLER_NOT_ENROLLED));
    }

    @Test
    void theSellerNeedsARelationshipWithTheCustomer() {
      Order order = order(partner().customerRelationships(Set.of("someone-else")).build(), customer());
      assertEquals(Fixtures.CUSTOMER_TENANT, finding(order, IN_2018, CUSTOMER_RELATIONSHIP_MISSING).factTexts().get("customer"));
      assertTrue(codes(order, IN_2020).contains(CUSTOMER_RELATIONSHIP_MISSING));
    }

    @Test
    void anIndirectResellerNeedsAnActiveProvider() {
      List<IndirectProviderRelationship> inactive = List.of(new IndirectProviderRelationship("9000001", false));
      Order order = order(partner().indirectProviders(inactive).build(), customer());
      assertTrue(codes(order, IN_2018).contains(INDIRECT_RESELLER_WITHOUT_PROVIDER));
      assertTrue(codes(order, IN_2020).contains(INDIRECT_RESELLER_WITHOUT_PROVIDER));
    }

    @Test
    void aDirectBillPartnerNeedsNoProvider() {
      Order direct =
          order(partner().enrolledAs(Set.of(CspModel.DIRECT_BILL)).indirectProviders(List.of()).build(), customer());
      assertFalse(codes(direct, IN_2020).contains(INDIRECT_RESELLER_WITHOUT_PROVIDER));
      Order both =
          order(
              partner().enrolledAs(Set.of(CspModel.DIRECT_BILL, CspModel.INDIRECT_RESELLER)).indirectProviders(List.of()).build(),
              customer());
      assertFalse(codes(both, IN_2020).contains(INDIRECT_RESELLER_WITHOUT_PROVIDER));
    }
  }

  @Nested
  class ResaleToCspPartners {
    private final Customer cspTenantOfAnotherPartner = customer().ownedByCspPartner("5550001", true);

    @Test
    void onlineServicesCannotBeResoldToAnotherPartnersCspTenant() {
      Order order = order(partner().build(), cspTenantOfAnotherPartner);
      Finding finding = finding(order, IN_2018, RESALE_TO_CSP_PARTNER);
      assertEquals("5550001", finding.factTexts().get("owner"));
      assertEquals(List.of("4d1ce-115", "4d1ce-116", "4d1ce-117"), finding.citations());
      assertTrue(codes(order, IN_2020).contains(RESALE_TO_CSP_PARTNER));
    }

    @Test
    void aPartnersCorporateTenantMayBuy() {
      Order order = order(partner().build(), customer().ownedByCspPartner("5550001", false));
      assertFalse(codes(order, IN_2018).contains(RESALE_TO_CSP_PARTNER));
    }

    @Test
    void perpetualSoftwareIsNotAnOnlineService() {
      Order perpetual =
          new Order("o", partner().build(), cspTenantOfAnotherPartner, "JPY", IN_2020,
              List.of(new OrderLine("windows-server", ProductKind.PERPETUAL_SOFTWARE, 1)));
      assertFalse(codes(perpetual, IN_2020).contains(RESALE_TO_CSP_PARTNER));
      Order mixed =
          new Order("o", partner().build(), cspTenantOfAnotherPartner, "JPY", IN_2020,
              List.of(
                  new OrderLine("windows-server", ProductKind.PERPETUAL_SOFTWARE, 1),
                  new OrderLine("office-365-e3", ProductKind.ONLINE_SERVICE, 1)));
      assertTrue(codes(mixed, IN_2020).contains(RESALE_TO_CSP_PARTNER));
    }

    @Test
    void aPartnerMayOrderForItsOwnTenant() {
      Customer own = customer().ownedByCspPartner("1234567", true);
      assertFalse(codes(order(partner().build(), own), IN_2020).contains(RESALE_TO_CSP_PARTNER));
    }
  }

  @Nested
  class CustomerAgreement {
    private Customer acceptedOn(LocalDate date) {
      return Customer.of(
          Fixtures.CUSTOMER_TENANT, "JP", List.of(new AgreementAcceptance(AgreementType.MICROSOFT_CUSTOMER_AGREEMENT, date)));
    }

    @Test
    void theAgreementMustBeAcceptedOnOrBeforeTheOrderDate() {
      LocalDate orderDate = LocalDate.of(2020, 11, 15);
      assertFalse(codes(order(partner().build(), acceptedOn(orderDate), "JPY", orderDate), IN_2020).contains(CUSTOMER_AGREEMENT_NOT_ACCEPTED));
      Order acceptedLater = order(partner().build(), acceptedOn(orderDate.plusDays(1)), "JPY", orderDate);
      Finding late = finding(acceptedLater, IN_2020, CUSTOMER_AGREEMENT_NOT_ACCEPTED);
      assertEquals(java.util.Optional.of(new FactValue.Day(orderDate)), late.fact("orderDate"));
      assertEquals(
          "The customer had not accepted the Microsoft Customer Agreement on or before the order date 2020-11-15.",
          late.messageEn());
      assertEquals("顧客は注文日 2020年11月15日 までに Microsoft 顧客契約に同意していません。", late.messageJa());
    }

    @Test
    void anotherAgreementDoesNotCount() {
      Customer cloudAgreementOnly =
          Customer.of(Fixtures.CUSTOMER_TENANT, "JP", List.of(new AgreementAcceptance(AgreementType.MICROSOFT_CLOUD_AGREEMENT, LocalDate.of(2019, 1, 1))));
      assertTrue(codes(order(partner().build(), cloudAgreementOnly), IN_2020).contains(CUSTOMER_AGREEMENT_NOT_ACCEPTED));
    }

    @Test
    void theRequirementStartsWithThe2020Edition() {
      Order none = order(partner().build(), Customer.of(Fixtures.CUSTOMER_TENANT, "JP", List.of()));
      assertFalse(codes(none, LocalDate.of(2020, 10, 26)).contains(CUSTOMER_AGREEMENT_NOT_ACCEPTED));
      assertTrue(codes(none, LocalDate.of(2020, 10, 27)).contains(CUSTOMER_AGREEMENT_NOT_ACCEPTED));
    }
  }

  @Nested
  class MarketsAndCurrencies {
    private Customer in(String country) {
      return Customer.of(Fixtures.CUSTOMER_TENANT, country, customer().agreementAcceptances());
    }

    @Test
    void aCustomerOutsideTheSellersMarketIsDenied() {
      Order order = order(partner().build(), in("US"), "USD", IN_2020);
      Finding finding = finding(order, IN_2020, CUSTOMER_OUTSIDE_MARKET);
      assertEquals("Japan", finding.factTexts().get("sellerMarket"));
      assertEquals("United States", finding.factTexts().get("customerMarket"));
      assertFalse(codes(order, IN_2018).contains(CUSTOMER_OUTSIDE_MARKET));
    }

    @Test
    void aCustomerAnywhereInTheSellersRegionIsInside() {
      Address paris = new Address("1 Rue de Rivoli", "Paris", "75001", "FR");
      Order order = order(partner().address(paris).build(), in("DE"), "EUR", IN_2020);
      assertFalse(codes(order, IN_2020).contains(CUSTOMER_OUTSIDE_MARKET));
    }

    @Test
    void aCountryInNoMarketIsOutsideEveryMarket() {
      Order order = order(partner().build(), in("CN"), "CNY", IN_2020);
      assertEquals("none", finding(order, IN_2020, CUSTOMER_OUTSIDE_MARKET).factTexts().get("customerMarket"));
    }

    @Test
    void theOrderCurrencyMustBeTheCustomersCountrysCurrency() {
      Order order = order(partner().build(), in("JP"), "USD", IN_2020);
      Finding finding = finding(order, IN_2020, CURRENCY_MISMATCH);
      assertEquals(
          java.util.Optional.of(new FactValue.ListOf(java.util.List.of(new FactValue.Text("JPY")))), finding.fact("listedCurrency"));
      assertEquals("JPY", finding.factTexts().get("listedCurrency"));
      assertFalse(codes(order(), IN_2020).contains(CURRENCY_MISMATCH));
      assertFalse(codes(order, IN_2018).contains(CURRENCY_MISMATCH));
    }

    @Test
    void aCountryWithNoListedCurrencyIsReferred() {
      Address rome = new Address("Via del Corso 1", "Roma", "00186", "IT");
      Order order = order(partner().address(rome).build(), in("VA"), "EUR", IN_2020);
      Decision decision = SharedEngine.decide(order, IN_2020);
      assertEquals(Set.of(CURRENCY_NOT_LISTED), decision.findingCodes());
      assertEquals(Outcome.REFER, decision.outcome());
      assertFalse(codes(order, IN_2018).contains(CURRENCY_NOT_LISTED));
    }

    @Test
    void aKnownCountryInNoMarketIsOnlyOutsideTheMarketWhateverTheCurrency() {
      for (String currency : List.of("CNY", "JPY", "USD")) {
        for (String country : List.of("CN", "SY", "KP")) {
          assertEquals(Set.of(CUSTOMER_OUTSIDE_MARKET), codes(order(partner().build(), in(country), currency, IN_2020), IN_2020), country + " " + currency);
        }
      }
    }

    @Test
    void aSellerInNoMarketHasAnEmptyMarket() {
      Address damascus = new Address("1 Straight St", "Damascus", "", "SY");
      for (String country : List.of("SY", "JP")) {
        Order order = order(partner().address(damascus).build(), in(country), "JPY", IN_2020);
        Finding finding = finding(order, IN_2020, CUSTOMER_OUTSIDE_MARKET);
        assertEquals("none", finding.factTexts().get("sellerMarket"), country);
      }
    }

    @Test
    void japaneseMessagesNameCountriesAndMarketsInJapanese() {
      Finding outside = finding(order(partner().build(), in("US"), "USD", IN_2020), IN_2020, CUSTOMER_OUTSIDE_MARKET);
      assertEquals("顧客の国 アメリカ合衆国 (US)（米国）は販売パートナーのマーケット（日本）の外です。", outside.messageJa());
      assertEquals(
          "The customer's country United States (US) (United States) is outside the seller's market (Japan).",
          outside.messageEn());
      Finding none = finding(order(partner().build(), in("CN"), "CNY", IN_2020), IN_2020, CUSTOMER_OUTSIDE_MARKET);
      assertTrue(none.messageJa().contains("中国 (CN)（CSP マーケットなし）"), none.messageJa());
      assertFalse(none.messageJa().matches(".*(China|none|market).*"), none.messageJa());
    }
  }
}
