package dev.csprules.drools;

import static dev.csprules.api.FindingCode.ADMIN_EMAIL_NOT_WORK_ADDRESS;
import static dev.csprules.api.FindingCode.BUSINESS_ADDRESS_INCOMPLETE;
import static dev.csprules.api.FindingCode.CUSTOMER_OUTSIDE_MARKET;
import static dev.csprules.api.FindingCode.DIRECT_BILL_REVENUE_UNDER_VERIFICATION;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.csprules.api.fact.CspModel;
import dev.csprules.api.fact.Customer;
import dev.csprules.api.fact.RevenueRecord;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reference data and parameters are data: a caller can name its own files, and bad ones fail to load. */
class ReferenceDataFilesTest {
  @TempDir Path folder;

  private static String builtIn(String name) throws IOException {
    try (InputStream in = ReferenceDataFilesTest.class.getResourceAsStream("/dev/csprules/policy/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private Path write(String name, String text) throws IOException {
    return Files.writeString(folder.resolve(name), text, StandardCharsets.UTF_8);
  }

  @Test
  void aParametersFileChangesTheThreshold() throws IOException {
    String parameters =
        builtIn("parameters.properties")
            .replace("direct-bill.revenue-threshold-usd = 300000.00", "direct-bill.revenue-threshold-usd = 100000");
    DroolsPolicyEngine engine = DroolsPolicyEngine.builder().parametersFile(write("parameters.properties", parameters)).build();
    var application =
        Fixtures.application(
            CspModel.DIRECT_BILL,
            Fixtures.partner().revenue(List.of(RevenueRecord.cloudAsIndirectReseller(YearMonth.of(2020, 5), "100000"))).build());
    assertTrue(engine.evaluate(application, Fixtures.IN_2020).has(DIRECT_BILL_REVENUE_UNDER_VERIFICATION));
    assertFalse(engine.policyVersion().equals(SharedEngine.get().policyVersion()));
  }

  @Test
  void aPolicyFolderReplacesTheConsumerDomainsAndTheCountriesWithoutPostalCode() throws IOException {
    write("consumer-mail-domains.csv", "domain\nContoso.co.jp\n");
    write("no-postal-code-countries.csv", "country_code,country_name\nJP,Japan\n");
    DroolsPolicyEngine engine = DroolsPolicyEngine.builder().policyFolder(folder).build();
    var noPostalCode = Fixtures.partner().address(new dev.csprules.api.fact.Address("1-2-3 Minato", "Tokyo", "", "JP"));
    var decision = engine.evaluate(Fixtures.application(CspModel.INDIRECT_RESELLER, noPostalCode.build()), Fixtures.IN_2020);
    assertTrue(decision.has(ADMIN_EMAIL_NOT_WORK_ADDRESS), decision.toString());
    assertFalse(decision.has(BUSINESS_ADDRESS_INCOMPLETE), decision.toString());
    var gmail = Fixtures.partner().adminEmail("admin@gmail.com").address(new dev.csprules.api.fact.Address("1 Queen's Road Central", "Hong Kong", "", "HK"));
    var replaced = engine.evaluate(Fixtures.application(CspModel.INDIRECT_RESELLER, gmail.build()), Fixtures.IN_2018);
    assertFalse(replaced.has(ADMIN_EMAIL_NOT_WORK_ADDRESS), "the folder's list replaces the built-in one whole");
    assertTrue(replaced.has(BUSINESS_ADDRESS_INCOMPLETE), "HK is not in the folder's list");
    var builtIn = SharedEngine.decide(Fixtures.application(CspModel.INDIRECT_RESELLER, gmail.build()), Fixtures.IN_2018);
    assertTrue(builtIn.has(ADMIN_EMAIL_NOT_WORK_ADDRESS));
    assertFalse(builtIn.has(BUSINESS_ADDRESS_INCOMPLETE));
  }

  @Test
  void theBuiltInListsAreTheReferenceFiles() throws IOException {
    Path reference = Path.of("..", "..", "shared", "reference");
    org.junit.jupiter.api.Assumptions.assumeTrue(Files.isDirectory(reference), "../shared/reference is not beside the project");
    for (String file : List.of("no-postal-code-countries.csv", "consumer-mail-domains.csv", "csp-markets.csv")) {
      String shipped = builtIn(file.equals("csp-markets.csv") ? "markets.csv" : file);
      assertEquals(Files.readString(reference.resolve(file), StandardCharsets.UTF_8), shipped, file);
    }
  }

  @Test
  void badListsNameEveryBadRow() throws IOException {
    write("consumer-mail-domains.csv", "domain\ngmail.com\nnot a domain\n");
    write("no-postal-code-countries.csv", "country_code,country_name\nHK,Hong Kong\nQQ,Nowhere\n");
    PolicyLoadException error =
        assertThrows(PolicyLoadException.class, () -> DroolsPolicyEngine.builder().policyFolder(folder).build());
    String name = folder.toString().replace('\\', '/');
    assertEquals(
        List.of(
            name + "/consumer-mail-domains.csv:3: 'not a domain' is not a mail domain",
            name + "/no-postal-code-countries.csv:3: unknown country code 'QQ'"),
        error.problems());
  }

  @Test
  void aMarketsFileChangesTheMarkets() throws IOException {
    String markets = builtIn("markets.csv").replace("US,United States,United States,USD", "US,United States,Japan,USD");
    DroolsPolicyEngine engine = DroolsPolicyEngine.builder().marketsFile(write("markets.csv", markets)).build();
    var order = Fixtures.order(Fixtures.partner().build(), Customer.of(Fixtures.CUSTOMER_TENANT, "US", Fixtures.customer().agreementAcceptances()), "USD", Fixtures.IN_2020);
    assertFalse(engine.evaluate(order, Fixtures.IN_2020).has(CUSTOMER_OUTSIDE_MARKET));
    assertTrue(SharedEngine.decide(order, Fixtures.IN_2020).has(CUSTOMER_OUTSIDE_MARKET));
  }

  @Test
  void aBadMarketsFileNamesEveryBadRow() throws IOException {
    String markets =
        "country_code,country_name,market_region,currencies\n"
            + "JP,Japan,Japan,JPY\n"
            + "jp,Japan,Japan,JPY\n"
            + "US,United States,,USD\n"
            + "FR,France,Europe,EURO\n"
            + "BQ,Bonaire,Latin America and the Caribbean,USD\n"
            + "BQ,Saba,Europe,USD\n";
    PolicyLoadException error =
        assertThrows(PolicyLoadException.class, () -> DroolsPolicyEngine.builder().marketsFile(write("markets.csv", markets)).build());
    assertEquals(
        List.of(
            "markets.csv:3: country_code 'jp' is not two upper-case letters",
            "markets.csv:4: market_region is empty for US",
            "markets.csv:5: unknown currency code 'EURO'",
            "markets.csv:7: BQ is listed again with another region or currency"),
        error.problems());
  }

  @Test
  void aBadParametersFileNamesEveryBadParameter() throws IOException {
    String parameters =
        "direct-bill.revenue-threshold-usd = three hundred thousand\n"
            + "address.countries-without-postal-code = HK, QQ\n";
    PolicyLoadException error =
        assertThrows(PolicyLoadException.class, () -> DroolsPolicyEngine.builder().parametersFile(write("p.properties", parameters)).build());
    assertEquals(
        List.of(
            "parameters.properties:1: direct-bill.revenue-threshold-usd is not a number: three hundred thousand",
            "parameters.properties:2: address.countries-without-postal-code is no longer a parameter: the list is the data file no-postal-code-countries.csv"),
        error.problems());
  }

  @Test
  void aMarketWithoutAJapaneseNameDoesNotLoad() throws IOException {
    String markets = builtIn("markets.csv").replace("US,United States,United States,USD", "US,United States,North America,USD");
    PolicyLoadException error =
        assertThrows(PolicyLoadException.class, () -> DroolsPolicyEngine.builder().marketsFile(write("markets.csv", markets)).build());
    assertEquals(List.of("market-names.csv: no Japanese name for the market 'North America'"), error.problems());
  }

  @Test
  void theBuiltInMarketsTableHasEveryRowOfTheSource() {
    var engine = SharedEngine.get();
    // 245 rows, BQ three times: 243 countries. VA, KN, BA, MK and PS have no currency.
    var order = Fixtures.order(Fixtures.partner().build(), Customer.of("t", "BA", List.of()), "EUR", Fixtures.IN_2020);
    assertTrue(engine.evaluate(order, Fixtures.IN_2020).has(dev.csprules.api.FindingCode.CURRENCY_NOT_LISTED));
  }
}
