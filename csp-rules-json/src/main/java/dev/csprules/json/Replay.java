package dev.csprules.json;

import dev.csprules.api.Decision;
import dev.csprules.api.PolicyEngine;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * A logged decision taken again: its masked request decided by an engine on the logged as-of
 * date, and what came out differently. Under the policy the record names, nothing should; under
 * another, the difference is what the change of policy would have done to that decision.
 */
public final class Replay {
  private Replay() {}

  /**
   * What changed when {@code engine} decided the logged request again: empty when the outcome and
   * every finding (code, severity, rule, citations, facts) are as logged.
   */
  public static Optional<Change> of(LoggedDecision logged, PolicyEngine engine) {
    Decision now;
    try {
      now = engine.evaluate(logged.maskedRequest(), logged.asOf());
    } catch (IllegalArgumentException e) {
      // Bad input (InvalidRequestException) under this policy, or a record whose request is not one.
      String reason = e.getMessage().lines().findFirst().orElse("");
      return Optional.of(new Change(logged, "not decided: " + reason, logged.findings(), List.of()));
    }
    List<LoggedFinding> findings = now.findings().stream().map(LoggedFinding::of).toList();
    List<LoggedFinding> gone = minus(logged.findings(), findings);
    List<LoggedFinding> added = minus(findings, logged.findings());
    if (now.outcome() == logged.outcome() && gone.isEmpty() && added.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new Change(logged, now.outcome().name(), gone, added));
  }

  /** {@code from} without one of each of {@code these}: a difference of lists that keeps repeats. */
  private static List<LoggedFinding> minus(List<LoggedFinding> from, List<LoggedFinding> these) {
    List<LoggedFinding> rest = new ArrayList<>(from);
    these.forEach(rest::remove);
    return rest;
  }

  /**
   * How a replayed decision differs from its record.
   *
   * @param outcome the outcome now, or why the request was not decided
   * @param gone findings logged and not raised now
   * @param added findings raised now and not logged
   */
  public record Change(LoggedDecision logged, String outcome, List<LoggedFinding> gone, List<LoggedFinding> added) {
    public Change {
      gone = List.copyOf(gone);
      added = List.copyOf(added);
    }

    /** The rules behind the findings that came or went, by id. */
    public List<String> rules() {
      return List.copyOf(
          new TreeSet<>(Stream.concat(gone.stream(), added.stream()).map(LoggedFinding::ruleId).toList()));
    }

    /**
     * One line for people: {@code app-7 (decision 3f2...): INELIGIBLE -> REFER; rules ENR-150;
     * - ENR-150 DIRECT_BILL_REVENUE_BELOW_THRESHOLD; + ...}.
     */
    public String describe() {
      StringBuilder line =
          new StringBuilder(logged.requestId())
              .append(" (decision ").append(logged.decisionId()).append(", as of ").append(logged.asOf()).append("): ")
              .append(logged.outcome()).append(" -> ").append(outcome);
      if (!rules().isEmpty()) {
        line.append("; rules ").append(String.join(", ", rules()));
      }
      gone.forEach(finding -> line.append("; - ").append(describe(finding)));
      added.forEach(finding -> line.append("; + ").append(describe(finding)));
      return line.toString();
    }

    private static String describe(LoggedFinding finding) {
      Map<String, String> facts = new TreeMap<>();
      finding.facts().forEach((name, value) -> facts.put(name, value.text()));
      return finding.ruleId() + " " + finding.code() + (facts.isEmpty() ? "" : " " + facts);
    }
  }
}
