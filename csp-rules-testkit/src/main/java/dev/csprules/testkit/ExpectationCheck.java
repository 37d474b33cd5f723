package dev.csprules.testkit;

import dev.csprules.api.Decision;
import dev.csprules.api.Finding;
import dev.csprules.api.FindingCode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Compares what a scenario expects with what became of its request, one line per difference. */
final class ExpectationCheck {
  private ExpectationCheck() {}

  /**
   * @param ruleIds the rules of the policy, to tell a rule that did not fire from one that does
   *     not exist; empty when unknown
   */
  static List<String> mismatches(Expectation expect, Evaluation evaluation, Set<String> ruleIds) {
    List<String> mismatches = new ArrayList<>();
    if (expect.expectsError()) {
      errorMismatches(expect, evaluation, mismatches);
    } else if (evaluation instanceof Evaluation.Decided decided) {
      decisionMismatches(expect, decided.decision(), ruleIds, mismatches);
    } else if (evaluation instanceof Evaluation.Rejected rejected) {
      mismatches.add("expected a decision, but the request was rejected as bad input");
    } else if (evaluation instanceof Evaluation.Failed failed) {
      mismatches.add("expected a decision, but the evaluation failed: " + failed.error().getMessage());
    }
    return mismatches;
  }

  private static void errorMismatches(Expectation expect, Evaluation evaluation, List<String> mismatches) {
    if (evaluation instanceof Evaluation.Decided decided) {
      mismatches.add(
          "expected the request to be rejected as bad input, but it was decided: " + decided.decision().outcome());
    } else if (evaluation instanceof Evaluation.Failed failed) {
      mismatches.add(
          "expected the request to be rejected as bad input, but the evaluation failed: " + failed.error().getMessage());
    } else if (evaluation instanceof Evaluation.Rejected rejected) {
      String problems = problems(rejected);
      expect.errorContains().stream()
          .filter(text -> !problems.contains(text))
          .forEach(text -> mismatches.add("the error does not contain '" + text + "'"));
    }
  }

  private static void decisionMismatches(
      Expectation expect, Decision decision, Set<String> ruleIds, List<String> mismatches) {
    expect.outcome()
        .filter(outcome -> outcome != decision.outcome())
        .ifPresent(outcome -> mismatches.add("outcome is " + decision.outcome() + ", expected " + outcome));
    Set<FindingCode> actual = decision.findingCodes();
    expect.present().stream()
        .filter(code -> !actual.contains(code))
        .forEach(code -> mismatches.add(code + " is absent, expected present"));
    expect.absent().stream()
        .filter(actual::contains)
        .forEach(code -> mismatches.add(code + " is present, expected absent"));
    expect.exactly()
        .filter(exactly -> !Set.copyOf(exactly).equals(actual))
        .ifPresent(
            exactly -> {
              List<FindingCode> missing = exactly.stream().filter(code -> !actual.contains(code)).toList();
              List<FindingCode> unexpected = actual.stream().filter(code -> !exactly.contains(code)).toList();
              mismatches.add(
                  "codes are " + list(actual) + ", expected exactly " + list(exactly)
                      + (missing.isEmpty() ? "" : "; missing " + list(missing))
                      + (unexpected.isEmpty() ? "" : "; unexpected " + list(unexpected)));
            });
    expect.facts().forEach((code, facts) -> factMismatches(code, facts, decision, mismatches));
    for (String rule : expect.fired()) {
      if (!ruleIds.isEmpty() && !ruleIds.contains(rule)) {
        mismatches.add("fired: the policy has no rule " + rule);
      } else if (!decision.firedRules().contains(rule)) {
        mismatches.add("rule " + rule + " did not fire");
      }
    }
  }

  /** One line when no finding of {@code code} carries every expected fact as its canonical text. */
  private static void factMismatches(
      FindingCode code, Map<String, String> expected, Decision decision, List<String> mismatches) {
    List<Map<String, String>> raised =
        decision.findings().stream().filter(finding -> finding.code() == code).map(Finding::factTexts).toList();
    if (raised.isEmpty()) {
      mismatches.add(code + " is absent, expected with facts " + expected);
    } else if (raised.stream().noneMatch(facts -> facts.entrySet().containsAll(expected.entrySet()))) {
      Map<String, String> actual = raised.get(0);
      List<String> differences = new ArrayList<>();
      expected.forEach((name, text) -> {
        if (!actual.containsKey(name)) {
          differences.add(name + " is not a fact of it (it has " + (actual.isEmpty() ? "none" : String.join(", ", actual.keySet())) + ")");
        } else if (!actual.get(name).equals(text)) {
          differences.add(name + " is '" + actual.get(name) + "', expected '" + text + "'");
        }
      });
      mismatches.add(code + " facts differ: " + String.join("; ", differences));
    }
  }

  static String list(Collection<?> items) {
    return items.isEmpty() ? "none" : items.stream().map(String::valueOf).reduce((a, b) -> a + ", " + b).orElse("");
  }

  private static String problems(Evaluation.Rejected rejected) {
    return rejected.error().problems().stream().map(Object::toString).reduce((a, b) -> a + "; " + b).orElse("");
  }
}
