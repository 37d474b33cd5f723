package dev.csprules.cli;

import dev.csprules.api.Decision;
import dev.csprules.api.Finding;
import dev.csprules.api.InvalidRequestException;
import dev.csprules.api.PolicyEngine;
import dev.csprules.testkit.Scenario;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
    name = "diff",
    description = {
      "Replays the scenarios under two policies, or as of two dates, and lists every scenario whose outcome or"
          + " findings flip, with the rules responsible.",
      "Two dates: --as-of A --as-of B (both under the --policy folders, if any). Two policies: --policy-a DIR and/or"
          + " --policy-b DIR (a side with none is the built-in policy), each scenario at its own as-of date.",
      "The last line is 'N of M scenarios flip'. Exit status 0, whatever flips; 2 for bad input."
    },
    mixinStandardHelpOptions = true,
    sortOptions = false)
final class DiffCommand implements Callable<Integer> {
  @Mixin ScenarioSelection selection;

  @Option(names = "--as-of", paramLabel = "DATE", description = "Give twice: the dates to compare.")
  List<LocalDate> dates = new ArrayList<>();

  @Option(names = "--policy-a", paramLabel = "DIR", description = "Policy folder(s) of side A (repeat for more).")
  List<Path> policyA = new ArrayList<>();

  @Option(names = "--policy-b", paramLabel = "DIR", description = "Policy folder(s) of side B (repeat for more).")
  List<Path> policyB = new ArrayList<>();

  @Mixin CommonOptions common;

  @Spec CommandSpec spec;

  /** One side of the comparison: an engine, and the date to decide on (or each scenario's own). */
  private record Side(String label, PolicyEngine engine, List<LocalDate> date) {
    LocalDate dateFor(Scenario scenario) {
      return date.isEmpty() ? scenario.asOf() : date.get(0);
    }
  }

  @Override
  public Integer call() {
    boolean byDate = dates.size() == 2;
    boolean byPolicy = !policyA.isEmpty() || !policyB.isEmpty();
    if (byDate == byPolicy || (!byDate && !dates.isEmpty())) {
      throw new BadInputException("diff: give either --as-of A --as-of B, or --policy-a/--policy-b folders");
    }
    Side a;
    Side b;
    if (byDate) {
      a = new Side("A (as of " + dates.get(0) + ")", common.engine(), List.of(dates.get(0)));
      b = new Side("B (as of " + dates.get(1) + ")", common.engine(), List.of(dates.get(1)));
    } else {
      a = new Side("A (" + describe(policyA) + ")", common.engine(withCommon(policyA)), List.of());
      b = new Side("B (" + describe(policyB) + ")", common.engine(withCommon(policyB)), List.of());
    }
    List<Scenario> scenarios = selection.scenarios(a.engine());
    PrintWriter out = spec.commandLine().getOut();
    int flips = 0;
    for (Scenario scenario : scenarios) {
      Result left = decide(a, scenario);
      Result right = decide(b, scenario);
      if (!left.comparable().equals(right.comparable())) {
        flips++;
        out.println(scenario.name() + "  (" + scenario.location().fileAndLine() + ")");
        out.println("  " + a.label() + ": " + left.summary());
        out.println("  " + b.label() + ": " + right.summary());
        out.println("  rules responsible: " + String.join(", ", responsible(left, right)));
        out.println();
      }
    }
    out.println(flips + " of " + scenarios.size() + " scenarios flip");
    out.flush();
    return ExitCode.OK;
  }

  private List<Path> withCommon(List<Path> side) {
    List<Path> folders = new ArrayList<>(common.policyFolders);
    folders.addAll(side);
    return folders;
  }

  private static String describe(List<Path> folders) {
    return folders.isEmpty() ? "built-in policy" : "policy " + String.join(" + ", folders.stream().map(Path::toString).toList());
  }

  /** A decision, or the bad-input error the engine gave instead. */
  private record Result(Decision decision, String error) {
    /** What a flip is judged on: the outcome and each finding's code and severity. */
    String comparable() {
      if (decision == null) {
        return "error: " + error;
      }
      return decision.outcome() + " " + decision.findings().stream().map(f -> f.code() + "/" + f.severity()).sorted().toList();
    }

    String summary() {
      if (decision == null) {
        return "not evaluated: " + error.lines().findFirst().orElse("");
      }
      return decision.outcome() + "  [" + String.join(", ", decision.findings().stream().map(f -> f.code().name()).toList()) + "]";
    }

    Set<String> findingRules() {
      Set<String> rules = new LinkedHashSet<>();
      if (decision != null) {
        for (Finding finding : decision.findings()) {
          rules.add(finding.ruleId() + " " + finding.code() + " " + finding.severity());
        }
      }
      return rules;
    }
  }

  private static Result decide(Side side, Scenario scenario) {
    try {
      return new Result(side.engine().evaluate(scenario.request(), side.dateFor(scenario)), null);
    } catch (InvalidRequestException e) {
      return new Result(null, e.getMessage());
    }
  }

  /** Findings only A has (-) and only B has (+), by rule: the rules whose firing made the flip. */
  private static List<String> responsible(Result a, Result b) {
    List<String> rules = new ArrayList<>();
    for (String onlyA : a.findingRules()) {
      if (!b.findingRules().contains(onlyA)) {
        rules.add("-" + onlyA.split(" ")[0] + " (" + onlyA.substring(onlyA.indexOf(' ') + 1) + ")");
      }
    }
    for (String onlyB : b.findingRules()) {
      if (!a.findingRules().contains(onlyB)) {
        rules.add("+" + onlyB.split(" ")[0] + " (" + onlyB.substring(onlyB.indexOf(' ') + 1) + ")");
      }
    }
    return rules.isEmpty() ? List.of("none (the request was refused as bad input on one side)") : rules;
  }
}
