package dev.csprules.testkit;

import static dev.csprules.testkit.StubEngine.expectOutcome;
import static dev.csprules.testkit.StubEngine.scenario;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.csprules.api.FindingCode;
import dev.csprules.api.Outcome;
import dev.csprules.drools.PolicyRule;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CoverageReportTest {
  private static PolicyRule rule(String id) {
    return new PolicyRule(id, "title " + id, Optional.empty(), Optional.empty(), List.of(), "2018-01", LocalDate.of(2018, 1, 24), Optional.empty());
  }

  private static final List<PolicyRule> RULES = List.of(rule("R-3"), rule("R-1"), rule("R-2"));

  private static SuiteResult firing(List<List<String>> firedPerScenario) {
    return new SuiteResult(
        firedPerScenario.stream()
            .map(
                fired ->
                    new ScenarioRunner(StubEngine.deciding(List.of(FindingCode.BANK_INFORMATION_MISSING), fired), List.of())
                        .run(scenario("s", expectOutcome(Outcome.INELIGIBLE))))
            .toList());
  }

  @Test
  void countsTheScenariosEachRuleFiredInAndListsTheRulesThatNeverFired() {
    CoverageReport coverage = CoverageReport.of(RULES, firing(List.of(List.of("R-1", "R-3"), List.of("R-1"))));

    assertEquals(List.of("R-1", "R-2", "R-3"), coverage.rules().stream().map(r -> r.rule().id()).toList());
    assertEquals(List.of(2, 0, 1), coverage.rules().stream().map(RuleCoverage::scenarios).toList());
    assertEquals(List.of("R-2"), coverage.neverFired().stream().map(PolicyRule::id).toList());
    assertEquals("2 of 3 rules fired (66.6%)", coverage.summary());
    assertEquals(2, coverage.scenariosCounted());
  }

  @Test
  void theMinimumIsComparedExactlyNotAfterRounding() {
    CoverageReport twoOfThree = CoverageReport.of(RULES, firing(List.of(List.of("R-1", "R-3"))));

    assertTrue(twoOfThree.meets(new BigDecimal("66.66")));
    assertFalse(twoOfThree.meets(new BigDecimal("66.67")));
    assertFalse(twoOfThree.meets(new BigDecimal("100")));
    assertTrue(CoverageReport.of(RULES, firing(List.of(List.of("R-1", "R-2", "R-3")))).meets(new BigDecimal("100")));
  }

  @Test
  void badInputScenariosDoNotCount() {
    Scenario badInput =
        scenario(
            "bad input",
            new Expectation(Optional.empty(), List.of(), List.of(), Optional.empty(), List.of("lines"), List.of()));
    ScenarioResult decidedAnyway =
        new ScenarioRunner(StubEngine.deciding(List.of(), List.of("R-1")), List.of()).run(badInput);

    CoverageReport coverage = CoverageReport.of(RULES, new SuiteResult(List.of(decidedAnyway)));

    assertEquals(0, coverage.firedCount());
    assertEquals(0, coverage.scenariosCounted());
  }
}
