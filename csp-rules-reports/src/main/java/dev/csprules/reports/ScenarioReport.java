package dev.csprules.reports;

import dev.csprules.api.Finding;
import dev.csprules.drools.PolicyContents;
import dev.csprules.drools.PolicyRule;
import dev.csprules.reports.ScenarioReportPage.EditionRow;
import dev.csprules.reports.ScenarioReportPage.FindingRow;
import dev.csprules.reports.ScenarioReportPage.RuleRow;
import dev.csprules.reports.ScenarioReportPage.ScenarioRow;
import dev.csprules.testkit.CoverageReport;
import dev.csprules.testkit.FailureReport;
import dev.csprules.testkit.FindingText;
import dev.csprules.testkit.ScenarioResult;
import dev.csprules.testkit.SuiteResult;
import java.util.ArrayList;
import java.util.List;

/**
 * A scenario run as one self-contained HTML page: the policy and the counts, every rule with the
 * scenarios that fired it (never-fired rules marked), and every scenario with its expectation,
 * its result and its findings in English and Japanese.
 */
public final class ScenarioReport {
  private ScenarioReport() {}

  public static String html(PolicyContents policy, SuiteResult suite) {
    return Templates.render("scenario-report.jte", page(policy, suite));
  }

  static ScenarioReportPage page(PolicyContents policy, SuiteResult suite) {
    List<PolicyRule> rules = policy.rules().stream().map(PolicyContents.RuleSource::rule).toList();
    CoverageReport coverage = CoverageReport.of(rules, suite);
    RuleFirings firings = new RuleFirings(suite);
    List<ScenarioRow> scenarios = new ArrayList<>();
    for (int i = 0; i < suite.results().size(); i++) {
      scenarios.add(scenario(suite.results().get(i), i));
    }
    return new ScenarioReportPage(
        policy.version(),
        policy.editions().stream()
            .map(edition -> new EditionRow(edition.id(), edition.inForceFrom().toString(), edition.source()))
            .toList(),
        suite.passed(),
        suite.failed(),
        suite.skipped(),
        coverage.summary(),
        coverage.scenariosCounted(),
        coverage.rules().stream().map(rule -> rule(rule.rule(), firings)).toList(),
        scenarios);
  }

  private static RuleRow rule(PolicyRule rule, RuleFirings firings) {
    return new RuleRow(
        rule.id(),
        rule.title(),
        rule.code().map(Enum::name).orElse("(derivation)"),
        rule.severity().map(Enum::name).orElse(""),
        rule.firstDayInForce().toString(),
        Dates.until(rule),
        firings.of(rule.id()));
  }

  private static ScenarioRow scenario(ScenarioResult result, int index) {
    ScenarioRef ref = RuleFirings.ref(result, index);
    List<Finding> findings = result.decision().map(decision -> decision.findings()).orElse(List.of());
    return new ScenarioRow(
        ref.anchor(),
        ref.name(),
        result.status().name(),
        ref.location(),
        result.scenario().asOf().toString(),
        result.scenario().description().strip(),
        result.scenario().skip().orElse(""),
        FailureReport.expected(result.scenario().expect()),
        FailureReport.actual(result.evaluation()),
        result.mismatches(),
        findings.stream().map(finding -> finding.code().name()).distinct().toList(),
        findings.stream().map(ScenarioReport::finding).toList());
  }

  private static FindingRow finding(Finding finding) {
    return new FindingRow(
        finding.severity().name(),
        finding.code().name(),
        finding.ruleId(),
        String.join(", ", finding.citations()),
        finding.messageEn(),
        finding.messageJa(),
        FindingText.facts(finding));
  }
}
