package dev.csprules.drools;

import static dev.csprules.api.FindingCode.*;
import static dev.csprules.drools.Fixtures.IN_2018;
import static dev.csprules.drools.Fixtures.IN_2020;
import static dev.csprules.drools.Fixtures.application;
import static dev.csprules.drools.Fixtures.partner;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.csprules.api.FactValue;
import dev.csprules.api.Decision;
import dev.csprules.api.EnrollmentApplication;
import dev.csprules.api.Finding;
import dev.csprules.api.FindingCode;
import dev.csprules.api.Outcome;
import dev.csprules.api.fact.Address;
import dev.csprules.api.fact.Capability;
import dev.csprules.api.fact.CspModel;
import dev.csprules.api.fact.IndirectProviderRelationship;
import dev.csprules.api.fact.Partner;
import dev.csprules.api.fact.SupportPlan;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Each enrollment row of the rule catalog: where it fires, and where it must not. */
class EnrollmentRulesTest {

  private static Set<FindingCode> codes(CspModel model, UnaryOperator<Partner.Builder> change, LocalDate asOf) {
    return SharedEngine.codes(application(model, change.apply(partner()).build()), asOf);
  }

  private static Set<FindingCode> indirect(UnaryOperator<Partner.Builder> change, LocalDate asOf) {
    return codes(CspModel.INDIRECT_RESELLER, change, asOf);
  }

  private static Set<FindingCode> direct(UnaryOperator<Partner.Builder> change, LocalDate asOf) {
    return codes(CspModel.DIRECT_BILL, change, asOf);
  }

  @Nested
  class PassingApplications {
    @Test
    void indirectResellerIsEligibleWithItsNextStepsInBothEditions() {
      Set<FindingCode> nextSteps =
          EnumSet.of(
              NEXT_STEP_AWAIT_REVIEW,
              NEXT_STEP_SET_UP_ACCOUNT,
              NEXT_STEP_CHANGE_TEMPORARY_PASSWORDS,
              NEXT_STEP_SET_UP_BUSINESS_PROFILE);
      for (LocalDate asOf : new LocalDate[] {IN_2018, IN_2020}) {
        Decision decision = SharedEngine.decide(Fixtures.indirectApplication(), asOf);
        assertEquals(Outcome.ELIGIBLE, decision.outcome(), asOf.toString());
        assertEquals(nextSteps, decision.findingCodes(), asOf.toString());
      }
    }

    @Test
    void directBillIsEligibleIn2020WithVerificationAdvice() {
      Decision decision = SharedEngine.decide(Fixtures.directApplication(), IN_2020);
      assertEquals(Outcome.ELIGIBLE, decision.outcome());
      assertEquals(
          EnumSet.of(
              DIRECT_BILL_REVENUE_UNDER_VERIFICATION,
              NEXT_STEP_AWAIT_REVIEW,
              NEXT_STEP_SET_UP_ACCOUNT,
              NEXT_STEP_ASSOCIATE_EXISTING_CUSTOMERS),
          decision.findingCodes());
      assertEquals(java.util.List.of("2018-01", "2020-10"), decision.editions());
    }

    @Test
    void directBillAfterTheReopeningIn2018NeedsNoneOfThe2020Requirements() {
      Partner bare =
          partner().supportPlan(SupportPlan.NONE).legalSignatory("").mpnMembershipActive(false).build();
      Decision decision = SharedEngine.decide(application(CspModel.DIRECT_BILL, bare), IN_2018);
      assertEquals(Outcome.ELIGIBLE, decision.outcome());
      assertEquals(java.util.List.of("2018-01"), decision.editions());
    }
  }

  @Nested
  class ApplicationForm {
    @ParameterizedTest
    @EnumSource(CspModel.class)
    void mpnIdMissingBlocksEitherModelInBothEditions(CspModel model) {
      assertTrue(codes(model, p -> p.mpnId(""), IN_2018).contains(MPN_ID_MISSING));
      assertTrue(codes(model, p -> p.mpnId("  "), IN_2020).contains(MPN_ID_MISSING));
      assertFalse(codes(model, p -> p, IN_2020).contains(MPN_ID_MISSING));
    }

    @Test
    void incompleteAddressNamesWhatIsMissing() {
      Finding finding =
          finding(
              application(CspModel.INDIRECT_RESELLER, partner().address(new Address("", "Tokyo", "", "JP")).build()),
              IN_2018,
              BUSINESS_ADDRESS_INCOMPLETE);
      assertEquals(
          java.util.Optional.of(new FactValue.ListOf(java.util.List.of(new FactValue.Text("postalCode"), new FactValue.Text("street")))),
          finding.fact("missing"));
      assertEquals("postalCode, street", finding.factTexts().get("missing"));
      assertEquals("The business address is incomplete: missing postal code, street.", finding.messageEn());
      assertEquals("会社の住所が不完全です（不足: 郵便番号、番地）。", finding.messageJa());
      assertEquals(java.util.List.of("4d1ce-110"), finding.citations());
    }

