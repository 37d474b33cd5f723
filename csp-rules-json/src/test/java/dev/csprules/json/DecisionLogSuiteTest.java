package dev.csprules.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import dev.csprules.api.BatchResult;
import dev.csprules.api.Decision;
import dev.csprules.api.EnrollmentApplication;
import dev.csprules.api.InvalidRequestException;
import dev.csprules.api.Order;
import dev.csprules.api.PolicyRequest;
import dev.csprules.api.fact.Partner;
import dev.csprules.drools.DroolsPolicyEngine;
import dev.csprules.testkit.Scenario;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole scenario suite decided through the Java API with a JSON Lines log and a policy
 * archive: every decision is one record, every record validates against
 * docs/decision-record.schema.json, no personal data of the suite is in the log, and the masked
 * records replay to the same decisions, under the built-in engine and under the archived policy.
 */
class DecisionLogSuiteTest {
  private static final Instant NOW = Instant.parse("2026-03-01T09:30:00Z");
  private static final JsonSchema SCHEMA =
      JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
          .getSchema(readJson(Path.of("..", "docs", "decision-record.schema.json")));

  @TempDir static Path folder;
  private static List<Scenario> scenarios;
  private static List<Decision> decided;
  private static List<PolicyRequest> decidedRequests;
  private static Path logFile;
  private static Path archive;
  private static String policyVersion;
  private static int batchDecided;

  @BeforeAll
  static void decideTheSuiteWithALog() {
    scenarios = SuiteRequests.scenarios();
    logFile = folder.resolve("decisions.jsonl");
    archive = folder.resolve("policy-archive");
    decided = new ArrayList<>();
    decidedRequests = new ArrayList<>();
    try (JsonLinesDecisionLog log =
        JsonLinesDecisionLog.to(logFile).whenFull(JsonLinesDecisionLog.WhenFull.BLOCK).build()) {
      DroolsPolicyEngine engine =
          DroolsPolicyEngine.builder()
              .decisionLog(log)
              .clock(Clock.fixed(NOW, ZoneOffset.UTC))
              .policyArchive(archive)
              .build();
      policyVersion = engine.policyVersion();
      for (Scenario scenario : scenarios) {
        try {
          decided.add(engine.evaluate(scenario.request(), scenario.asOf()));
          decidedRequests.add(scenario.request());
          engine.explain(scenario.request(), scenario.asOf());
        } catch (InvalidRequestException rejected) {
          // Bad input is not a decision and leaves no record.
        }
      }
      // A batch logs each of its decisions too.
      try (Stream<BatchResult> results =
          engine.evaluateAll(scenarios.stream().map(Scenario::request), scenarios.get(0).asOf())) {
        batchDecided = (int) results.filter(BatchResult.Decided.class::isInstance).count();
      }
    }
  }

  @Test
  void everyDecisionSingleExplainedOrInABatchIsOneRecord() {
    DecisionLogFile read = DecisionLogFile.read(logFile);
    assertEquals(List.of(), read.skipped());
    assertTrue(batchDecided > 0);
    assertEquals(2 * decided.size() + batchDecided, read.records().size());
    assertEquals(read.records().size(), read.records().stream().map(LoggedDecision::decisionId).distinct().count());
  }

  @Test
  void everyRecordHoldsItsDecisionAndValidatesAgainstTheSchema() throws IOException {
    List<String> lines = Files.readAllLines(logFile, StandardCharsets.UTF_8);
    ObjectMapper mapper = new ObjectMapper();
    for (String line : lines) {
      assertEquals(Set.of(), SCHEMA.validate(mapper.readTree(line)), line);
    }
    List<LoggedDecision> records = DecisionLogFile.read(logFile).records();
    // One thread decided the suite, evaluate then explain per scenario: the first records are in that order.
    for (int i = 0; i < decided.size(); i++) {
      Decision decision = decided.get(i);
      for (LoggedDecision logged : records.subList(2 * i, 2 * i + 2)) {
        assertEquals(NOW, logged.timestamp());
        assertEquals(policyVersion, logged.policyVersion());
        assertEquals(decision.requestId(), logged.requestId());
        assertEquals(decision.asOf(), logged.asOf());
        assertEquals(decision.outcome(), logged.outcome(), logged.requestId());
        assertEquals(decision.findings().stream().map(LoggedFinding::of).toList(), logged.findings());
        assertEquals(decision.firedRules(), logged.firedRules());
        assertEquals(decision.editions(), logged.editions());
        assertEquals(CanonicalJson.sha256(decidedRequests.get(i)), logged.requestSha256());
      }
    }
  }

  @Test
  void maskedRecordsOfTheWholeSuiteReplayToTheSameDecisions() {
    DroolsPolicyEngine builtIn = DroolsPolicyEngine.builder().build();
    List<LoggedDecision> records = DecisionLogFile.read(logFile).records();
    assertTrue(records.stream().anyMatch(logged -> !logged.masked().isEmpty()), "some record was masked");
    List<String> changed = new ArrayList<>();
    for (LoggedDecision logged : records) {
      Replay.of(logged, builtIn).ifPresent(change -> changed.add(change.describe()));
    }
    assertEquals(List.of(), changed);
  }

  @Test
  void theArchivedPolicyLoadsAsTheVersionTheRecordsName() {
    DroolsPolicyEngine archived = DroolsPolicyEngine.builder().archivedPolicy(archive, policyVersion).build();
    assertEquals(policyVersion, archived.policyVersion());
    List<LoggedDecision> records = DecisionLogFile.read(logFile).records();
    assertEquals(0, records.stream().map(logged -> Replay.of(logged, archived)).filter(Optional::isPresent).count());
  }

  @Test
  void noEmailNameOrStreetLineOfTheSuiteIsInTheLog() throws IOException {
    String log = Files.readString(logFile, StandardCharsets.UTF_8);
    Set<String> personal = new HashSet<>();
    for (Scenario scenario : scenarios) {
      Partner partner =
          scenario.request() instanceof EnrollmentApplication application
              ? application.partner()
              : ((Order) scenario.request()).seller();
      Stream.of(
              partner.adminEmail(), partner.legalSignatory(), partner.companyName(), partner.address().street(),
              partner.address().postalCode())
          .filter(text -> !text.isBlank())
          .forEach(personal::add);
    }
    assertTrue(personal.size() > 3, "the suite has personal data to hide: " + personal.size());
    Set<String> found = personal.stream().filter(log::contains).collect(Collectors.toSet());
    assertEquals(Set.of(), found);
    assertFalse(log.contains("Hanako"));
  }

  private static JsonNode readJson(Path file) {
    try {
      return new ObjectMapper().readTree(file.toFile());
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
