package dev.csprules.samples;

import dev.csprules.api.EnrollmentApplication;
import dev.csprules.api.fact.CspModel;
import dev.csprules.api.fact.Partner;
import dev.csprules.drools.DroolsPolicyEngine;
import dev.csprules.json.DecisionLogFile;
import dev.csprules.json.JsonLinesDecisionLog;
import dev.csprules.json.LoggedDecision;
import dev.csprules.json.Replay;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A decision log for audits, and replay: decides an application and an order with every decision
 * written, its personal data masked, to a JSON Lines file, and the policy kept in an archive
 * beside it; then reads the log back and decides each record again under the policy version it
 * names. The files go to the folder given, or to a new scratch folder.
 */
public final class DecisionLogSample {
  private DecisionLogSample() {}

  public static void main(String[] args) throws IOException {
    Path folder = args.length > 0 ? Path.of(args[0]) : Files.createTempDirectory("csp-rules-decisions-");
    Path logFile = folder.resolve("decisions.jsonl");
    Path archive = folder.resolve("policy-archive");
    PrintStream out = System.out;
    LocalDate asOf = LocalDate.of(2020, 11, 15);

    // The log belongs to the application: closed after the engine, it writes what is still queued.
    try (JsonLinesDecisionLog log = JsonLinesDecisionLog.to(logFile).build();
        DroolsPolicyEngine engine = DroolsPolicyEngine.builder().decisionLog(log).policyArchive(archive).build()) {
      Partner partner = EvaluateSample.fabrikam();
      engine.evaluate(new EnrollmentApplication("application-42", partner, CspModel.DIRECT_BILL, "JP"), asOf);
      engine.evaluate(EvaluateSample.order(partner), asOf);
    }
    out.printf("logged to %s%n", logFile);

    // Months later: each record decided again under its own policy, one engine per version.
    Map<String, List<LoggedDecision>> byVersion =
        DecisionLogFile.read(logFile).records().stream().collect(Collectors.groupingBy(LoggedDecision::policyVersion));
    for (Map.Entry<String, List<LoggedDecision>> version : byVersion.entrySet()) {
      try (DroolsPolicyEngine original =
          DroolsPolicyEngine.builder().archivedPolicy(archive, version.getKey()).build()) {
        for (LoggedDecision record : version.getValue()) {
          out.printf(
              "%s %s: %s under policy %s, masked %s%n",
              record.requestKind(), record.requestId(), record.outcome(), record.policyVersion(), record.masked());
          out.printf("  replayed: %s%n", Replay.of(record, original).map(Replay.Change::describe).orElse("reproduced"));
        }
      }
    }
  }
}