    @ParameterizedTest
    @ValueSource(strings = {"street", "city", "country"})
    void eachRequiredAddressPartIsNeeded(String part) {
      Address full = new Address("1-2-3 Minato", "Tokyo", "105-0001", "JP");
      Address missingOne =
          new Address(
              part.equals("street") ? "" : full.street(),
              part.equals("city") ? " " : full.city(),
              full.postalCode(),
              part.equals("country") ? "" : full.country());
      assertTrue(indirect(p -> p.address(missingOne), IN_2020).contains(BUSINESS_ADDRESS_INCOMPLETE));
      assertFalse(indirect(p -> p.address(full), IN_2020).contains(BUSINESS_ADDRESS_INCOMPLETE));
    }

    @Test
    void hongKongAddressesNeedNoPostalCodeButJapaneseOnesDo() {
      Address hongKong = new Address("1 Queen's Road Central", "Hong Kong", "", "HK");
      Address japan = new Address("1-2-3 Minato", "Tokyo", "", "JP");
      assertFalse(indirect(p -> p.address(hongKong), IN_2018).contains(BUSINESS_ADDRESS_INCOMPLETE));
      assertTrue(indirect(p -> p.address(japan), IN_2018).contains(BUSINESS_ADDRESS_INCOMPLETE));
    }

    @Test
    void bankInformationIsNeeded() {
      assertTrue(indirect(p -> p.bankInformationOnFile(false), IN_2018).contains(BANK_INFORMATION_MISSING));
      assertTrue(direct(p -> p.bankInformationOnFile(false), IN_2020).contains(BANK_INFORMATION_MISSING));
      assertFalse(indirect(p -> p, IN_2018).contains(BANK_INFORMATION_MISSING));
    }

    // The catalog's definition: dot-atom local part, RFC 1035 labels, an alphabetic top-level label
    // of two or more letters, nothing trimmed.
    @ParameterizedTest
    @ValueSource(
        strings = {
          "", "   ", "admin", "admin@", "@contoso.com", "admin@contoso", "a b@contoso.com",
          ".admin@contoso.com", "admin.@contoso.com", "a..b@contoso.com", "admin@-contoso.com",
          "admin@contoso-.com", "admin@contoso..com", "admin@contoso.123", "admin@contoso.c",
          "admin@contoso.c0m", "\"a b\"@contoso.com", "admin@[192.0.2.1]", "ädmin@contoso.com",
          "admin@con_toso.com", "a@b@contoso.com", " admin@contoso.com", "admin@contoso.com ",
          "admin@contoso.com\n"
        })
    void malformedAdminEmailCountsAsMissing(String email) {
      Set<FindingCode> codes = indirect(p -> p.adminEmail(email), IN_2018);
      assertTrue(codes.contains(ADMIN_WORK_EMAIL_MISSING), email);
      assertFalse(codes.contains(ADMIN_EMAIL_NOT_WORK_ADDRESS), email);
    }

    @ParameterizedTest
    @ValueSource(
        strings = {
          "admin!x@contoso.com", "o'brien+csp@sub.contoso.co.jp", "a{b}|~#$&*=?^`/@contoso.corp",
          "it-admin@xn--bcher-kva.example", "A.B.C@Contoso-Japan.CO.JP", "admin@contoso.zz"
        })
    void wellFormedAdminEmailIsAWorkEmail(String email) {
      Set<FindingCode> codes = indirect(p -> p.adminEmail(email), IN_2018);
      assertFalse(codes.contains(ADMIN_WORK_EMAIL_MISSING), email);
      assertFalse(codes.contains(ADMIN_EMAIL_NOT_WORK_ADDRESS), email);
    }

    @ParameterizedTest
    @ValueSource(strings = {"admin@gmail.com", "ADMIN@GMAIL.COM", "someone@Outlook.com", "x@yahoo.co.jp"})
    void consumerMailDomainIsReferredForReviewWhateverItsCase(String email) {
      Decision decision =
          SharedEngine.decide(application(CspModel.INDIRECT_RESELLER, partner().adminEmail(email).build()), IN_2018);
      assertTrue(decision.has(ADMIN_EMAIL_NOT_WORK_ADDRESS), email);
      assertFalse(decision.has(ADMIN_WORK_EMAIL_MISSING), email);
      assertEquals(Outcome.REFER, decision.outcome(), email);
    }

