package dev.csprules.testkit;

import static dev.csprules.testkit.StubEngine.scenario;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.csprules.api.FindingCode;
import dev.csprules.api.Outcome;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FailureReportTest {
  @Test
  void namesTheScenarioItsPlaceWhatWasExpectedWhatHappenedWhyAndTheFindings() {
    ScenarioResult result =
        new ScenarioRunner(StubEngine.deciding(List.of(FindingCode.BANK_INFORMATION_MISSING), List.of("ENR-030")), List.of())
            .run(
                scenario(
                    "bank",
                    new Expectation(
                        Optional.of(Outcome.ELIGIBLE),
                        List.of(),
                        List.of(FindingCode.BANK_INFORMATION_MISSING),
                        Optional.empty(),
                        List.of(),
                        List.of())));

    assertEquals(
        String.join(
            "\n",
            "FAILED bank",
            "  at stub.yaml:3 (as of 2020-11-15)",
            "  expected: outcome ELIGIBLE; absent BANK_INFORMATION_MISSING",
            "  actual:   outcome INELIGIBLE; codes BANK_INFORMATION_MISSING; fired ENR-030",
            "  why:",
            "    - outcome is INELIGIBLE, expected ELIGIBLE",
            "    - BANK_INFORMATION_MISSING is present, expected absent",
            "  findings:",
            "    BLOCKING BANK_INFORMATION_MISSING (rule RULE-2; cites 4d1ce-110): message BANK_INFORMATION_MISSING",
            "        fact: value"),
        FailureReport.describe(result, Language.EN));
  }

  @Test
  void showsTheMessagesInJapanese() {
    ScenarioResult result =
        new ScenarioRunner(StubEngine.deciding(List.of(FindingCode.BANK_INFORMATION_MISSING), List.of()), List.of())
            .run(scenario("bank", StubEngine.expectOutcome(Outcome.ELIGIBLE)));

    String report = FailureReport.describe(result, Language.JA);

    assertEquals(
        "    BLOCKING BANK_INFORMATION_MISSING (rule RULE-2; cites 4d1ce-110): メッセージ BANK_INFORMATION_MISSING",
        report.lines().filter(line -> line.contains("BLOCKING")).findFirst().orElse(""));
  }
}
