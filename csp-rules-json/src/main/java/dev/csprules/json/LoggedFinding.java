package dev.csprules.json;

import dev.csprules.api.FactValue;
import dev.csprules.api.Finding;
import dev.csprules.api.FindingCode;
import dev.csprules.api.Severity;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A finding as the decision log keeps it: what replay compares. The messages are left out; they
 * are the code's text filled with the facts. The facts keep their kinds ({@link FactJson}), so a
 * finding read back from the log equals the one the engine raised.
 */
public record LoggedFinding(
    FindingCode code, Severity severity, String ruleId, List<String> citations, Map<String, FactValue> facts) {
  public LoggedFinding {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(ruleId, "ruleId");
    citations = List.copyOf(citations);
    facts = Map.copyOf(facts);
  }

  public static LoggedFinding of(Finding finding) {
    return new LoggedFinding(finding.code(), finding.severity(), finding.ruleId(), finding.citations(), finding.facts());
  }
}