    @Test
    void aWorkDomainThatMerelyContainsAConsumerDomainIsAWorkAddress() {
      assertFalse(indirect(p -> p.adminEmail("it@notgmail.com"), IN_2018).contains(ADMIN_EMAIL_NOT_WORK_ADDRESS));
      assertFalse(indirect(p -> p.adminEmail("it@mail.contoso.com"), IN_2018).contains(ADMIN_EMAIL_NOT_WORK_ADDRESS));
    }
  }

  @Nested
  class Membership {
    @Test
    void inactiveMembershipBlocksFrom2020Only() {
      assertTrue(indirect(p -> p.mpnMembershipActive(false), IN_2020).contains(MPN_MEMBERSHIP_INACTIVE));
      assertFalse(indirect(p -> p.mpnMembershipActive(false), IN_2018).contains(MPN_MEMBERSHIP_INACTIVE));
      assertFalse(indirect(p -> p, IN_2020).contains(MPN_MEMBERSHIP_INACTIVE));
    }

    @Test
    void locationMpnIdMustBeForTheSellLocation() {
      EnrollmentApplication sellingInUs =
          new EnrollmentApplication("a", partner().build(), CspModel.INDIRECT_RESELLER, "US");
      Decision decision = SharedEngine.decide(sellingInUs, IN_2020);
      assertTrue(decision.has(MPN_LOCATION_ID_MISSING));
      assertEquals("US", finding(sellingInUs, IN_2020, MPN_LOCATION_ID_MISSING).factTexts().get("sellLocation"));
      assertFalse(SharedEngine.codes(sellingInUs, IN_2018).contains(MPN_LOCATION_ID_MISSING));
      assertFalse(indirect(p -> p, IN_2020).contains(MPN_LOCATION_ID_MISSING));
      assertTrue(indirect(p -> p.locationMpnId("JP", " "), IN_2020).contains(MPN_LOCATION_ID_MISSING));
    }

    @Test
    void theSellLocationMustBeInTheMarketOfTheCompanyLocationFrom2020() {
      Partner japanese = partner().locationMpnId("US", "1").locationMpnId("CN", "2").locationMpnId("KR", "3").build();
      for (String outside : new String[] {"US", "CN", "KR"}) {
        EnrollmentApplication application = new EnrollmentApplication("a", japanese, CspModel.INDIRECT_RESELLER, outside);
        assertTrue(SharedEngine.codes(application, IN_2020).contains(SELL_LOCATION_OUTSIDE_MARKET), outside);
        assertFalse(SharedEngine.codes(application, IN_2020.withYear(2018)).contains(SELL_LOCATION_OUTSIDE_MARKET), outside);
      }
      assertFalse(indirect(p -> p, IN_2020).contains(SELL_LOCATION_OUTSIDE_MARKET));
      // Europe is one market: a French company may sell in Germany.
      Partner french = partner().address(new Address("10 rue de Rivoli", "Paris", "75001", "FR")).locationMpnId("DE", "4").build();
      assertFalse(
          SharedEngine.codes(new EnrollmentApplication("a", french, CspModel.INDIRECT_RESELLER, "DE"), IN_2020)
              .contains(SELL_LOCATION_OUTSIDE_MARKET));
    }

    @Test
    void aSellLocationInNoMarketIsOutsideAndItsFactsSaySo() {
      EnrollmentApplication china =
          new EnrollmentApplication("a", partner().locationMpnId("CN", "2").build(), CspModel.DIRECT_BILL, "CN");
      Finding finding = finding(china, IN_2020, SELL_LOCATION_OUTSIDE_MARKET);
      assertEquals("none", finding.factTexts().get("sellLocationMarket"));
      assertEquals("Japan", finding.factTexts().get("companyMarket"));
      assertTrue(finding.messageEn().contains("China (CN)"), finding.messageEn());
      assertTrue(finding.messageJa().contains("中国 (CN)"), finding.messageJa());
      assertTrue(finding.messageJa().contains("CSP マーケットなし"), finding.messageJa());
      assertTrue(finding.messageJa().contains("日本"), finding.messageJa());
      assertEquals(Outcome.INELIGIBLE, SharedEngine.decide(china, IN_2020).outcome());
    }

