package dev.csprules.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.csprules.api.BatchResult;
import dev.csprules.api.InvalidRequestException;
import dev.csprules.api.PolicyRequest;
import dev.csprules.bench.batch.BillingRun;
import dev.csprules.bench.corpus.RequestCorpus;
import dev.csprules.drools.DroolsPolicyEngine;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * evaluateAll decides orders many to a session (see docs/performance.md, "Batch"); each request
 * must still get, field by field, the decision evaluate gives it alone.
 */
class BatchAgreesWithSingleDecisionsTest {
  private static final DroolsPolicyEngine ENGINE = DroolsPolicyEngine.builder().build();

  @Test
  void agreesOnTheGeneratedCorpus() {
    Map<LocalDate, List<PolicyRequest>> byDate = new LinkedHashMap<>();
    for (RequestCorpus.Case next : RequestCorpus.generated(20_261_201L, 20_000)) {
      byDate.computeIfAbsent(next.asOf(), date -> new ArrayList<>()).add(next.request());
    }
    List<String> differences = new ArrayList<>();
    byDate.forEach((asOf, requests) -> differences.addAll(differences(requests, asOf)));
    assertTrue(differences.isEmpty(), () -> differences.size() + " differ:\n" + String.join("\n", differences.subList(0, Math.min(20, differences.size()))));
  }

  @Test
  void agreesOnTheBillingRunWithTheSameOrderTwiceInAChunk() {
    BillingRun run = new BillingRun();
    List<PolicyRequest> orders = new ArrayList<>(run.orders(3_000).toList());
    orders.add(10, orders.get(3));
    orders.add(20, null);
    List<String> differences = differences(orders, BillingRun.AS_OF);
    assertTrue(differences.isEmpty(), () -> String.join("\n", differences.subList(0, Math.min(20, differences.size()))));
  }

  /** Where evaluateAll's result for a request is not what evaluate gives it. */
  static List<String> differences(List<PolicyRequest> requests, LocalDate asOf) {
    List<BatchResult> results = ENGINE.evaluateAll(requests.stream(), asOf).toList();
    assertEquals(requests.size(), results.size());
    List<String> differences = new ArrayList<>();
    for (int i = 0; i < requests.size(); i++) {
      BatchResult result = results.get(i);
      assertEquals(i, result.position());
      String alone = single(requests.get(i), asOf);
      String together = result.map(
          decided -> decided.decision().toString(),
          rejected -> "rejected " + rejected.problems(),
          failed -> "failed " + failed.error().getClass().getSimpleName());
      if (!alone.equals(together)) {
        differences.add("request " + i + " as of " + asOf + ":\n  alone    " + alone + "\n  together " + together);
      }
    }
    return differences;
  }

  private static String single(PolicyRequest request, LocalDate asOf) {
    try {
      return ENGINE.evaluate(request, asOf).toString();
    } catch (InvalidRequestException e) {
      return "rejected " + e.problems();
    } catch (RuntimeException e) {
      return "failed " + e.getClass().getSimpleName();
    }
  }
}
