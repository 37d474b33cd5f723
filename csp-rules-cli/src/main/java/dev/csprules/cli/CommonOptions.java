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
    if (!namesAPolicy(folders)) {
      return BuiltIn.ENGINE;
    }
    return builder(folders).build();
  }

  /** True when these options change the built-in policy. */
  boolean namesAPolicy() {
    return namesAPolicy(policyFolders);
  }

  private boolean namesAPolicy(List<Path> folders) {
    return markets.isPresent() || parameters.isPresent() || !folders.isEmpty();
  }

  /** A builder of the engine these options name, for a command that adds to it (a decision log). */
  DroolsPolicyEngine.Builder builder() {
    return builder(policyFolders);
  }

  private DroolsPolicyEngine.Builder builder(List<Path> folders) {
    DroolsPolicyEngine.Builder builder = DroolsPolicyEngine.builder();
    markets.ifPresent(file -> builder.marketsFile(existing(file, "--markets")));
    parameters.ifPresent(file -> builder.parametersFile(existing(file, "--parameters")));
    for (Path folder : folders) {
      if (!Files.isDirectory(folder)) {
        throw new BadInputException("--policy: no such folder: " + folder);
      }
      builder.policyFolder(folder);
    }
    return builder;
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
