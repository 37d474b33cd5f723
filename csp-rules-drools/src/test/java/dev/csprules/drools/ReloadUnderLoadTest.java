package dev.csprules.drools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.csprules.api.Decision;
import dev.csprules.api.PolicyRequest;
import dev.csprules.api.fact.CspModel;
import dev.csprules.api.fact.Customer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The soak: threads share one engine while its policy folder is reloaded again and again. No
 * decision fails, and every decision equals the one a single thread computes against the policy
 * version it names.
 */
class ReloadUnderLoadTest {
  static final int RELOADS = 8;
  static final int THREADS = 3;
  static final int DECISIONS_BETWEEN_RELOADS = 2_000;
  private static final List<String> THRESHOLDS = List.of("1000", "1000000");

  @TempDir Path folder;

  /** Requests that the two thresholds decide differently, and some they decide alike. */
  private static List<PolicyRequest> requests() {
    List<PolicyRequest> requests = new ArrayList<>();
    requests.add(Fixtures.directApplication());
    requests.add(Fixtures.indirectApplication());
    requests.add(Fixtures.application(CspModel.DIRECT_BILL, Fixtures.partner().mpnId("").build()));
    requests.add(Fixtures.order());
    requests.add(Fixtures.order(Fixtures.partner().build(), Customer.of(Fixtures.CUSTOMER_TENANT, "US", List.of()), "USD", Fixtures.IN_2020));
    return requests;
  }

  @Test
  void everyDecisionDuringReloadsEqualsTheSerialOneForItsPolicyVersion() throws Exception {
    Path parameters = folder.resolve("parameters.properties");
    List<PolicyRequest> requests = requests();
    List<LocalDate> dates = List.of(LocalDate.of(2019, 6, 1), Fixtures.IN_2020);

    // The expected decisions, computed on one thread for each policy the soak will swap in.
    Map<String, Map<String, Decision>> expected = new HashMap<>();
    for (String threshold : THRESHOLDS) {
      Files.writeString(parameters, "direct-bill.revenue-threshold-usd = " + threshold + "\n");
      DroolsPolicyEngine serial = DroolsPolicyEngine.builder().policyFolder(folder).build();
      Map<String, Decision> byKey = new HashMap<>();
      for (int r = 0; r < requests.size(); r++) {
        for (LocalDate date : dates) {
          byKey.put(r + "@" + date, serial.evaluate(requests.get(r), date));
        }
      }
      expected.put(serial.policyVersion(), byKey);
    }

    DroolsPolicyEngine engine = DroolsPolicyEngine.builder().policyFolder(folder).build();
    AtomicBoolean reloading = new AtomicBoolean(true);
    AtomicInteger decisions = new AtomicInteger();
    Map<String, Integer> decisionsPerVersion = new ConcurrentHashMap<>();
    List<String> mismatches = new CopyOnWriteArrayList<>();
    List<Throwable> failures = new CopyOnWriteArrayList<>();
    ExecutorService workers = Executors.newFixedThreadPool(THREADS);
    for (int t = 0; t < THREADS; t++) {
      int offset = t;
      workers.submit(() -> {
        for (int i = offset; reloading.get(); i++) {
          int r = i % requests.size();
          LocalDate date = dates.get((i / requests.size()) % dates.size());
          try {
            Decision decision = engine.evaluate(requests.get(r), date);
            decisions.incrementAndGet();
            decisionsPerVersion.merge(decision.policyVersion(), 1, Integer::sum);
            Decision serial = expected.getOrDefault(decision.policyVersion(), Map.of()).get(r + "@" + date);
            if (!decision.equals(serial)) {
              mismatches.add("request " + r + " as of " + date + " under " + decision.policyVersion());
            }
          } catch (Throwable e) {
            failures.add(e);
          }
        }
      });
    }
    for (int i = 0; i < RELOADS; i++) {
      // Reloads can take milliseconds: let each policy decide a good number first.
      long deadline = System.nanoTime() + 20_000_000_000L;
      while (decisions.get() < (i + 1) * DECISIONS_BETWEEN_RELOADS && System.nanoTime() < deadline) {
        Thread.sleep(5);
      }
      Files.writeString(parameters, "direct-bill.revenue-threshold-usd = " + THRESHOLDS.get(i % 2) + "\n");
      engine.reload();
    }
    reloading.set(false);
    workers.shutdown();
    assertTrue(workers.awaitTermination(60, TimeUnit.SECONDS));

    assertEquals(List.of(), failures);
    assertEquals(List.of(), mismatches);
    assertEquals(expected.keySet(), decisionsPerVersion.keySet(), "both policies decided during the soak");
    assertTrue(decisions.get() >= RELOADS * DECISIONS_BETWEEN_RELOADS, "only " + decisions.get() + " decisions ran");
    System.out.printf("soak: %d threads, %d reloads, %d decisions, %s per policy version%n", THREADS, RELOADS, decisions.get(), decisionsPerVersion);
  }
}
