package dev.csprules.cli;

import dev.csprules.drools.DroolsPolicyEngine;
import dev.csprules.drools.PolicyRule;
import dev.csprules.testkit.CoverageReport;
import dev.csprules.testkit.RuleCoverage;
import dev.csprules.testkit.ScenarioRunner;
import dev.csprules.testkit.SuiteResult;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(
    name = "coverage",
    description = {
      "Runs the scenarios and reports, for every rule of the policy (derivations included), in how many scenarios"
          + " it fired, then the rules that never fired. Bad-input scenarios do not count.",
      "With --min, exits 1 when fewer than PERCENT of the rules fired."
    },
    mixinStandardHelpOptions = true,
    sortOptions = false)
final class CoverageCommand implements Callable<Integer> {
  @Mixin ScenarioSelection selection;

  @Option(names = "--min", paramLabel = "PERCENT", description = "Fail unless at least PERCENT (0 to 100) of the rules fired.")
  Optional<BigDecimal> minimum = Optional.empty();

  @Mixin CommonOptions common;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    minimum
        .filter(percent -> percent.signum() < 0 || percent.compareTo(BigDecimal.valueOf(100)) > 0)
        .ifPresent(
            percent -> {
              throw new ParameterException(spec.commandLine(), "--min must be between 0 and 100, was " + percent);
            });
    DroolsPolicyEngine engine = common.engine();
    SuiteResult suite = ScenarioRunner.of(engine).run(selection.scenarios(engine));
    CoverageReport coverage = CoverageReport.of(engine.rules(), suite);
    PrintWriter out = spec.commandLine().getOut();
    out.println(String.format(Locale.ROOT, "%-9s %9s  %-40s %s", "rule", "scenarios", "finding code", "title"));
    coverage.rules().forEach(rule -> out.println(row(rule)));
    List<PolicyRule> neverFired = coverage.neverFired();
    out.println();
    out.println("never fired: " + (neverFired.isEmpty() ? "none" : neverFired.size()));
    neverFired.forEach(rule -> out.println("  " + rule.id() + "  " + rule.title() + "  (in force " + inForce(rule) + ")"));
    if (suite.failed() > 0) {
      out.println();
      out.println("note: " + suite.failed() + " scenario(s) failed; csp-rules test shows why");
    }
    out.println(coverage.summary() + " in " + coverage.scenariosCounted() + " scenarios");
    out.flush();
    if (minimum.isPresent() && !coverage.meets(minimum.get())) {
      spec.commandLine().getErr().println(
          "csp-rules: rule coverage " + coverage.percent().toPlainString() + "% is below the minimum "
              + minimum.get().toPlainString() + "%");
      return ExitCode.FAILED;
    }
    return ExitCode.OK;
  }

  private static String row(RuleCoverage coverage) {
    PolicyRule rule = coverage.rule();
    return String.format(
        Locale.ROOT,
        "%-9s %9d  %-40s %s",
        rule.id(),
        coverage.scenarios(),
        rule.code().map(Enum::name).orElse("(derivation)"),
        rule.title());
  }

  private static String inForce(PolicyRule rule) {
    return rule.firstDayInForce() + rule.lastDayInForce().map(last -> " to " + last).orElse(" on");
  }
}
