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
    List<String> lines = new ArrayList<>();
    lines.add(entry.name() + "  (" + entry.location().fileAndLine() + ")");
    lines.add(
        "  outcome: " + decision.outcome() + "  ("
            + (decision.kind() == DecisionKind.ENROLLMENT ? "application " : "order ") + decision.requestId()
            + ", as of " + decision.asOf() + ", editions " + String.join(" + ", decision.editions()) + ")");
    if (decision.findings().isEmpty()) {
      lines.add("  findings: none");
    } else {
      lines.add("  findings:");
      decision.findings().forEach(finding -> lines.add(FindingText.describe(finding, language, "    ")));
    }
    lines.add("  rules fired: " + (decision.firedRules().isEmpty() ? "none" : String.join(", ", decision.firedRules())));
    lines.add("  policy version: " + decision.policyVersion());
    return String.join("\n", lines);
  }
}
