package dev.csprules.cli;

import dev.csprules.api.PolicyEngine;
import dev.csprules.drools.DroolsPolicyEngine;
import dev.csprules.json.DecisionLogFile;
import dev.csprules.json.LoggedDecision;
import dev.csprules.json.Replay;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
    name = "replay",
    description = {
      "Decides every record of each decision LOG again, its masked request on its as-of date, and lists each"
          + " record whose outcome or findings changed, with the rules responsible.",
      "Each record is decided under the policy version it names, loaded from the policy archive (--archive, by"
          + " default policy-archive beside the LOG); with --policy, --markets or --parameters, under that policy"
          + " instead: what the change would have done to these decisions. See docs/decision-log.md.",
      "The last line is 'N reproduced, N changed'. Exit status 0 when nothing changed, 1 when something did,"
          + " 2 for bad input."
    },
    mixinStandardHelpOptions = true,
    sortOptions = false)
final class ReplayCommand implements Callable<Integer> {
  @Parameters(paramLabel = "LOG", arity = "1..*", description = "Decision logs (JSON Lines), as --decision-log writes them.")
  List<Path> logs;

  @Option(names = "--archive", paramLabel = "DIR", description = "The policy archive the records' versions are loaded from.")
  Optional<Path> archive = Optional.empty();

  @Mixin CommonOptions common;

  @Spec CommandSpec spec;

  private final Map<String, PolicyEngine> enginesByVersion = new HashMap<>();

  @Override
  public Integer call() {
    if (archive.isPresent() && common.namesAPolicy()) {
      throw new BadInputException("give --archive or a policy (--policy, --markets, --parameters), not both");
    }
    List<DecisionLogFile> files = new ArrayList<>();
    for (Path log : logs) {
      if (!Files.isRegularFile(log)) {
        throw new BadInputException("no such decision log: " + log);
      }
      files.add(DecisionLogFile.read(log));
    }
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    int reproduced = 0;
    int changed = 0;
    for (DecisionLogFile file : files) {
      file.skipped().forEach(note -> err.println("csp-rules: " + note));
      for (LoggedDecision logged : file.records()) {
        Optional<Replay.Change> change = Replay.of(logged, engineFor(logged, file.path()));
        if (change.isPresent()) {
          changed++;
          out.println("changed: " + change.get().describe());
        } else {
          reproduced++;
        }
      }
    }
    out.println(reproduced + " reproduced, " + changed + " changed");
    out.flush();
    err.flush();
    return changed == 0 ? ExitCode.OK : ExitCode.FAILED;
  }

  private PolicyEngine engineFor(LoggedDecision logged, Path log) {
    if (common.namesAPolicy()) {
      return enginesByVersion.computeIfAbsent("given", version -> common.engine());
    }
    Path folder = archive.orElseGet(() -> DecisionLogs.defaultArchive(log));
    return enginesByVersion.computeIfAbsent(logged.policyVersion(), version -> archived(folder, version));
  }

  private PolicyEngine archived(Path folder, String version) {
    if (!Files.isDirectory(folder.resolve(version))) {
      DroolsPolicyEngine builtIn = common.engine();
      if (builtIn.policyVersion().equals(version)) {
        return builtIn;
      }
      throw new BadInputException(
          "policy version " + version + " is not in the archive " + folder + ": give --archive DIR, or --policy DIR to replay under another policy");
    }
    return DroolsPolicyEngine.builder().archivedPolicy(folder, version).build();
  }
}