    @Test
    void aCompanyInNoMarketMaySellNowhereAndOneWithoutACountryIsLeftToTheAddressFinding() {
      Partner syrian = partner().address(new Address("1 Straight St", "Damascus", "", "SY")).locationMpnId("SY", "5").build();
      EnrollmentApplication inSyria = new EnrollmentApplication("a", syrian, CspModel.INDIRECT_RESELLER, "SY");
      assertTrue(SharedEngine.codes(inSyria, IN_2020).contains(SELL_LOCATION_OUTSIDE_MARKET));
      Set<FindingCode> noCountry = indirect(p -> p.address(new Address("1-2-3 Minato", "Tokyo", "105-0001", "")), IN_2020);
      assertTrue(noCountry.contains(BUSINESS_ADDRESS_INCOMPLETE));
      assertFalse(noCountry.contains(SELL_LOCATION_OUTSIDE_MARKET));
    }

    @Test
    void legalSignatoryIsNeededFrom2020() {
      assertTrue(direct(p -> p.legalSignatory(""), IN_2020).contains(LEGAL_SIGNATORY_MISSING));
      assertTrue(indirect(p -> p.legalSignatory(""), IN_2020).contains(LEGAL_SIGNATORY_MISSING));
      assertFalse(indirect(p -> p.legalSignatory(""), IN_2018).contains(LEGAL_SIGNATORY_MISSING));
    }
  }

  @Nested
  class IndirectProvider {
    private final UnaryOperator<Partner.Builder> noActiveProvider =
        p -> p.indirectProviders(java.util.List.of(new IndirectProviderRelationship("9000001", false)));

    @Test
    void in2018FindingAProviderIsAdviceAfterEnrolling() {
      Decision decision =
          SharedEngine.decide(application(CspModel.INDIRECT_RESELLER, noActiveProvider.apply(partner()).build()), IN_2018);
      assertTrue(decision.has(FIND_INDIRECT_PROVIDER));
      assertFalse(decision.has(INDIRECT_PROVIDER_RELATIONSHIP_MISSING));
      assertEquals(Outcome.ELIGIBLE, decision.outcome());
    }

    @Test
    void from2020TheRelationshipIsRequired() {
      Decision decision =
          SharedEngine.decide(application(CspModel.INDIRECT_RESELLER, noActiveProvider.apply(partner()).build()), IN_2020);
      assertTrue(decision.has(INDIRECT_PROVIDER_RELATIONSHIP_MISSING));
      assertFalse(decision.has(FIND_INDIRECT_PROVIDER));
      assertEquals(Outcome.INELIGIBLE, decision.outcome());
    }

    @Test
    void theEditionBoundaryIsExact() {
      LocalDate lastDayOf2018Edition = LocalDate.of(2020, 10, 26);
      LocalDate firstDayOf2020Edition = LocalDate.of(2020, 10, 27);
      assertTrue(indirect(noActiveProvider, lastDayOf2018Edition).contains(FIND_INDIRECT_PROVIDER));
      assertFalse(indirect(noActiveProvider, lastDayOf2018Edition).contains(INDIRECT_PROVIDER_RELATIONSHIP_MISSING));
      assertTrue(indirect(noActiveProvider, firstDayOf2020Edition).contains(INDIRECT_PROVIDER_RELATIONSHIP_MISSING));
      assertFalse(indirect(noActiveProvider, firstDayOf2020Edition).contains(FIND_INDIRECT_PROVIDER));
    }

    @Test
    void neitherAppliesToDirectBillOrToAResellerWithAProvider() {
      assertFalse(codes(CspModel.DIRECT_BILL, noActiveProvider, IN_2018).contains(FIND_INDIRECT_PROVIDER));
      assertFalse(codes(CspModel.DIRECT_BILL, noActiveProvider, IN_2020).contains(INDIRECT_PROVIDER_RELATIONSHIP_MISSING));
      assertFalse(indirect(p -> p, IN_2018).contains(FIND_INDIRECT_PROVIDER));
    }
  }

  @Nested
  class DirectBill {
    @Test
    void enrollmentIsClosedFromTheFirstDayThroughTheEndOfMarch2018() {
      for (LocalDate closed : new LocalDate[] {Fixtures.FIRST_EDITION_DAY, LocalDate.of(2018, 3, 31)}) {
        Decision decision = SharedEngine.decide(Fixtures.directApplication(), closed);
        assertEquals(Outcome.INELIGIBLE, decision.outcome(), closed.toString());
        assertEquals(EnumSet.of(DIRECT_ENROLLMENT_CLOSED, CONSIDER_INDIRECT_RESELLER), decision.findingCodes());
      }
      Set<FindingCode> reopened = SharedEngine.codes(Fixtures.directApplication(), LocalDate.of(2018, 4, 1));
      assertFalse(reopened.contains(DIRECT_ENROLLMENT_CLOSED));
      assertFalse(reopened.contains(CONSIDER_INDIRECT_RESELLER));
    }

