package dev.csprules.cli;

import dev.csprules.drools.DroolsPolicyEngine;
import dev.csprules.reports.ScenarioReport;
import dev.csprules.testkit.FailureReport;
import dev.csprules.testkit.Scenario;
import dev.csprules.testkit.ScenarioResult;
import dev.csprules.testkit.ScenarioRunner;
import dev.csprules.testkit.SuiteResult;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
    name = "test",
    description = {
      "Runs every scenario in the files and folders (folders are searched for .yaml, .yml and .json files) and"
          + " prints each failure: the scenario, file:line, what was expected, what happened, and the findings.",
      "The last line is 'N passed, N failed' (', N skipped' when any was). Exit status 0 when nothing failed, 1 when"
          + " a scenario failed, 2 when a file has problems."
    },
    mixinStandardHelpOptions = true,
    sortOptions = false)
final class TestCommand implements Callable<Integer> {
  @Mixin ScenarioSelection selection;

  @Option(names = "--junit-xml", paramLabel = "FILE", description = "Also write the results as a JUnit XML report.")
  Optional<Path> junitXml = Optional.empty();

  @Option(
      names = HtmlFile.OPTION,
      paramLabel = "FILE",
      description = "Also write the results as one self-contained HTML page: counts, rule coverage, every scenario.")
  Optional<Path> html = Optional.empty();

  @Mixin LanguageOption lang;

  @Mixin CommonOptions common;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    DroolsPolicyEngine engine = common.engine();
    List<Scenario> scenarios = selection.scenarios(engine);
    SuiteResult suite = ScenarioRunner.of(engine).run(scenarios);
    PrintWriter out = spec.commandLine().getOut();
    for (ScenarioResult failure : suite.failures()) {
      out.println(FailureReport.describe(failure, lang.language));
      out.println();
    }
    suite.results().stream()
        .filter(result -> result.status() == ScenarioResult.Status.SKIPPED)
        .forEach(
            result ->
                out.println(
                    "SKIPPED " + result.scenario().name() + " (" + result.scenario().location().fileAndLine() + "): "
                        + result.scenario().skip().orElse("")));
    junitXml.ifPresent(file -> JUnitXmlReport.write(suite, file, lang.language));
    html.ifPresent(file -> HtmlFile.write(file, ScenarioReport.html(engine.contents(), suite)));
    out.println(suite.summary());
    out.flush();
    return suite.failed() > 0 ? ExitCode.FAILED : ExitCode.OK;
  }
}
