package dev.csprules.cli;

import dev.csprules.api.Decision;
import dev.csprules.api.DecisionKind;
import dev.csprules.testkit.FindingText;
import dev.csprules.testkit.Language;
import dev.csprules.testkit.RequestEntry;
import java.util.ArrayList;
import java.util.List;

/** A decision as a person reads it at a terminal. */
final class DecisionText {
  private DecisionText() {}

  static String describe(RequestEntry entry, Decision decision, Language language) {
    List<String> lines = new ArrayList<>(summary(entry, decision));
    if (decision.findings().isEmpty()) {
      lines.add("  findings: none");
    } else {
      lines.add("  findings:");
      decision.findings().forEach(finding -> lines.add(FindingText.describe(finding, language, "    ")));
    }
    lines.addAll(trailer(decision));
    return String.join("\n", lines);
  }

  /** The request's name and where it is, and the outcome with what it was decided under. */
  static List<String> summary(RequestEntry entry, Decision decision) {
    return List.of(
        entry.name() + "  (" + entry.location().fileAndLine() + ")",
        "  outcome: " + decision.outcome() + "  ("
            + (decision.kind() == DecisionKind.ENROLLMENT ? "application " : "order ") + decision.requestId()
            + ", as of " + decision.asOf() + ", editions " + String.join(" + ", decision.editions()) + ")");
  }

  /** The rules that fired and the policy version. */
  static List<String> trailer(Decision decision) {
    return List.of(
        "  rules fired: " + (decision.firedRules().isEmpty() ? "none" : String.join(", ", decision.firedRules())),
        "  policy version: " + decision.policyVersion());
  }
}