    @Test
    void closureNeverAppliesToIndirectResellers() {
      assertFalse(SharedEngine.codes(Fixtures.indirectApplication(), LocalDate.of(2018, 2, 1)).contains(DIRECT_ENROLLMENT_CLOSED));
    }

    @ParameterizedTest
    @EnumSource(value = SupportPlan.class, names = {"NONE", "OTHER"})
    void supportPlanMustBeAdvancedOrPremierFrom2020(SupportPlan plan) {
      assertTrue(direct(p -> p.supportPlan(plan), IN_2020).contains(DIRECT_BILL_SUPPORT_PLAN_MISSING));
      assertFalse(direct(p -> p.supportPlan(plan), IN_2018).contains(DIRECT_BILL_SUPPORT_PLAN_MISSING));
      assertFalse(codes(CspModel.INDIRECT_RESELLER, p -> p.supportPlan(plan), IN_2020).contains(DIRECT_BILL_SUPPORT_PLAN_MISSING));
    }

    @Test
    void premierSupportAlsoQualifies() {
      assertFalse(direct(p -> p.supportPlan(SupportPlan.PREMIER_SUPPORT_FOR_PARTNERS), IN_2020).contains(DIRECT_BILL_SUPPORT_PLAN_MISSING));
    }

    @Test
    void billingAndProvisioningAreBothNeeded() {
      UnaryOperator<Partner.Builder> billingOnly = p -> p.capabilities(EnumSet.of(Capability.BILLING));
      UnaryOperator<Partner.Builder> provisioningOnly = p -> p.capabilities(EnumSet.of(Capability.PROVISIONING));
      assertTrue(direct(billingOnly, IN_2020).contains(DIRECT_BILL_INFRASTRUCTURE_MISSING));
      assertTrue(direct(provisioningOnly, IN_2020).contains(DIRECT_BILL_INFRASTRUCTURE_MISSING));
      assertFalse(direct(p -> p, IN_2020).contains(DIRECT_BILL_INFRASTRUCTURE_MISSING));
      assertFalse(direct(billingOnly, IN_2018).contains(DIRECT_BILL_INFRASTRUCTURE_MISSING));
    }

    @Test
    void keyCapabilityIsRecommendedNotRequired() {
      Decision decision =
          SharedEngine.decide(
              application(CspModel.DIRECT_BILL, partner().servicesOffered(java.util.Set.of()).build()),
              IN_2020);
      assertTrue(decision.has(DIRECT_BILL_KEY_CAPABILITY_RECOMMENDED));
      assertEquals(Outcome.ELIGIBLE, decision.outcome());
      assertFalse(direct(p -> p, IN_2020).contains(DIRECT_BILL_KEY_CAPABILITY_RECOMMENDED));
    }
  }

  @Nested
  class NextSteps {
    @Test
    void aBlockingFindingWithdrawsEveryNextStep() {
      Decision decision =
          SharedEngine.decide(application(CspModel.INDIRECT_RESELLER, partner().bankInformationOnFile(false).build()), IN_2018);
      assertEquals(EnumSet.of(BANK_INFORMATION_MISSING), decision.findingCodes());
    }

    @Test
    void aReviewFindingKeepsTheNextSteps() {
      Decision decision =
          SharedEngine.decide(application(CspModel.INDIRECT_RESELLER, partner().adminEmail("a@hotmail.com").build()), IN_2018);
      assertEquals(Outcome.REFER, decision.outcome());
      assertTrue(decision.has(NEXT_STEP_AWAIT_REVIEW));
    }

    @Test
    void directBillNextStepsDifferFromIndirect() {
      Set<FindingCode> direct = SharedEngine.codes(Fixtures.directApplication(), IN_2018);
      assertTrue(direct.contains(NEXT_STEP_ASSOCIATE_EXISTING_CUSTOMERS));
      assertFalse(direct.contains(NEXT_STEP_CHANGE_TEMPORARY_PASSWORDS));
      assertFalse(direct.contains(NEXT_STEP_SET_UP_BUSINESS_PROFILE));
      Set<FindingCode> indirect = SharedEngine.codes(Fixtures.indirectApplication(), IN_2018);
      assertFalse(indirect.contains(NEXT_STEP_ASSOCIATE_EXISTING_CUSTOMERS));
    }
  }

  static Finding finding(EnrollmentApplication application, LocalDate asOf, FindingCode code) {
    return SharedEngine.decide(application, asOf).findings().stream()
        .filter(f -> f.code() == code)
        .findFirst()
        .orElseThrow(() -> new AssertionError(code + " was not raised"));
  }
}
