package dev.csprules.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** validate, --policy, evaluate --explain and diff, as a policy author uses them. */
class PolicyAuthoringCommandsTest {
  static final Path HISTORY = Path.of("..", "examples", "policy-2018-history");
  static final String HISTORY_SCENARIOS = HISTORY.resolve("scenarios").toString();

  @TempDir Path folder;

  @Test
  void validateAcceptsTheWorkedExampleFolder() {
    CliRun run = CliRun.of("validate", HISTORY.toString());
    assertEquals(0, run.status(), run.toString());
    assertTrue(run.out().startsWith("policy OK: 45 rules (34 raise findings), editions 2018-01, 2018-08, 2020-10, version "), run.out());
  }

  @Test
  void validateNamesEveryProblemWithFileAndLineAndExits2() throws IOException {
    Files.createDirectories(folder.resolve("rules"));
    Files.writeString(
        folder.resolve("rules/broken.drl"),
        "package dev.csprules.policy.rules.broken;\nimport dev.csprules.api.Order;\n\nrule \"ORD-900\"\n  @title(\"no citation\")\n"
            + "  @code(\"SELLER_NOT_ENROLLED\")\n  @edition(\"2020-10\")\n  @until(\"2019-01-01\")\nwhen\n  Order()\nthen\nend\n");
    Files.writeString(folder.resolve("parameters.properties"), "direct-bill.revenue-threshold-usd = lots\n");
    CliRun run = CliRun.of("validate", folder.toString());
    assertEquals(2, run.status(), run.toString());
    String rule = folder.resolve("rules/broken.drl") + ":4: rule \"ORD-900\" ";
    assertTrue(run.err().contains(folder.resolve("parameters.properties") + ":1: direct-bill.revenue-threshold-usd is not a number: lots"), run.err());
    assertTrue(run.err().contains(rule + "cites no seed sentence"), run.err());
    assertTrue(run.err().contains(rule + "can never fire: it ends on 2019-01-01, before edition 2020-10 comes into force on 2020-10-27"), run.err());
    assertFalse(run.err().contains("\tat "), "no stack trace without --verbose");
  }

  @Test
  void validateRefusesAHostileFolderBeforeCompilingIt() throws IOException {
    Files.createDirectories(folder.resolve("rules"));
    Files.writeString(folder.resolve("rules/evil.drl"), "package p;\nrule \"ENR-X\"\nwhen\nthen\n  Runtime.getRuntime().exec(\"sh\");\nend\n");
    CliRun run = CliRun.of("validate", folder.toString());
    assertEquals(2, run.status(), run.toString());
    assertTrue(run.err().contains(folder.resolve("rules/evil.drl") + ":5:3: a consequence may only call insertLogical(...)"), run.err());
  }

  @Test
  void theWorkedExampleScenariosPassWithTheFolderAndFailWithoutIt() {
    CliRun with = CliRun.of("test", "--policy", HISTORY.toString(), HISTORY_SCENARIOS);
    assertEquals(0, with.status(), with.toString());
    assertEquals("6 passed, 0 failed", with.lastOutLine());
    CliRun without = CliRun.of("test", HISTORY_SCENARIOS);
    assertEquals(1, without.status(), without.toString());
    assertEquals("3 passed, 3 failed", without.lastOutLine());
  }

  @Test
  void diffListsTheScenariosTheFolderFlipsWithTheRulesResponsible() {
    CliRun run = CliRun.of("diff", "--policy-b", HISTORY.toString(), HISTORY_SCENARIOS);
    assertEquals(0, run.status(), run.toString());
    assertEquals("3 of 6 scenarios flip", run.lastOutLine());
    assertTrue(run.out().contains("direct enrollment is still closed on 2018-04-01  (" + HISTORY_SCENARIOS), run.out());
    assertTrue(run.out().contains("  A (built-in policy): ELIGIBLE"), run.out());
    assertTrue(run.out().contains("INELIGIBLE  [DIRECT_ENROLLMENT_CLOSED, CONSIDER_INDIRECT_RESELLER]"), run.out());
    assertTrue(run.out().contains("+ENR-H110 (DIRECT_ENROLLMENT_CLOSED BLOCKING)"), run.out());
    assertTrue(run.out().contains("+ENR-H130 (DIRECT_BILL_KEY_CAPABILITY_RECOMMENDED BLOCKING)"), run.out());
  }

  @Test
  void diffBetweenTwoDatesNamesTheRulesThatEnded() {
    CliRun run = CliRun.of("diff", "--as-of", "2018-03-31", "--as-of", "2018-04-01", "../scenarios/enrollment/direct-bill-2018.yaml");
    assertEquals(0, run.status(), run.toString());
    assertTrue(run.out().contains("-ENR-110 (DIRECT_ENROLLMENT_CLOSED BLOCKING)"), run.out());
    assertTrue(run.lastOutLine().matches("\\d+ of \\d+ scenarios flip"), run.lastOutLine());
  }

  @Test
  void diffNeedsTwoDatesOrTwoPolicies() {
    CliRun run = CliRun.of("diff", "--as-of", "2018-03-31", HISTORY_SCENARIOS);
    assertEquals(2, run.status(), run.toString());
    assertTrue(run.err().startsWith("csp-rules: diff: give either --as-of A --as-of B"), run.err());
  }

  @Test
  void explainShowsCitedTextMatchedFactsAndTheRevenueCount() {
    CliRun run = CliRun.of("evaluate", "--explain", EvaluateCommandTest.DIRECT_BILL);
    assertEquals(0, run.status(), run.toString());
    assertTrue(run.out().contains("      rule ENR-140: Trailing twelve-month revenue below the threshold"), run.out());
    assertTrue(run.out().contains("      matched: needed: 300000.00, actual: 275000.00, from: 2019-11, to: 2020-10"), run.out());
    assertTrue(run.out().contains("      cf5ff-135  The USD300K revenue requirement is calculated based on cloud revenue"), run.out());
    assertTrue(run.out().contains("30 万米国ドルという収益要件はクラウドでの収益に基づいて計算され"), run.out());
    assertTrue(run.out().contains("    counted   2019-11  USD 25000.00  CLOUD, INDIRECT_RESELLER"), run.out());
    assertTrue(run.out().contains("    excluded  2020-10  USD 25000.00  PERPETUAL_SOFTWARE, INDIRECT_RESELLER: not cloud revenue (PERPETUAL_SOFTWARE)"), run.out());
  }

  @Test
  void explainAsJsonCarriesTheSameExplanation() throws IOException {
    CliRun run = CliRun.of("evaluate", "--explain", "--json", EvaluateCommandTest.DIRECT_BILL);
    assertEquals(0, run.status(), run.toString());
    JsonNode explanation = new ObjectMapper().readTree(run.out()).get("explanation");
    assertEquals("ENR-140", explanation.get("findings").get(0).get("ruleId").asText());
    assertEquals("cf5ff-132", explanation.get("findings").get(0).get("citations").get(0).get("sentenceId").asText());
    assertEquals("275000.00", explanation.get("revenue").get("countedUsd").asText());
    assertEquals(11, explanation.get("revenue").get("counted").size());
    assertEquals("not cloud revenue (PERPETUAL_SOFTWARE)", explanation.get("revenue").get("excluded").get(0).get("reason").asText());
  }
}
