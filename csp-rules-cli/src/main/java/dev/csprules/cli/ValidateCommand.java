package dev.csprules.cli;

import dev.csprules.drools.DroolsPolicyEngine;
import dev.csprules.drools.PolicyRule;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
    name = "validate",
    description = {
      "Loads the built-in policy with each policy folder DIR layered over it, in order, and checks it as the engine"
          + " does before it decides anything: data files, the rule language over every rule file, compile errors and"
          + " lint (codes, citations, editions, rules that can never fire).",
      "Prints every problem as file:line: message and exits 2, or prints what loaded and exits 0."
    },
    mixinStandardHelpOptions = true,
    sortOptions = false)
final class ValidateCommand implements Callable<Integer> {
  @Parameters(paramLabel = "DIR", arity = "0..*", description = "Policy folders; none checks the built-in policy alone.")
  List<Path> folders = new ArrayList<>();

  @Mixin CommonOptions common;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    List<Path> layers = new ArrayList<>(common.policyFolders);
    layers.addAll(folders);
    DroolsPolicyEngine engine = common.engine(layers);
    List<PolicyRule> rules = engine.rules();
    PrintWriter out = spec.commandLine().getOut();
    out.println(
        "policy OK: " + rules.size() + " rules ("
            + rules.stream().filter(rule -> rule.code().isPresent()).count() + " raise findings), editions "
            + String.join(", ", rules.stream().map(PolicyRule::edition).distinct().sorted().toList())
            + ", version " + engine.policyVersion());
    layers.forEach(folder -> out.println("  layered: " + folder));
    out.flush();
    return ExitCode.OK;
  }
}
