package dev.csprules.cli;

import dev.csprules.drools.DroolsPolicyEngine;
import dev.csprules.reports.PolicyBook;
import dev.csprules.testkit.ScenarioFile;
import dev.csprules.testkit.ScenarioReader;
import dev.csprules.testkit.ScenarioRunner;
import dev.csprules.testkit.SuiteResult;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
    name = "book",
    description = {
      "Writes the policy book as one self-contained HTML page: per edition, every rule in force with the seed"
          + " sentences it cites in English and Japanese and its DRL; the reference data; and what each --policy"
          + " folder adds, replaces and disables. With --scenarios, each rule lists the scenarios that fire it."
    },
    mixinStandardHelpOptions = true,
    sortOptions = false)
final class BookCommand implements Callable<Integer> {
  @Option(names = HtmlFile.OPTION, paramLabel = "FILE", required = true, description = "Write the book to FILE.")
  Path html;

  @Option(
      names = "--scenarios",
      paramLabel = "PATH",
      description = "Run the scenarios in these files or folders (repeatable) and list under each rule those that fire it.")
  List<Path> scenarios = new ArrayList<>();

  @Mixin CommonOptions common;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    DroolsPolicyEngine engine = common.engine();
    Optional<SuiteResult> suite = scenarios.isEmpty() ? Optional.empty() : Optional.of(runScenarios(engine));
    HtmlFile.write(html, PolicyBook.html(engine.contents(), suite));
    spec.commandLine().getOut().println(
        "policy book of " + engine.rules().size() + " rules written to " + html
            + suite.map(run -> " (scenarios: " + run.summary() + ")").orElse(""));
    spec.commandLine().getOut().flush();
    return ExitCode.OK;
  }

  /** @throws dev.csprules.testkit.ScenarioFileException naming every problem in every file */
  private SuiteResult runScenarios(DroolsPolicyEngine engine) {
    return ScenarioRunner.of(engine)
        .run(ScenarioReader.readAll(scenarios, engine).stream().flatMap((ScenarioFile file) -> file.scenarios().stream()).toList());
  }
}
