package dev.csprules.cli;

import dev.csprules.api.PolicyEngine;
import dev.csprules.testkit.Scenario;
import dev.csprules.testkit.ScenarioFile;
import dev.csprules.testkit.ScenarioReader;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The scenarios a command runs: every one under the paths, or those --run picks by name. */
final class ScenarioSelection {
  @Parameters(paramLabel = "PATH", arity = "1..*", description = "Scenario files, or folders to search for them.")
  List<Path> paths;

  @Option(
      names = "--run",
      paramLabel = "REGEX",
      description = "Run only the scenarios whose name contains a match for REGEX.")
  Optional<String> run = Optional.empty();

  /**
   * @param engine names, with a file's own problems, what is wrong with a request the file could
   *     not give cleanly
   * @throws dev.csprules.testkit.ScenarioFileException naming every problem in every file
   */
  List<Scenario> scenarios(PolicyEngine engine) {
    List<Scenario> all =
        ScenarioReader.readAll(paths, engine).stream().flatMap((ScenarioFile file) -> file.scenarios().stream()).toList();
    if (run.isEmpty()) {
      return all;
    }
    Pattern pattern;
    try {
      pattern = Pattern.compile(run.get());
    } catch (PatternSyntaxException e) {
      throw new BadInputException("--run: not a regular expression: " + e.getDescription());
    }
    List<Scenario> picked = all.stream().filter(scenario -> pattern.matcher(scenario.name()).find()).toList();
    if (picked.isEmpty()) {
      throw new BadInputException("--run: no scenario name matches '" + run.get() + "'");
    }
    return picked;
  }
}
