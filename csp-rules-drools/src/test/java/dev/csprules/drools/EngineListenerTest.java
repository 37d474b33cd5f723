package dev.csprules.drools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.csprules.api.BatchResult;
import dev.csprules.api.Decision;
import dev.csprules.api.DecisionKind;
import dev.csprules.api.EngineListener;
import dev.csprules.api.InvalidRequestException;
import dev.csprules.api.Outcome;
import dev.csprules.api.PolicyRequest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Listeners hear each decision, batch result and reload, and cannot break any of them. */
class EngineListenerTest {
  private final List<String> heard = new CopyOnWriteArrayList<>();
  private final List<Duration> durations = new CopyOnWriteArrayList<>();

  private final EngineListener recorder =
      new EngineListener() {
        @Override
        public void decided(DecisionKind kind, Outcome outcome, Duration took) {
          heard.add("decided " + kind + " " + outcome);
          durations.add(took);
        }

        @Override
        public void rejected(DecisionKind kind, Duration took) {
          heard.add("rejected " + kind);
          durations.add(took);
        }

        @Override
        public void failed(DecisionKind kind, Duration took) {
          heard.add("failed " + kind);
          durations.add(took);
        }

        @Override
        public void batchResult(BatchResultKind kind) {
          heard.add("batch " + kind);
        }
      };

  @Test
  void eachDecisionIsHeardWithItsKindOutcomeAndDuration() {
    DroolsPolicyEngine engine = DroolsPolicyEngine.builder().listener(recorder).build();
    Decision application = engine.evaluate(Fixtures.indirectApplication(), Fixtures.IN_2020);
    Decision order = engine.evaluate(Fixtures.order(), Fixtures.IN_2020);
    assertEquals(Outcome.APPROVED, order.outcome());
    assertEquals(
        List.of("decided ENROLLMENT " + application.outcome(), "decided ORDER APPROVED"), heard);
    assertTrue(durations.stream().allMatch(took -> took.toNanos() > 0), durations.toString());
  }

  @Test
  void badInputIsHeardAsRejectedAndACallWithoutARequestIsNotHeard() {
    DroolsPolicyEngine engine = DroolsPolicyEngine.builder().listener(recorder).build();
    LocalDate beforeAnyPolicy = LocalDate.of(2017, 12, 31);
    assertThrows(InvalidRequestException.class, () -> engine.evaluate(Fixtures.order(), beforeAnyPolicy));
    assertThrows(InvalidRequestException.class, () -> engine.evaluate(null, Fixtures.IN_2020));
    assertEquals(List.of("rejected ORDER"), heard);
  }

  @Test
  void aBatchIsHeardOncePerResultBesideEachOfItsDecisions(@TempDir Path folder) throws IOException {
    Fixtures.writeRunawayEnrollmentRule(folder);
    DroolsPolicyEngine engine = DroolsPolicyEngine.builder().policyFolder(folder).listener(recorder).build();
    List<PolicyRequest> requests = Arrays.asList(Fixtures.order(), null, Fixtures.indirectApplication());
    List<BatchResult> results;
    try (Stream<BatchResult> batch = engine.evaluateAll(requests.stream(), Fixtures.IN_2020)) {
      results = batch.toList();
    }
    assertEquals(3, results.size());
    List<String> batchEvents = heard.stream().filter(event -> event.startsWith("batch")).toList();
    assertEquals(List.of("batch DECIDED", "batch REJECTED", "batch FAILED"), batchEvents);
    List<String> decisionEvents = new ArrayList<>(heard);
    decisionEvents.removeAll(batchEvents);
    decisionEvents.sort(null);
    assertEquals(List.of("decided ORDER APPROVED", "failed ENROLLMENT"), decisionEvents);
  }

  @Test
  void aListenerThatThrowsBreaksNoDecisionAndTheNextListenerStillHears() {
    EngineListener broken =
        new EngineListener() {
          @Override
          public void decided(DecisionKind kind, Outcome outcome, Duration took) {
            throw new IllegalStateException("metrics backend down");
          }
        };
    DroolsPolicyEngine engine = DroolsPolicyEngine.builder().listener(broken).listener(recorder).build();
    Decision order = engine.evaluate(Fixtures.order(), Fixtures.IN_2020);
    assertEquals(Outcome.APPROVED, order.outcome());
    assertEquals(List.of("decided ORDER APPROVED"), heard);
  }

  @Test
  void aListenerHearsARefusedChangeWithThePolicyThatStays(@TempDir Path folder) throws IOException {
    List<String> keptVersions = new CopyOnWriteArrayList<>();
    EngineListener listener =
        new EngineListener() {
          @Override
          public void reloadRefused(String runningVersion, Exception reason) {
            keptVersions.add(runningVersion);
          }
        };
    DroolsPolicyEngine engine = DroolsPolicyEngine.builder().policyFolder(folder).listener(listener).build();
    Files.createDirectories(folder.resolve("rules"));
    Files.writeString(folder.resolve("rules/broken.drl"), "package p;\nrule \"ENR-X\" when NoSuchFact() then end\n");
    assertThrows(PolicyLoadException.class, engine::reload);
    assertEquals(List.of(engine.policyVersion()), keptVersions);
  }
}
