package dev.csprules.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CoverageCommandTest {
  @TempDir Path folder;

  @Test
  void theRepositorySuiteFiresEveryRule() {
    CliRun run = CliRun.of("coverage", "../scenarios", "--min", "100");

    assertEquals(0, run.status(), run.toString());
    assertTrue(run.out().contains("never fired: none"), run.out());
    assertTrue(run.lastOutLine().startsWith("44 of 44 rules fired (100.0%) in "), run.lastOutLine());
  }

  @Test
  void belowTheMinimumExitsOneAndListsTheRulesThatNeverFired() throws Exception {
    Path file = Files.writeString(folder.resolve("suite.yaml"), TestCommandTest.SCENARIOS);

    CliRun run = CliRun.of("coverage", file.toString(), "--min", "50");

    assertEquals(1, run.status(), run.toString());
    assertTrue(run.out().contains("ENR-030           1  BANK_INFORMATION_MISSING"), run.out());
    assertTrue(run.out().contains("ORD-080           0  CURRENCY_NOT_LISTED"), run.out());
    assertTrue(run.out().contains("  ORD-080  No currency listed for the customer's country  (in force 2020-10-27 on)"), run.out());
    assertTrue(run.out().contains("  ENR-100  Find an indirect provider after enrolling") == false, "ENR-100 fired: " + run.out());
    assertTrue(run.out().contains("note: 1 scenario(s) failed; csp-rules test shows why"), run.out());
    assertTrue(run.err().startsWith("csp-rules: rule coverage "), run.err());
    assertTrue(run.err().contains("% is below the minimum 50%"), run.err());
  }

  @Test
  void withoutAMinimumCoverageOnlyReports() throws Exception {
    Path file = Files.writeString(folder.resolve("suite.yaml"), TestCommandTest.SCENARIOS);

    CliRun run = CliRun.of("coverage", file.toString());

    assertEquals(0, run.status(), run.toString());
  }
}
