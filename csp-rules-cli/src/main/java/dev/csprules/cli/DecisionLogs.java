package dev.csprules.cli;

import dev.csprules.json.JsonLinesDecisionLog;
import java.nio.file.Files;
import java.nio.file.Path;

/** Where the command line keeps decision logs and their policy archive. */
final class DecisionLogs {
  private DecisionLogs() {}

  /** policy-archive beside the log, so a log and the policies it names travel together. */
  static Path defaultArchive(Path log) {
    Path folder = log.toAbsolutePath().getParent();
    return folder.resolve("policy-archive");
  }

  /**
   * The log, appended to. The command line waits for the disk rather than drop a record: it
   * decides a few requests, and an audit log of them should be whole.
   */
  static JsonLinesDecisionLog open(Path log) {
    if (Files.isDirectory(log)) {
      throw new BadInputException("--decision-log: " + log + " is a folder; give a file");
    }
    return JsonLinesDecisionLog.to(log).whenFull(JsonLinesDecisionLog.WhenFull.BLOCK).build();
  }
}
