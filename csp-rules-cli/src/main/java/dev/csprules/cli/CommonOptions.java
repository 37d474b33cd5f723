package dev.csprules.cli;

import dev.csprules.drools.DroolsPolicyEngine;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Option;

/** Options every command takes: which policy to decide with, and how much to say. */
final class CommonOptions {
  static final String VERBOSE = "--verbose";

  @Option(
      names = "--markets",
      paramLabel = "FILE",
      description = "Use this markets table (same columns as the built-in markets.csv) instead of the built-in one.")
  Optional<Path> markets = Optional.empty();

  @Option(
      names = "--parameters",
      paramLabel = "FILE",
      description = "Use these policy parameters (same keys as the built-in parameters.properties).")
  Optional<Path> parameters = Optional.empty();

  @Option(
      names = "--policy",
      paramLabel = "DIR",
      description = "Layer this policy folder over the built-in policy (repeat for more, in order). See docs/authoring.md.")
  List<Path> policyFolders = new ArrayList<>();

  @Option(
      names = {"-v", VERBOSE},
      description = "Show the engine's log and the stack trace of any error.")
  boolean verbose;

  /** Builds the engine (this compiles the rules: a few seconds); the built-in one once per JVM. */
  DroolsPolicyEngine engine() {
    return engine(policyFolders);
  }

  /** The engine of the data files these options name, with these policy folders over it. */
  DroolsPolicyEngine engine(List<Path> folders) {
    if (markets.isEmpty() && parameters.isEmpty() && folders.isEmpty()) {
      return BuiltIn.ENGINE;
    }
    DroolsPolicyEngine.Builder builder = DroolsPolicyEngine.builder();
    markets.ifPresent(file -> builder.marketsFile(existing(file, "--markets")));
    parameters.ifPresent(file -> builder.parametersFile(existing(file, "--parameters")));
    for (Path folder : folders) {
      if (!Files.isDirectory(folder)) {
        throw new BadInputException("--policy: no such folder: " + folder);
      }
      builder.policyFolder(folder);
    }
    return builder.build();
  }

  private static Path existing(Path file, String option) {
    if (!Files.isRegularFile(file)) {
      throw new BadInputException(option + ": no such file: " + file);
    }
    return file;
  }

  private static final class BuiltIn {
    static final DroolsPolicyEngine ENGINE = DroolsPolicyEngine.builder().build();
  }
}
