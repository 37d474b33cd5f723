package dev.csprules.testkit;

import dev.csprules.api.Decision;
import dev.csprules.api.Finding;
import dev.csprules.api.Problem;
import java.util.ArrayList;
import java.util.List;

/**
 * A failed scenario explained: where it is, what it expected, what happened, why that differs,
 * and the findings. The command line prints it and the JUnit tests fail with it.
 */
public final class FailureReport {
  private FailureReport() {}

  public static String describe(ScenarioResult result, Language language) {
    Scenario scenario = result.scenario();
    List<String> lines = new ArrayList<>();
    lines.add("FAILED " + scenario.name());
    lines.add("  at " + scenario.location().fileAndLine() + " (as of " + scenario.asOf() + ")");
    if (!scenario.description().isBlank()) {
      lines.add("  " + scenario.description().strip().replace("\n", "\n  "));
    }
    lines.add("  expected: " + expected(scenario.expect()));
    lines.add("  actual:   " + actual(result.evaluation()));
    lines.add("  why:");
    result.mismatches().forEach(mismatch -> lines.add("    - " + mismatch));
    result.decision().ifPresent(decision -> lines.addAll(findings(decision, language)));
    return String.join("\n", lines);
  }

  /** {@code outcome DENIED; present CODE_A, CODE_B}, or the error a bad-input scenario expects. */
  public static String expected(Expectation expect) {
    if (expect.expectsError()) {
      return "rejected as bad input, with an error containing "
          + expect.errorContains().stream().map(text -> "'" + text + "'").reduce((a, b) -> a + " and " + b).orElse("");
    }
    List<String> parts = new ArrayList<>();
    expect.outcome().ifPresent(outcome -> parts.add("outcome " + outcome));
    if (!expect.present().isEmpty()) {
      parts.add("present " + ExpectationCheck.list(expect.present()));
    }
    if (!expect.absent().isEmpty()) {
      parts.add("absent " + ExpectationCheck.list(expect.absent()));
    }
    expect.exactly().ifPresent(exactly -> parts.add("exactly " + ExpectationCheck.list(exactly)));
    if (!expect.fired().isEmpty()) {
      parts.add("fired " + ExpectationCheck.list(expect.fired()));
    }
    return String.join("; ", parts);
  }

  /** {@code outcome DENIED; codes ...; fired ...}, or the rejection or failure instead. */
  public static String actual(Evaluation evaluation) {
    if (evaluation instanceof Evaluation.Decided decided) {
      Decision decision = decided.decision();
      return "outcome " + decision.outcome() + "; codes "
          + ExpectationCheck.list(decision.findings().stream().map(Finding::code).distinct().toList())
          + "; fired " + ExpectationCheck.list(decision.firedRules());
    }
    if (evaluation instanceof Evaluation.Rejected rejected) {
      return "rejected as bad input: "
          + rejected.error().problems().stream().map(Problem::toString).reduce((a, b) -> a + "; " + b).orElse("");
    }
    if (evaluation instanceof Evaluation.Failed failed) {
      return "the evaluation failed: " + failed.error().getMessage();
    }
    return "not run";
  }

  private static List<String> findings(Decision decision, Language language) {
    List<String> lines = new ArrayList<>();
    lines.add("  findings:" + (decision.findings().isEmpty() ? " none" : ""));
    decision.findings().forEach(finding -> lines.add(FindingText.describe(finding, language, "    ")));
    return lines;
  }
}
