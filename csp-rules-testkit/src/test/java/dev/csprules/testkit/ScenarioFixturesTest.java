package dev.csprules.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.csprules.api.EnrollmentApplication;
import dev.csprules.api.Order;
import dev.csprules.api.fact.Address;
import dev.csprules.api.fact.CspModel;
import dev.csprules.api.fact.Partner;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScenarioFixturesTest {
  @TempDir Path folder;

  private static final String FIXTURES =
      """
      fixtures:
        partners:
          contoso:
            companyName: Contoso KK
            mpnId: "1234567"
            locationMpnIds: {JP: "7654321"}
            address: {street: 1-2-3 Minato, city: Tokyo, postalCode: 105-0001, country: JP}
            enrolledAs: [INDIRECT_RESELLER]
          contoso-direct:
            use: contoso
            enrolledAs: [DIRECT_BILL]
        applications:
          direct:
            applicationId: app-1
            model: DIRECT_BILL
            sellLocation: JP
            partner: {use: contoso}
      """;

  private Partner partnerOf(String scenarioYaml) {
    Path file = TestFiles.write(folder, "scenarios.yaml", FIXTURES + scenarioYaml);
    return ((EnrollmentApplication) ScenarioReader.read(file).scenarios().get(0).request()).partner();
  }

  @Test
  void aScenarioOverridesOneFieldOfAFixture() {
    Partner partner =
        partnerOf(
            """
            scenarios:
              - name: no MPN ID
                asOf: 2020-11-15
                application:
                  use: direct
                  partner: {mpnId: ""}
                expect: {outcome: INELIGIBLE}
            """);

    assertEquals("", partner.mpnId());
    assertEquals("Contoso KK", partner.companyName());
    assertEquals(Set.of(CspModel.INDIRECT_RESELLER), partner.enrolledAs());
  }

  @Test
  void mappingsMergeFieldByField() {
    Partner partner =
        partnerOf(
            """
            scenarios:
              - name: no postal code
                asOf: 2020-11-15
                application:
                  use: direct
                  partner:
                    address: {postalCode: ""}
                    locationMpnIds: {US: "1111111"}
                expect: {outcome: INELIGIBLE}
            """);

    assertEquals(new Address("1-2-3 Minato", "Tokyo", "", "JP"), partner.address());
    assertEquals(Map.of("JP", "7654321", "US", "1111111"), partner.locationMpnIds());
  }

  @Test
  void listsAndEmptyMappingsReplace() {
    Partner partner =
        partnerOf(
            """
            scenarios:
              - name: nothing left
                asOf: 2020-11-15
                application:
                  use: direct
                  partner: {enrolledAs: [], locationMpnIds: {}}
                expect: {outcome: INELIGIBLE}
            """);

    assertEquals(Set.of(), partner.enrolledAs());
    assertEquals(Map.of(), partner.locationMpnIds());
  }

  @Test
  void aFixtureMayUseAnother() {
    Partner partner =
        partnerOf(
            """
            scenarios:
              - name: direct partner
                asOf: 2020-11-15
                application:
                  use: direct
                  partner: {use: contoso-direct}
                expect: {outcome: ELIGIBLE}
            """);

    assertEquals(Set.of(CspModel.DIRECT_BILL), partner.enrolledAs());
    assertEquals("1234567", partner.mpnId());
  }

  @Test
  void aFoldersFixturesServeEveryFileAndAFilesOwnTakeTheirPlace() {
    TestFiles.write(folder, "_fixtures.yaml", FIXTURES);
    TestFiles.write(
        folder,
        "shared.yaml",
        """
        scenarios:
          - {name: shared, asOf: 2020-11-15, application: {use: direct}, expect: {outcome: ELIGIBLE}}
        """);
    TestFiles.write(
        folder,
        "own.yaml",
        """
        fixtures:
          partners:
            contoso: {companyName: Other KK}
        scenarios:
          - {name: own, asOf: 2020-11-15, application: {use: direct}, expect: {outcome: ELIGIBLE}}
        """);

    List<ScenarioFile> files = ScenarioReader.readAll(List.of(folder));

    assertEquals(List.of("own.yaml", "shared.yaml"), files.stream().map(f -> f.path().getFileName().toString()).toList());
    assertEquals("Other KK", application(files.get(0)).partner().companyName());
    assertEquals("", application(files.get(0)).partner().mpnId(), "the file's contoso replaces the folder's whole");
    assertEquals("Contoso KK", application(files.get(1)).partner().companyName());
  }

  @Test
  void orderFixturesCarryTheirPartnersAndCustomers() {
    Path file =
        TestFiles.write(
            folder,
            "orders.yaml",
            """
            fixtures:
              customers:
                fabrikam: {tenantId: fabrikam-tenant, country: JP}
              orders:
                office:
                  orderId: order-1
                  seller: {companyName: Contoso KK}
                  customer: {use: fabrikam}
                  currency: JPY
                  orderDate: 2020-11-15
                  lines: [{offerId: o365, kind: ONLINE_SERVICE, quantity: 10}]
            scenarios:
              - name: a US customer
                asOf: 2020-11-15
                order:
                  use: office
                  customer: {country: US}
                expect: {outcome: DENIED}
            """);

    Order order = (Order) ScenarioReader.read(file).scenarios().get(0).request();

    assertEquals("fabrikam-tenant", order.customer().tenantId());
    assertEquals("US", order.customer().country());
    assertEquals("Contoso KK", order.seller().companyName());
    assertEquals(10, order.lines().get(0).quantity());
  }

  @Test
  void anUnknownFixtureAndACycleAreErrors() {
    Path file =
        TestFiles.write(
            folder,
            "cycle.yaml",
            """
            fixtures:
              partners:
                a: {use: b}
                b: {use: a}
            scenarios:
              - name: unknown
                asOf: 2020-11-15
                application: {use: drect}
                expect: {outcome: ELIGIBLE}
            """);

    List<String> problems = ReadFailures.of(() -> ScenarioReader.read(file));

    assertEquals(
        List.of(
            file + ":3:14: fixtures.partners.a.use: fixture 'b' uses itself: b -> a -> b",
            file + ":4:14: fixtures.partners.b.use: fixture 'a' uses itself: a -> b -> a",
            file + ":8:18: scenarios[0].application.model: is missing, and it is required",
            file + ":8:24: scenarios[0].application.use: no fixture named 'drect' among fixtures.applications"
                + " (there are none)"),
        problems);
  }

  @Test
  void aProblemInAFixtureIsReportedOnceAtItsPlaceHoweverOftenItIsUsed() {
    Path file =
        TestFiles.write(
            folder,
            "used-twice.yaml",
            """
            fixtures:
              partners:
                broken: {mpnMembershipActive: maybe}
            scenarios:
              - {name: one, asOf: 2020-11-15, application: {model: DIRECT_BILL, partner: {use: broken}}, expect: {outcome: ELIGIBLE}}
              - {name: two, asOf: 2020-11-15, application: {model: DIRECT_BILL, partner: {use: broken}}, expect: {outcome: ELIGIBLE}}
            """);

    List<String> problems = ReadFailures.of(() -> ScenarioReader.read(file));

    assertEquals(
        List.of(file + ":3:35: fixtures.partners.broken.mpnMembershipActive: expected true or false, found 'maybe'"),
        problems);
  }

  private static EnrollmentApplication application(ScenarioFile file) {
    return (EnrollmentApplication) file.scenarios().get(0).request();
  }
}
