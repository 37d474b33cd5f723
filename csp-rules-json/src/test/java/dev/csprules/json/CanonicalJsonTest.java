package dev.csprules.json;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.csprules.api.Decision;
import dev.csprules.api.PolicyRequest;
import dev.csprules.api.fact.Partner;
import dev.csprules.api.EnrollmentApplication;
import dev.csprules.drools.DroolsPolicyEngine;
import dev.csprules.testkit.Scenario;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

class CanonicalJsonTest {
  private static final DroolsPolicyEngine ENGINE = DroolsPolicyEngine.builder().build();

  @TestFactory
  Stream<DynamicTest> everyScenarioRequestReadsBackEqualToTheOriginal() {
    List<Scenario> scenarios = SuiteRequests.scenarios();
    assertFalse(scenarios.isEmpty());
    return scenarios.stream()
        .map(scenario -> DynamicTest.dynamicTest(scenario.name(), () -> {
          String json = new String(CanonicalJson.requestBytes(scenario.request()), java.nio.charset.StandardCharsets.UTF_8);
          PolicyRequest read = CanonicalJson.request(json);
          assertEquals(scenario.request(), read, json);
          assertArrayEquals(CanonicalJson.requestBytes(scenario.request()), CanonicalJson.requestBytes(read));
        }));
  }

  @Test
  void everyDecisionOfTheSuiteReadsBackEqual() {
    int decided = 0;
    for (Scenario scenario : SuiteRequests.scenarios()) {
      Decision decision;
      try {
        decision = ENGINE.evaluate(scenario.request(), scenario.asOf());
      } catch (dev.csprules.api.InvalidRequestException rejected) {
        continue;
      }
      assertEquals(decision, CanonicalJson.decision(CanonicalJson.decisionTree(decision)), scenario.name());
      decided++;
    }
    assertTrue(decided > 0);
  }

  @Test
  void theSameRequestGivesTheSameBytesWhateverOrderItsSetsAndMapsWereFilledIn() {
    Partner one = Partner.builder().companyName("Contoso").customerRelationship("t-b").customerRelationship("t-a")
        .locationMpnId("US", "1").locationMpnId("JP", "2")
        .capability(dev.csprules.api.fact.Capability.PROVISIONING).capability(dev.csprules.api.fact.Capability.BILLING).build();
    Partner other = Partner.builder().companyName("Contoso").customerRelationship("t-a").customerRelationship("t-b")
        .locationMpnId("JP", "2").locationMpnId("US", "1")
        .capability(dev.csprules.api.fact.Capability.BILLING).capability(dev.csprules.api.fact.Capability.PROVISIONING).build();
    PolicyRequest a = new EnrollmentApplication("a-1", one, dev.csprules.api.fact.CspModel.DIRECT_BILL, "US");
    PolicyRequest b = new EnrollmentApplication("a-1", other, dev.csprules.api.fact.CspModel.DIRECT_BILL, "US");
    assertArrayEquals(CanonicalJson.requestBytes(a), CanonicalJson.requestBytes(b));
    assertEquals(CanonicalJson.sha256(a), CanonicalJson.sha256(b));
    JsonNode json = CanonicalJson.requestTree(a);
    assertEquals("ENROLLMENT", json.get("kind").asText());
    assertEquals(List.of("applicationId", "partner", "model", "sellLocation"), names(json).subList(1, 5));
    assertEquals("[\"BILLING\",\"PROVISIONING\"]", json.at("/partner/capabilities").toString());
    assertEquals("{\"JP\":\"2\",\"US\":\"1\"}", json.at("/partner/locationMpnIds").toString());
  }

  @Test
  void moneyIsPlainDecimalTextWithItsScaleAndDatesAreIso() {
    Partner partner = Partner.builder().companyName("Contoso")
        .revenueRecord(dev.csprules.api.fact.RevenueRecord.cloudAsIndirectReseller(java.time.YearMonth.of(2020, 1), "1E+3"))
        .revenueRecord(dev.csprules.api.fact.RevenueRecord.cloudAsIndirectReseller(java.time.YearMonth.of(2020, 2), "12.50"))
        .build();
    JsonNode json = CanonicalJson.requestTree(new EnrollmentApplication("a-1", partner, dev.csprules.api.fact.CspModel.DIRECT_BILL, "US"));
    assertEquals("\"1000\"", json.at("/partner/revenue/0/amount").toString());
    assertEquals("\"12.50\"", json.at("/partner/revenue/1/amount").toString());
    assertEquals("\"2020-02\"", json.at("/partner/revenue/1/month").toString());
  }

  @Test
  void jsonThatIsNotARequestIsRefusedNamingWhy() {
    IllegalArgumentException unknownKind =
        assertThrows(IllegalArgumentException.class, () -> CanonicalJson.request("{\"kind\":\"REFUND\"}"));
    assertTrue(unknownKind.getMessage().contains("REFUND"), unknownKind.getMessage());
    assertThrows(IllegalArgumentException.class, () -> CanonicalJson.request("{\"kind\":"));
  }

  private static List<String> names(JsonNode json) {
    List<String> names = new ArrayList<>();
    for (Iterator<String> it = json.fieldNames(); it.hasNext(); ) {
      names.add(it.next());
    }
    return names;
  }
}
