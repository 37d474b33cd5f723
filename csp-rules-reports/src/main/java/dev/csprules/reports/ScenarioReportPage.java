package dev.csprules.reports;

import java.util.List;

/**
 * What the scenario report shows, ready for its template.
 *
 * @param coverage {@code 40 of 41 rules fired (97.5%)}
 */
public record ScenarioReportPage(
    String policyVersion,
    List<EditionRow> editions,
    long passed,
    long failed,
    long skipped,
    String coverage,
    int scenariosCounted,
    List<RuleRow> rules,
    List<ScenarioRow> scenarios) {

  public ScenarioReportPage {
    editions = List.copyOf(editions);
    rules = List.copyOf(rules);
    scenarios = List.copyOf(scenarios);
  }

  /** The scenarios that failed, for the links at the top of the page. */
  public List<ScenarioRow> failures() {
    return scenarios.stream().filter(scenario -> scenario.status().equals("FAILED")).toList();
  }

  public long neverFired() {
    return rules.stream().filter(rule -> rule.firedBy().isEmpty()).count();
  }

  /** An edition and the day it came into force. */
  public record EditionRow(String id, String inForceFrom, String source) {}

  /** A rule of the policy and the scenarios that fired it. */
  public record RuleRow(
      String id, String title, String code, String severity, String from, String until, List<ScenarioRef> firedBy) {
    public RuleRow {
      firedBy = List.copyOf(firedBy);
    }
  }

  /**
   * One scenario and how it went.
   *
   * @param status {@code PASSED}, {@code FAILED} or {@code SKIPPED}
   * @param skipReason blank unless skipped
   * @param codes the finding codes of the decision; empty when none was taken
   */
  public record ScenarioRow(
      String anchor,
      String name,
      String status,
      String location,
      String asOf,
      String description,
      String skipReason,
      String expected,
      String actual,
      List<String> mismatches,
      List<String> codes,
      List<FindingRow> findings) {
    public ScenarioRow {
      mismatches = List.copyOf(mismatches);
      codes = List.copyOf(codes);
      findings = List.copyOf(findings);
    }
  }

  /** A finding in both languages, with the rule that raised it and what it cites. */
  public record FindingRow(
      String severity, String code, String ruleId, String citations, String english, String japanese, String facts) {}
}
