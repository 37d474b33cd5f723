package dev.csprules.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvaluateCommandTest {
  static final Path EXAMPLES = Path.of("..", "examples");
  static final String DIRECT_BILL = EXAMPLES.resolve("direct-bill-application.yaml").toString();

  @TempDir Path folder;

  @Test
  void printsTheOutcomeAndEachFindingWithSeverityRuleCitationsMessageAndFacts() {
    CliRun run = CliRun.of("evaluate", DIRECT_BILL);

    assertEquals(0, run.status(), run.toString());
    assertEquals(
        String.join(
            "\n",
            "app-2020-0042  (" + DIRECT_BILL + ":11)",
            "  outcome: INELIGIBLE  (application app-2020-0042, as of 2020-11-15, editions 2018-01 + 2020-10)",
            "  findings:",
            "    BLOCKING DIRECT_BILL_REVENUE_BELOW_THRESHOLD (rule ENR-140; cites cf5ff-132, cf5ff-135): Trailing"
                + " twelve-month cloud revenue as an indirect reseller is USD 275,000.00 (2019-11 to 2020-10); at"
                + " least USD 300,000.00 is needed.",
            "        needed: 300000.00, actual: 275000.00, from: 2019-11, to: 2020-10",
            "  rules fired: ENR-D010, ENR-D020, ENR-D022, ENR-D030, ENR-D050, ENR-140"),
        String.join("\n", run.outLines().subList(0, 6)));
  }

  @Test
  void printsJapaneseMessages() {
    CliRun run = CliRun.of("evaluate", "--lang", "ja", DIRECT_BILL);

    assertTrue(run.out().contains("): 間接リセラーとしての過去 12 か月のクラウド収益は 275,000.00 米国ドル（2019年11月～2020年10月）"), run.out());
  }

  @Test
  void asOfOverridesTheFilesDate() {
    CliRun run = CliRun.of("evaluate", "--as-of", "2018-03-31", DIRECT_BILL);

    assertTrue(run.out().contains("  outcome: INELIGIBLE  (application app-2020-0042, as of 2018-03-31, editions 2018-01)"), run.out());
    assertTrue(run.out().contains("BLOCKING DIRECT_ENROLLMENT_CLOSED (rule ENR-110; cites 4d1ce-131, 4d1ce-132)"), run.out());
  }

  @Test
  void jsonIsTheDecisionInTheApisFieldNames() throws Exception {
    CliRun run = CliRun.of("evaluate", "--json", EXAMPLES.resolve("order.yaml").toString());

    assertEquals(0, run.status(), run.toString());
    JsonNode decision = new ObjectMapper().readTree(run.out());
    assertEquals("order-2020-1187", decision.get("requestId").asText());
    assertEquals("ORDER", decision.get("kind").asText());
    assertEquals("DENIED", decision.get("outcome").asText());
    assertEquals("2020-11-15", decision.get("asOf").asText());
    assertEquals("[\"2018-01\",\"2020-10\"]", decision.get("editions").toString());
    JsonNode finding = decision.get("findings").get(0);
    assertEquals("CUSTOMER_OUTSIDE_MARKET", finding.get("code").asText());
    assertEquals("BLOCKING", finding.get("severity").asText());
    assertEquals("ORD-060", finding.get("ruleId").asText());
    assertEquals("[\"cf5ff-142\",\"cf5ff-143\"]", finding.get("citations").toString());
    assertEquals("{\"text\":\"United States\"}", finding.get("facts").get("customerMarket").toString());
    assertTrue(finding.get("messageJa").asText().contains("US"));
    assertEquals("[\"ORD-060\",\"ORD-070\"]", decision.get("firedRules").toString());
  }

  @Test
  void jsonOfSeveralRequestsIsAnArray() throws Exception {
    CliRun run =
        CliRun.of("evaluate", "--json", DIRECT_BILL, EXAMPLES.resolve("indirect-application.json").toString());

    JsonNode decisions = new ObjectMapper().readTree(run.out());
    assertTrue(decisions.isArray());
    assertEquals("INELIGIBLE", decisions.get(0).get("outcome").asText());
    assertEquals("ELIGIBLE", decisions.get(1).get("outcome").asText());
  }

  @Test
  void aScenarioFileIsEvaluatedScenarioByScenarioAtItsDates() throws Exception {
    Path file = Files.writeString(folder.resolve("suite.yaml"), TestCommandTest.SCENARIOS);

    CliRun run = CliRun.of("evaluate", file.toString());

    assertEquals(0, run.status(), run.toString());
    assertEquals(3, run.outLines().stream().filter(line -> line.startsWith("  outcome: ")).count(), run.out());
    assertTrue(run.out().contains("no bank information <&> \"quotes\"  (" + file + ":18)"), run.out());
  }

  @Test
  void aRequestTheEngineRejectsExitsTwoNamingTheProblems() throws Exception {
    Path file =
        Files.writeString(
            folder.resolve("bad.yaml"),
            "asOf: 2017-12-31\norder: {orderId: o-1, orderDate: 2017-12-31, currency: XYZ}\n");

    CliRun run = CliRun.of("evaluate", file.toString());

    assertEquals(2, run.status(), run.toString());
    assertTrue(run.err().contains(file + ":2: 'o-1' was not evaluated: invalid request: "), run.err());
    assertTrue(run.err().contains("asOf: 2017-12-31 is before the first edition"), run.err());
    assertTrue(run.err().contains("currency: unknown currency code 'XYZ'"), run.err());
    assertTrue(run.err().contains("lines: an order needs at least one line"), run.err());
  }

  @Test
  void aRequestWithoutADateNeedsAsOf() throws Exception {
    Path file = Files.writeString(folder.resolve("undated.yaml"), "application: {applicationId: a-1, model: DIRECT_BILL}\n");

    CliRun run = CliRun.of("evaluate", file.toString());

    assertEquals(2, run.status(), run.toString());
    assertEquals(
        "csp-rules: no as-of date for the request at " + file + ":1: give asOf in the file or --as-of DATE\n",
        run.err());
  }

  @Test
  void aFileWithProblemsOfTheReaderAndOfTheEngineNamesAllOfThemAtOnce() throws Exception {
    Path file =
        Files.writeString(
            folder.resolve("bad.yaml"),
            String.join(
                "\n",
                "asOf: 2020-13-45",
                "application:",
                "  applicationId: a-1",
                "  model: DIRECT_BILLING",
                "  sellLocation: JP",
                "  partner:",
                "    companyName: Contoso",
                "    address: {street: s, city: c, postalCode: \"1\", country: XX}",
                "    revenue:",
                "      - {month: 2020-06, amount: -5, currency: USD, kind: CLOUD, channel: INDIRECT_RESELLER}",
                ""));

    CliRun run = CliRun.of("evaluate", file.toString());

    assertEquals(2, run.status(), run.toString());
    assertEquals(
        java.util.List.of(
            "csp-rules: 4 problems in scenario files:",
            file + ":1:7: asOf: expected a date as YYYY-MM-DD, found '2020-13-45'",
            file + ":4:10: application.model: expected one of INDIRECT_RESELLER, DIRECT_BILL, found 'DIRECT_BILLING' (did you mean 'DIRECT_BILL'?)",
            file + ":8:61: application.partner.address.country: unknown country code 'XX' (ISO 3166-1 alpha-2, upper case)",
            file + ":10:34: application.partner.revenue[0].amount: must not be negative, was -5"),
        run.err().lines().toList());
  }
}
