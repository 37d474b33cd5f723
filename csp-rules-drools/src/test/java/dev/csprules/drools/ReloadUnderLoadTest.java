package dev.csprules.drools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.csprules.api.Decision;
import dev.csprules.api.Outcome;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Decisions go on while the policy is reloaded again and again: none fails, none mixes policies. */
class ReloadUnderLoadTest {
  private static final int RELOADS = 6;
  private static final int THREADS = 3;

  @TempDir Path folder;

  @Test
  void noDecisionFailsOrMixesPoliciesDuringReloads() throws Exception {
    Path parameters = folder.resolve("parameters.properties");
    Files.writeString(parameters, "direct-bill.revenue-threshold-usd = 1000000\n");
    DroolsPolicyEngine engine = DroolsPolicyEngine.builder().policyFolder(folder).build();
    Map<String, Outcome> outcomeByVersion = new ConcurrentHashMap<>();
    outcomeByVersion.put(engine.policyVersion(), Outcome.INELIGIBLE);

    AtomicBoolean reloading = new AtomicBoolean(true);
    List<Decision> decisions = new CopyOnWriteArrayList<>();
    List<Throwable> failures = new CopyOnWriteArrayList<>();
    ExecutorService workers = Executors.newFixedThreadPool(THREADS);
    for (int i = 0; i < THREADS; i++) {
      workers.submit(() -> {
        while (reloading.get()) {
          try {
            decisions.add(engine.evaluate(Fixtures.directApplication(), Fixtures.IN_2020));
          } catch (Throwable t) {
            failures.add(t);
          }
        }
      });
    }
    for (int i = 0; i < RELOADS; i++) {
      boolean lenient = i % 2 == 0;
      Files.writeString(parameters, "direct-bill.revenue-threshold-usd = " + (lenient ? "1000" : "1000000") + "\n");
      outcomeByVersion.put(engine.reload(), lenient ? Outcome.ELIGIBLE : Outcome.INELIGIBLE);
    }
    reloading.set(false);
    workers.shutdown();
    assertTrue(workers.awaitTermination(60, TimeUnit.SECONDS));

    assertEquals(List.of(), failures);
    assertTrue(decisions.size() > RELOADS, "only " + decisions.size() + " decisions ran");
    for (Decision decision : decisions) {
      assertEquals(outcomeByVersion.get(decision.policyVersion()), decision.outcome(), "policy " + decision.policyVersion());
    }
    assertEquals(2, decisions.stream().map(Decision::policyVersion).distinct().count());
  }
}
