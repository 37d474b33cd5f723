package dev.csprules.testkit;

import static dev.csprules.testkit.StubEngine.expectOutcome;
import static dev.csprules.testkit.StubEngine.scenario;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.csprules.api.FindingCode;
import dev.csprules.api.InvalidRequestException;
import dev.csprules.api.Outcome;
import dev.csprules.api.Problem;
import dev.csprules.drools.PolicyEvaluationException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ScenarioRunnerTest {
  private static final List<FindingCode> BANK_MISSING = List.of(FindingCode.BANK_INFORMATION_MISSING);
  private final StubEngine engine = StubEngine.deciding(BANK_MISSING, List.of("ENR-030"));
  private final ScenarioRunner runner = new ScenarioRunner(engine, List.of());

  private static Expectation expect(
      List<FindingCode> present, List<FindingCode> absent, Optional<List<FindingCode>> exactly, List<String> fired) {
    return new Expectation(Optional.empty(), present, absent, exactly, List.of(), fired);
  }

  private static Expectation expectError(String... texts) {
    return new Expectation(Optional.empty(), List.of(), List.of(), Optional.empty(), List.of(texts), List.of());
  }

  @Test
  void aScenarioWhoseDecisionMatchesPasses() {
    ScenarioResult result =
        runner.run(
            scenario(
                "matches",
                new Expectation(
                    Optional.of(Outcome.INELIGIBLE),
                    BANK_MISSING,
                    List.of(FindingCode.MPN_ID_MISSING),
                    Optional.of(BANK_MISSING),
                    List.of(),
                    List.of("ENR-030"))));

    assertEquals(ScenarioResult.Status.PASSED, result.status());
    assertEquals(List.of(), result.mismatches());
  }

  private static Expectation expectFacts(FindingCode code, Map<String, String> facts) {
    return new Expectation(Optional.empty(), List.of(), List.of(), Optional.empty(), List.of(), List.of(), Map.of(code, facts));
  }

  @Test
  void factsAreComparedAsTheirCanonicalText() {
    ScenarioResult matching =
        runner.run(scenario("facts", expectFacts(FindingCode.BANK_INFORMATION_MISSING, Map.of("fact", "value"))));
    assertEquals(List.of(), matching.mismatches());

    ScenarioResult wrong =
        runner.run(scenario("facts", expectFacts(FindingCode.BANK_INFORMATION_MISSING, Map.of("fact", "other", "nope", "1"))));
    assertEquals(ScenarioResult.Status.FAILED, wrong.status());
    assertEquals(1, wrong.mismatches().size());
    String line = wrong.mismatches().get(0);
    assertTrue(line.startsWith("BANK_INFORMATION_MISSING facts differ: "), line);
    assertTrue(line.contains("fact is 'value', expected 'other'"), line);
    assertTrue(line.contains("nope is not a fact of it (it has fact)"), line);

    ScenarioResult absent = runner.run(scenario("facts", expectFacts(FindingCode.MPN_ID_MISSING, Map.of("fact", "value"))));
    assertEquals(List.of("MPN_ID_MISSING is absent, expected with facts {fact=value}"), absent.mismatches());
  }

  @Test
  void aWrongOutcomeFails() {
    ScenarioResult result = runner.run(scenario("wrong outcome", expectOutcome(Outcome.ELIGIBLE)));

    assertEquals(ScenarioResult.Status.FAILED, result.status());
    assertEquals(List.of("outcome is INELIGIBLE, expected ELIGIBLE"), result.mismatches());
  }

  @Test
  void everyCodeExpectationThatDoesNotHoldIsNamed() {
    ScenarioResult result =
        runner.run(
            scenario(
                "wrong codes",
                expect(
                    List.of(FindingCode.MPN_ID_MISSING),
                    BANK_MISSING,
                    Optional.of(List.of(FindingCode.MPN_ID_MISSING)),
                    List.of("ENR-010"))));

    assertEquals(
        List.of(
            "MPN_ID_MISSING is absent, expected present",
            "BANK_INFORMATION_MISSING is present, expected absent",
            "codes are BANK_INFORMATION_MISSING, expected exactly MPN_ID_MISSING; missing MPN_ID_MISSING;"
                + " unexpected BANK_INFORMATION_MISSING",
            "rule ENR-010 did not fire"),
        result.mismatches());
  }

  @Test
  void anExpectationOfNoCodesAtAllHolds() {
    ScenarioRunner approving = new ScenarioRunner(StubEngine.deciding(List.of(), List.of()), List.of());

    ScenarioResult result = approving.run(scenario("none", expect(List.of(), List.of(), Optional.of(List.of()), List.of())));

    assertEquals(ScenarioResult.Status.PASSED, result.status());
  }

  @Test
  void aFiredRuleThePolicyDoesNotHaveIsNamedSo() {
    ScenarioRunner knowing =
        new ScenarioRunner(engine, BuiltInEngine.get().rules());

    ScenarioResult result = knowing.run(scenario("typo", expect(List.of(), List.of(), Optional.empty(), List.of("ENR-999"))));

    assertEquals(List.of("fired: the policy has no rule ENR-999"), result.mismatches());
  }

  @Test
  void anExpectedErrorPassesWhenTheRequestIsRejectedWithIt() {
    ScenarioRunner rejecting = new ScenarioRunner(rejectingEngine(), List.of());

    assertEquals(
        ScenarioResult.Status.PASSED,
        rejecting.run(scenario("rejected", expectError("lines: an order needs", "currency"))).status());
    ScenarioResult wrongError = rejecting.run(scenario("other error", expectError("orderDate")));
    assertEquals(ScenarioResult.Status.FAILED, wrongError.status());
    assertEquals(List.of("the error does not contain 'orderDate'"), wrongError.mismatches());
  }

  @Test
  void anExpectedErrorFailsWhenTheRequestIsDecided() {
    ScenarioResult result = runner.run(scenario("decided", expectError("lines")));

    assertEquals(ScenarioResult.Status.FAILED, result.status());
    assertEquals(
        List.of("expected the request to be rejected as bad input, but it was decided: INELIGIBLE"),
        result.mismatches());
  }

  @Test
  void aRejectedRequestFailsAScenarioThatExpectsADecision() {
    ScenarioResult result = new ScenarioRunner(rejectingEngine(), List.of()).run(scenario("bad", expectOutcome(Outcome.ELIGIBLE)));

    assertEquals(ScenarioResult.Status.FAILED, result.status());
    assertInstanceOf(Evaluation.Rejected.class, result.evaluation());
  }

  @Test
  void anEngineFailureFailsTheScenarioAndNotTheSuite() {
    StubEngine failing =
        new StubEngine(
            (request, asOf) -> {
              throw new PolicyEvaluationException("rule ENR-140 failed: boom");
            });

    ScenarioResult result = new ScenarioRunner(failing, List.of()).run(scenario("boom", expectOutcome(Outcome.ELIGIBLE)));

    assertEquals(ScenarioResult.Status.FAILED, result.status());
    assertEquals(List.of("expected a decision, but the evaluation failed: rule ENR-140 failed: boom"), result.mismatches());
  }

  @Test
  void aSkippedScenarioIsNotEvaluated() {
    Scenario skipped = scenario("skipped", expectOutcome(Outcome.ELIGIBLE));
    skipped =
        new Scenario(
            skipped.name(), "", skipped.location(), skipped.asOf(), skipped.request(), skipped.expect(),
            Optional.of("engine bug"));

    ScenarioResult result = runner.run(skipped);

    assertEquals(ScenarioResult.Status.SKIPPED, result.status());
    assertEquals(0, engine.calls.get());
  }

  @Test
  void aSuiteKeepsTheScenariosOrderAndCountsEachStatus() {
    List<Scenario> scenarios =
        List.of(
            scenario("a", expectOutcome(Outcome.INELIGIBLE)),
            scenario("b", expectOutcome(Outcome.ELIGIBLE)),
            scenario("c", expectOutcome(Outcome.INELIGIBLE)),
            scenario("todo_d", expectOutcome(Outcome.INELIGIBLE)));
    Scenario last = scenarios.get(3);
    scenarios =
        List.of(
            scenarios.get(0),
            scenarios.get(1),
            scenarios.get(2),
            new Scenario(last.name(), "", last.location(), last.asOf(), last.request(), last.expect(), Optional.of("later")));

    SuiteResult suite = runner.run(scenarios);

    assertEquals(List.of("a", "b", "c", "todo_d"), suite.results().stream().map(r -> r.scenario().name()).toList());
    assertEquals("2 passed, 1 failed, 1 skipped", suite.summary());
    assertEquals("b", suite.failures().get(0).scenario().name());
  }

  @Test
  void theSummaryLeavesOutSkippedWhenNoneWas() {
    assertEquals("1 passed, 0 failed", runner.run(List.of(scenario("a", expectOutcome(Outcome.INELIGIBLE)))).summary());
  }

  private static StubEngine rejectingEngine() {
    return new StubEngine(
        (request, asOf) -> {
          throw new InvalidRequestException(
              List.of(
                  new Problem("currency", "unknown currency code 'XYZ' (ISO 4217)"),
                  new Problem("lines", "an order needs at least one line")));
        });
  }
}
