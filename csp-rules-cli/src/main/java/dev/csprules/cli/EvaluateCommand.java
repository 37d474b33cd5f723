package dev.csprules.cli;

import dev.csprules.api.Decision;
import dev.csprules.api.InvalidRequestException;
import dev.csprules.drools.DroolsPolicyEngine;
import dev.csprules.testkit.RequestEntry;
import dev.csprules.testkit.ScenarioFileException;
import dev.csprules.testkit.ScenarioProblem;
import dev.csprules.testkit.ScenarioReader;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
    name = "evaluate",
    description = {
      "Evaluates the requests in each FILE and prints each decision: the outcome, and every finding with its"
          + " severity, rule, citations, message and facts.",
      "FILE is a request file (one application: or order:, with an optional asOf:) or a scenario file"
          + " (each scenario's request at its asOf). See docs/cli.md."
    },
    mixinStandardHelpOptions = true,
    sortOptions = false)
final class EvaluateCommand implements Callable<Integer> {
  @Parameters(paramLabel = "FILE", arity = "1..*", description = "Request or scenario files (YAML or JSON).")
  List<Path> files;

  @Option(names = "--as-of", paramLabel = "DATE", description = "Decide as of this day (YYYY-MM-DD), whatever the file says.")
  Optional<LocalDate> asOf = Optional.empty();

  @Option(names = "--json", description = "Print the decision as JSON (an array when there are several).")
  boolean json;

  @Mixin LanguageOption lang;

  @Mixin CommonOptions common;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    List<RequestEntry> entries = read();
    DroolsPolicyEngine engine = common.engine();
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    List<Decision> decisions = new ArrayList<>();
    List<String> texts = new ArrayList<>();
    int rejected = 0;
    for (RequestEntry entry : entries) {
      try {
        Decision decision = engine.evaluate(entry.request(), dateFor(entry));
        decisions.add(decision);
        texts.add(DecisionText.describe(entry, decision, lang.language));
      } catch (InvalidRequestException e) {
        rejected++;
        err.println("csp-rules: " + entry.location().fileAndLine() + ": '" + entry.name() + "' was not evaluated: " + e.getMessage());
      }
    }
    if (json) {
      if (!decisions.isEmpty()) {
        DecisionJson.write(decisions, out);
      }
    } else {
      out.println(String.join("\n\n", texts));
    }
    out.flush();
    return rejected > 0 ? ExitCode.BAD_INPUT : ExitCode.OK;
  }

  /** Every file's requests; the problems of all files together when any has one. */
  private List<RequestEntry> read() {
    List<RequestEntry> entries = new ArrayList<>();
    List<ScenarioProblem> problems = new ArrayList<>();
    for (Path file : files) {
      try {
        entries.addAll(ScenarioReader.readRequests(file));
      } catch (ScenarioFileException e) {
        problems.addAll(e.problems());
      }
    }
    if (!problems.isEmpty()) {
      throw new ScenarioFileException(problems);
    }
    List<String> undated =
        entries.stream()
            .filter(entry -> asOf.isEmpty() && entry.asOf().isEmpty())
            .map(entry -> entry.location().fileAndLine())
            .toList();
    if (!undated.isEmpty()) {
      throw new BadInputException(
          "no as-of date for the request at " + String.join(", ", undated) + ": give asOf in the file or --as-of DATE");
    }
    return entries;
  }

  private LocalDate dateFor(RequestEntry entry) {
    return asOf.or(entry::asOf).orElseThrow();
  }
}
