package dev.csprules.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.csprules.api.EnrollmentApplication;
import dev.csprules.api.FindingCode;
import dev.csprules.api.Order;
import dev.csprules.api.Outcome;
import dev.csprules.api.fact.Address;
import dev.csprules.api.fact.Capability;
import dev.csprules.api.fact.CspModel;
import dev.csprules.api.fact.Partner;
import dev.csprules.api.fact.ProductKind;
import dev.csprules.api.fact.RevenueKind;
import dev.csprules.api.fact.SalesChannel;
import dev.csprules.api.fact.SupportPlan;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScenarioReaderTest {
  @TempDir Path folder;

  private static final String APPLICATION_SCENARIO =
      """
      scenarios:
        - name: a direct bill application
          description: all fields written out
          asOf: 2020-11-15
          application:
            applicationId: app-1
            model: DIRECT_BILL
            sellLocation: JP
            partner:
              companyName: Contoso KK
              mpnId: 1234567
              mpnMembershipActive: true
              locationMpnIds: {JP: "7654321"}
              address: {street: 1-2-3 Minato, city: Tokyo, postalCode: 105-0001, country: JP}
              bankInformationOnFile: true
              adminEmail: admin@contoso.co.jp
              legalSignatory: Hanako Sato
              supportPlan: PREMIER_SUPPORT_FOR_PARTNERS
              capabilities: [BILLING, PROVISIONING]
              servicesOffered: [IP_SERVICE]
              enrolledAs: [INDIRECT_RESELLER]
              tenants: [{tenantId: contoso-csp, usedForCspTransactions: true}]
              indirectProviders: [{providerMpnId: "9000001", active: true}]
              customerRelationships: [fabrikam]
              revenue:
                - {month: 2019-11, amount: 299999.99, currency: USD, kind: CLOUD, channel: INDIRECT_RESELLER}
                - {month: 2020-10, amount: "0.10", currency: USD, kind: PERPETUAL_SOFTWARE, channel: DIRECT}
          expect:
            outcome: INELIGIBLE
            present: [DIRECT_BILL_REVENUE_BELOW_THRESHOLD]
            absent: MPN_ID_MISSING
            fired: [ENR-140]
      """;

  @Test
  void readsEveryFieldInTheApiNames() {
    ScenarioFile file = ScenarioReader.read(TestFiles.write(folder, "direct.yaml", APPLICATION_SCENARIO));

    Scenario scenario = file.scenarios().get(0);
    assertEquals("a direct bill application", scenario.name());
    assertEquals("all fields written out", scenario.description());
    assertEquals(LocalDate.of(2020, 11, 15), scenario.asOf());
    assertEquals(2, scenario.location().line());
    EnrollmentApplication application = assertInstanceOf(EnrollmentApplication.class, scenario.request());
    assertEquals("app-1", application.applicationId());
    assertEquals(CspModel.DIRECT_BILL, application.model());
    Partner partner = application.partner();
    assertEquals("1234567", partner.mpnId(), "a plain number is read as the text written");
    assertEquals(Map.of("JP", "7654321"), partner.locationMpnIds());
    assertEquals(new Address("1-2-3 Minato", "Tokyo", "105-0001", "JP"), partner.address());
    assertEquals(SupportPlan.PREMIER_SUPPORT_FOR_PARTNERS, partner.supportPlan());
    assertEquals(Set.of(Capability.BILLING, Capability.PROVISIONING), partner.capabilities());
    assertEquals(Set.of("fabrikam"), partner.customerRelationships());
    assertEquals(YearMonth.of(2019, 11), partner.revenue().get(0).month());
    assertEquals(new BigDecimal("299999.99"), partner.revenue().get(0).amount(), "never through a double");
    assertEquals(new BigDecimal("0.10"), partner.revenue().get(1).amount());
    assertEquals(RevenueKind.PERPETUAL_SOFTWARE, partner.revenue().get(1).kind());
    assertEquals(SalesChannel.DIRECT, partner.revenue().get(1).channel());
    assertEquals(Optional.of(Outcome.INELIGIBLE), scenario.expect().outcome());
    assertEquals(List.of(FindingCode.DIRECT_BILL_REVENUE_BELOW_THRESHOLD), scenario.expect().present());
    assertEquals(List.of(FindingCode.MPN_ID_MISSING), scenario.expect().absent(), "one code stands for a list of one");
    assertEquals(List.of("ENR-140"), scenario.expect().fired());
  }

  @Test
  void leftOutFieldsTakeTheApiDefaults() {
    ScenarioFile file =
        ScenarioReader.read(
            TestFiles.write(
                folder,
                "defaults.yaml",
                """
                scenarios:
                  - name: an order with almost nothing
                    asOf: 2020-11-15
                    order:
                      orderDate: 2020-11-01
                      lines: [{kind: ONLINE_SERVICE, quantity: 1}]
                    expect: {outcome: DENIED}
                """));

    Order order = assertInstanceOf(Order.class, file.scenarios().get(0).request());
    assertEquals("", order.orderId());
    assertEquals("", order.currency());
    assertEquals(Partner.builder().build(), order.seller());
    assertEquals("", order.customer().tenantId());
    assertEquals(ProductKind.ONLINE_SERVICE, order.lines().get(0).kind());
    assertEquals("", order.lines().get(0).offerId());
  }

  @Test
  void jsonAndYamlReadTheSame() {
    Path yaml = TestFiles.write(folder, "same.yaml", APPLICATION_SCENARIO);
    Path json =
        TestFiles.write(
            folder,
            "same.json",
            """
            {"scenarios": [{
              "name": "a direct bill application",
              "description": "all fields written out",
              "asOf": "2020-11-15",
              "application": {
                "applicationId": "app-1", "model": "DIRECT_BILL", "sellLocation": "JP",
                "partner": {
                  "companyName": "Contoso KK", "mpnId": "1234567", "mpnMembershipActive": true,
                  "locationMpnIds": {"JP": "7654321"},
                  "address": {"street": "1-2-3 Minato", "city": "Tokyo", "postalCode": "105-0001", "country": "JP"},
                  "bankInformationOnFile": true, "adminEmail": "admin@contoso.co.jp", "legalSignatory": "Hanako Sato",
                  "supportPlan": "PREMIER_SUPPORT_FOR_PARTNERS", "capabilities": ["BILLING", "PROVISIONING"],
                  "servicesOffered": ["IP_SERVICE"], "enrolledAs": ["INDIRECT_RESELLER"],
                  "tenants": [{"tenantId": "contoso-csp", "usedForCspTransactions": true}],
                  "indirectProviders": [{"providerMpnId": "9000001", "active": true}],
                  "customerRelationships": ["fabrikam"],
                  "revenue": [
                    {"month": "2019-11", "amount": 299999.99, "currency": "USD", "kind": "CLOUD", "channel": "INDIRECT_RESELLER"},
                    {"month": "2020-10", "amount": "0.10", "currency": "USD", "kind": "PERPETUAL_SOFTWARE", "channel": "DIRECT"}
                  ]
                }
              },
              "expect": {"outcome": "INELIGIBLE", "present": ["DIRECT_BILL_REVENUE_BELOW_THRESHOLD"],
                         "absent": "MPN_ID_MISSING", "fired": ["ENR-140"]}
            }]}
            """);

    Scenario fromYaml = ScenarioReader.read(yaml).scenarios().get(0);
    Scenario fromJson = ScenarioReader.read(json).scenarios().get(0);
    assertEquals(fromYaml.request(), fromJson.request());
    assertEquals(fromYaml.expect(), fromJson.expect());
    assertEquals(fromYaml.asOf(), fromJson.asOf());
    assertEquals(fromYaml.name(), fromJson.name());
  }

  @Test
  void aSyntaxErrorNamesTheFileLineAndColumnAndWhatWasExpected() {
    Path file =
        TestFiles.write(
            folder,
            "broken.yaml",
            """
            scenarios:
              - name: unclosed
                asOf: 2020-11-15
                application: {model: DIRECT_BILL
                expect: {outcome: ELIGIBLE}
            """);

    ScenarioFileException error = assertThrows(ScenarioFileException.class, () -> ScenarioReader.read(file));

    ScenarioProblem problem = error.problems().get(0);
    assertEquals(file, problem.location().file());
    assertEquals(5, problem.location().line());
    assertTrue(problem.message().contains("expected ',' or '}'"), problem.message());
    assertTrue(error.getMessage().contains(file + ":5:"), error.getMessage());
  }

  @Test
  void anUnknownFieldIsAnErrorAtItsPlaceWithASuggestion() {
    Path file =
        TestFiles.write(
            folder,
            "typo.yaml",
            """
            scenarios:
              - name: typo
                asOf: 2020-11-15
                application:
                  model: DIRECT_BILL
                  partner: {mpnID: "1"}
                expect: {outcome: ELIGIBLE}
            """);

    List<String> problems = ReadFailures.of(() -> ScenarioReader.read(file));

    assertEquals(
        List.of(
            file + ":6:17: scenarios[0].application.partner.mpnID: unknown field (did you mean 'mpnId'?)"),
        problems);
  }

  @Test
  void anUnknownFieldWithNothingCloseListsTheFieldsExpected() {
    Path file =
        TestFiles.write(
            folder,
            "unknown.yaml",
            """
            scenarios:
              - name: unknown
                asOf: 2020-11-15
                application: {model: DIRECT_BILL}
                expect: {outcome: ELIGIBLE, banana: 1}
            """);

    assertEquals(
        List.of(
            file + ":5:33: scenarios[0].expect.banana: unknown field; expected one of outcome, present, absent,"
                + " exactly, error, fired, facts"),
        ReadFailures.of(() -> ScenarioReader.read(file)));
  }

  @Test
  void aDuplicateKeyIsAnErrorNamingTheFirst() {
    Path file =
        TestFiles.write(
            folder,
            "duplicate.yaml",
            """
            scenarios:
              - name: duplicate
                asOf: 2020-11-15
                asOf: 2020-11-16
                application: {model: DIRECT_BILL}
                expect: {outcome: ELIGIBLE}
            """);

    assertEquals(
        List.of(file + ":4:5: duplicate key 'asOf' (first at line 3)"), ReadFailures.of(() -> ScenarioReader.read(file)));
  }

  @Test
  void aMisspeltFindingCodeIsAnErrorWithASuggestion() {
    Path file =
        TestFiles.write(
            folder,
            "code.yaml",
            """
            scenarios:
              - name: code
                asOf: 2020-11-15
                application: {model: DIRECT_BILL}
                expect: {present: [MPN_ID_MISING]}
            """);

    assertEquals(
        List.of(
            file + ":5:24: scenarios[0].expect.present[0]: expected a FindingCode, found 'MPN_ID_MISING'"
                + " (did you mean 'MPN_ID_MISSING'?)"),
        ReadFailures.of(() -> ScenarioReader.read(file)));
  }

  @Test
  void everyProblemOfEveryFileIsReportedAtOnceInLineOrder() {
    TestFiles.write(
        folder,
        "a.yaml",
        """
        scenarios:
          - name: wrong types
            asOf: 2020-13-01
            application:
              model: DIRECT
              partner: {mpnMembershipActive: yes, capabilities: [BILLING, BILLING], address: [x]}
            expect: {outcome: APPROVED}
        """);
    TestFiles.write(
        folder,
        "b.yaml",
        """
        scenarios:
          - name: no order date
            asOf: 2020-11-15
            order:
              lines: [{kind: ONLINE_SERVICE, quantity: ten}]
            expect: {present: SELLER_NOT_ENROLLED, absent: SELLER_NOT_ENROLLED}
        """);

    ScenarioFileException error =
        assertThrows(ScenarioFileException.class, () -> ScenarioReader.readAll(List.of(folder)));

    assertEquals(
        List.of(
            "a.yaml:3:11: scenarios[0].asOf: expected a date as YYYY-MM-DD, found '2020-13-01'",
            "a.yaml:5:14: scenarios[0].application.model: expected one of INDIRECT_RESELLER, DIRECT_BILL,"
                + " found 'DIRECT' (did you mean 'DIRECT_BILL'?)",
            "a.yaml:6:38: scenarios[0].application.partner.mpnMembershipActive: expected true or false,"
                + " found 'yes'",
            "a.yaml:6:67: scenarios[0].application.partner.capabilities[1]: 'BILLING' is listed twice",
            "a.yaml:6:86: scenarios[0].application.partner.address: expected a mapping of fields, found a list",
            "a.yaml:7:23: scenarios[0].expect.outcome: an application is decided ELIGIBLE, REFER, INELIGIBLE,"
                + " never APPROVED",
            "b.yaml:5:7: scenarios[0].order.orderDate: is missing, and it is required",
            "b.yaml:5:48: scenarios[0].order.lines[0].quantity: expected a whole number, found 'ten'",
            "b.yaml:6:13: scenarios[0].expect: SELLER_NOT_ENROLLED is expected both present and absent"),
        error.problems().stream()
            .map(problem -> folder.relativize(problem.location().file()) + ":" + problem.location().line() + ":"
                + problem.location().column() + ": " + problem.message())
            .toList());
  }

  @Test
  void factsAreReadAsTextPerCodeAndAListAsItsItems() {
    Path file =
        TestFiles.write(
            folder,
            "facts.yaml",
            """
            scenarios:
              - name: facts
                asOf: 2020-11-15
                order: {orderDate: 2020-11-15}
                expect:
                  facts:
                    CURRENCY_MISMATCH: {orderCurrency: USD, listedCurrency: [EUR, GBP]}
                    CUSTOMER_OUTSIDE_MARKET: {customerMarket: none, amount: 300000.00, empty: []}
            """);

    Expectation expect = ScenarioReader.read(file).scenarios().get(0).expect();
    assertEquals(
        Map.of(
            FindingCode.CURRENCY_MISMATCH, Map.of("orderCurrency", "USD", "listedCurrency", "EUR, GBP"),
            FindingCode.CUSTOMER_OUTSIDE_MARKET, Map.of("customerMarket", "none", "amount", "300000.00", "empty", "none")),
        expect.facts());
  }

  @Test
  void factsOfACodeTheRequestNeverRaisesOrNamingNoFactAreErrors() {
    Path file =
        TestFiles.write(
            folder,
            "bad-facts.yaml",
            """
            scenarios:
              - name: bad facts
                asOf: 2020-11-15
                application: {model: DIRECT_BILL}
                expect:
                  absent: MPN_ID_MISSING
                  facts: {CURRENCY_MISMATCH: {orderCurrency: USD}, MPN_ID_MISSING: {}, NO_SUCH_CODE: {a: b}}
            """);

    List<String> problems =
        assertThrows(ScenarioFileException.class, () -> ScenarioReader.read(file)).problems().stream()
            .map(ScenarioProblem::message)
            .toList();
    assertEquals(4, problems.size(), problems.toString());
    for (String expected : List.of(
        "expect.facts.CURRENCY_MISMATCH: CURRENCY_MISMATCH is an order finding",
        "expect.facts.MPN_ID_MISSING: names no fact",
        "expect.facts.NO_SUCH_CODE: expected one of",
        "expect: MPN_ID_MISSING is expected with facts but is absent")) {
      assertTrue(problems.stream().anyMatch(problem -> problem.contains(expected)), expected + " in " + problems);
    }
  }

  @Test
  void expectationsThatCouldNeverHoldAreErrors() {
    Path file =
        TestFiles.write(
            folder,
            "never.yaml",
            """
            scenarios:
              - name: order code on an application
                asOf: 2020-11-15
                application: {model: DIRECT_BILL}
                expect: {absent: [CURRENCY_MISMATCH]}
              - name: error and outcome
                asOf: 2020-11-15
                application: {model: DIRECT_BILL}
                expect: {error: missing, outcome: ELIGIBLE}
              - name: nothing expected
                asOf: 2020-11-15
                application: {model: DIRECT_BILL}
                expect: {}
              - name: nothing expected
                asOf: 2020-11-15
                application: {model: DIRECT_BILL}
                order: {orderDate: 2020-11-15}
                expect: {exactly: [], present: MPN_ID_MISSING}
            """);

    List<String> problems =
        assertThrows(ScenarioFileException.class, () -> ScenarioReader.read(file)).problems().stream()
            .map(ScenarioProblem::message)
            .toList();

    assertEquals(
        List.of(
            "scenarios[0].expect.absent[0]: CURRENCY_MISMATCH is an order finding; an application never raises it",
            "scenarios[1].expect: error expects the request to be rejected as bad input, so it cannot be given with"
                + " outcome, present, absent, exactly, fired or facts",
            "scenarios[2].expect: expects nothing; give at least one of outcome, present, absent, exactly, error,"
                + " fired, facts",
            "scenarios[3].order: give an application or an order, not both",
            "scenarios[3].name: another scenario in this file is named 'nothing expected'",
            "scenarios[3].expect: MPN_ID_MISSING is expected present but is not in exactly"),
        problems);
  }

  @Test
  void skipTakesTrueOrAReasonAndTodoNamesAreSkipped() {
    Path file =
        TestFiles.write(
            folder,
            "skip.yaml",
            """
            scenarios:
              - {name: runs, asOf: 2020-11-15, application: {model: DIRECT_BILL}, expect: {outcome: ELIGIBLE}, skip: false}
              - {name: skipped, asOf: 2020-11-15, application: {model: DIRECT_BILL}, expect: {outcome: ELIGIBLE}, skip: true}
              - {name: waits, asOf: 2020-11-15, application: {model: DIRECT_BILL}, expect: {outcome: ELIGIBLE}, skip: engine bug 12}
              - {name: todo_later, asOf: 2020-11-15, application: {model: DIRECT_BILL}, expect: {outcome: ELIGIBLE}}
            """);

    List<Optional<String>> skips = ScenarioReader.read(file).scenarios().stream().map(Scenario::skip).toList();

    assertEquals(
        List.of(
            Optional.empty(),
            Optional.of("skip: true"),
            Optional.of("engine bug 12"),
            Optional.of("its name starts with todo_")),
        skips);
  }
}
