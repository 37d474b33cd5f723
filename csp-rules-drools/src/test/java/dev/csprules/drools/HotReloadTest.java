package dev.csprules.drools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.csprules.api.Decision;
import dev.csprules.api.EngineListener;
import dev.csprules.api.FindingCode;
import dev.csprules.api.Outcome;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A change goes live only when it passes every check; a bad change leaves the running policy. */
class HotReloadTest {
  private static final String STRICT = "direct-bill.revenue-threshold-usd = 1000000\n";
  private static final String LENIENT = "direct-bill.revenue-threshold-usd = 1000\n";

  @TempDir Path folder;
  private final List<String> heard = new CopyOnWriteArrayList<>();
  private final EngineListener recorder =
      new EngineListener() {
        @Override
        public void reloaded(String previousVersion, String newVersion) {
          heard.add("reloaded " + newVersion);
        }

        @Override
        public void reloadRefused(String runningVersion, Exception reason) {
          heard.add("failed, kept " + runningVersion + ": " + reason.getMessage().lines().findFirst().orElse(""));
        }
      };

  @BeforeEach
  void strictThreshold() throws IOException {
    Files.writeString(folder.resolve("parameters.properties"), STRICT);
  }

  private static boolean belowThreshold(DroolsPolicyEngine engine) {
    return engine.evaluate(Fixtures.directApplication(), Fixtures.IN_2020).has(FindingCode.DIRECT_BILL_REVENUE_BELOW_THRESHOLD);
  }

  @Test
  void aGoodChangeGoesLiveOnReload() throws IOException {
    DroolsPolicyEngine engine = DroolsPolicyEngine.builder().policyFolder(folder).listener(recorder).build();
    String before = engine.policyVersion();
    assertTrue(belowThreshold(engine));
    Files.writeString(folder.resolve("parameters.properties"), LENIENT);
    String after = engine.reload();
    assertNotEquals(before, after);
    assertEquals(after, engine.evaluate(Fixtures.directApplication(), Fixtures.IN_2020).policyVersion());
    assertTrue(!belowThreshold(engine));
    assertEquals(List.of("reloaded " + after), heard);
    assertEquals(after, engine.reload(), "an unchanged policy reloads to itself");
  }

  @Test
  void aChangeThatDoesNotCompileNeverReplacesTheRunningPolicy() throws IOException {
    DroolsPolicyEngine engine = DroolsPolicyEngine.builder().policyFolder(folder).listener(recorder).build();
    String running = engine.policyVersion();
    Files.createDirectories(folder.resolve("rules"));
    Files.writeString(folder.resolve("rules/broken.drl"), "package p;\nrule \"ENR-X\" when NoSuchFact() then end\n");
    Files.writeString(folder.resolve("parameters.properties"), LENIENT);
    PolicyLoadException error = assertThrows(PolicyLoadException.class, engine::reload);
    assertTrue(error.getMessage().contains("broken.drl"), error.getMessage());
    assertEquals(running, engine.policyVersion());
    assertTrue(belowThreshold(engine), "the strict threshold still decides");
    assertEquals(1, heard.size());
    assertTrue(heard.get(0).startsWith("failed, kept " + running), heard.get(0));
  }

  @Test
  void aHostileChangeIsRefusedBeforeItCompiles() throws IOException {
    DroolsPolicyEngine engine = DroolsPolicyEngine.builder().policyFolder(folder).build();
    String running = engine.policyVersion();
    Files.createDirectories(folder.resolve("rules"));
    Files.writeString(folder.resolve("rules/evil.drl"), "package p;\nrule \"ENR-X\" when then System.exit(1); end\n");
    PolicyLoadException error = assertThrows(PolicyLoadException.class, engine::reload);
    assertTrue(
        error.problems().stream().anyMatch(p -> p.contains("evil.drl:2:") && p.contains("a consequence may only call insertLogical")),
        error.getMessage());
    assertEquals(running, engine.policyVersion());
  }

  @Test
  void theGateCanRefuseAChangeThatLoads() throws IOException {
    DroolsPolicyEngine engine =
        DroolsPolicyEngine.builder()
            .policyFolder(folder)
            .reloadGate(candidate -> {
              Decision decision = candidate.evaluate(Fixtures.directApplication(), Fixtures.IN_2020);
              if (decision.outcome() != Outcome.INELIGIBLE) {
                throw new IllegalStateException("scenario 'strict threshold' now gives " + decision.outcome());
              }
            })
            .listener(recorder)
            .build();
    String running = engine.policyVersion();
    Files.writeString(folder.resolve("parameters.properties"), LENIENT);
    IllegalStateException refused = assertThrows(IllegalStateException.class, engine::reload);
    assertEquals("scenario 'strict threshold' now gives ELIGIBLE", refused.getMessage());
    assertEquals(running, engine.policyVersion());
    assertEquals(List.of("failed, kept " + running + ": scenario 'strict threshold' now gives ELIGIBLE"), heard);
  }

  @Test
  void aWatchedFolderReloadsByItself() throws Exception {
    try (DroolsPolicyEngine engine = DroolsPolicyEngine.builder().policyFolder(folder).listener(recorder).watch().build()) {
      String before = engine.policyVersion();
      Files.writeString(folder.resolve("parameters.properties"), LENIENT);
      long deadline = System.nanoTime() + 30_000_000_000L;
      while (engine.policyVersion().equals(before) && System.nanoTime() < deadline) {
        Thread.sleep(50);
      }
      assertNotEquals(before, engine.policyVersion(), "no reload within 30 s of the change");
      assertTrue(!belowThreshold(engine));
    }
  }

  @Test
  void aRuleThatRunsAwayIsStoppedAndTheEngineKeepsServing() throws IOException {
    Fixtures.writeRunawayEnrollmentRule(folder);
    // A budget the rule cannot reach: here the firing limit stops it.
    DroolsPolicyEngine engine = DroolsPolicyEngine.builder().policyFolder(folder).decisionTimeBudget(Duration.ofMinutes(1)).build();
    PolicyEvaluationException error =
        assertThrows(PolicyEvaluationException.class, () -> engine.evaluate(Fixtures.indirectApplication(), LocalDate.of(2019, 1, 1)));
    assertTrue(error.getMessage().contains("most fired: ENR-D999"), error.getMessage());
    assertEquals(Outcome.APPROVED, engine.evaluate(Fixtures.order(), Fixtures.IN_2020).outcome());
  }
}
