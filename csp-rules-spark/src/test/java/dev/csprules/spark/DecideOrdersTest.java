package dev.csprules.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.csprules.api.PolicyEngine;
import dev.csprules.drools.DroolsPolicyEngine;
import java.time.LocalDate;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;

/** Spark's decisions against evaluateAll's on generated requests, under the built-in policy. */
class DecideOrdersTest {
  private static final long SEED = 12;
  private final SparkSession spark = SharedSpark.session();
  private final PolicyEngine engine = DroolsPolicyEngine.builder().build();
  private final SparkPolicy policy = SparkPolicy.builtIn();

  @Test
  void decidesAHundredThousandOrdersAsEvaluateAllDoes() {
    int count = 100_000;
    Dataset<Row> decisions = policy.decideOrders(GeneratedRequests.orderRows(spark, SEED, count), GeneratedRequests.AS_OF);

    Map<String, Integer> outcomes =
        SameDecisions.assertSame(
            decisions,
            engine.evaluateAll(GeneratedRequests.orders(SEED, count), GeneratedRequests.AS_OF),
            GeneratedRequests.AS_OF,
            "ORDER",
            policy.version());

    assertEquals(count, outcomes.values().stream().mapToInt(Integer::intValue).sum());
    // The data reach every outcome an order can have, and bad input.
    assertEquals(java.util.Set.of("APPROVED", "DENIED", "REFER", "REJECTED"), outcomes.keySet(), outcomes.toString());
  }

  @Test
  void decidesOrdersUnderTheFirstEditionAsEvaluateAllDoes() {
    LocalDate asOf = LocalDate.of(2019, 6, 15);
    int count = 5_000;
    SameDecisions.assertSame(
        policy.decideOrders(GeneratedRequests.orderRows(spark, SEED + 1, count), asOf),
        engine.evaluateAll(GeneratedRequests.orders(SEED + 1, count), asOf),
        asOf,
        "ORDER",
        policy.version());
  }

  @Test
  void decidesApplicationsAsEvaluateAllDoes() {
    int count = 20_000;
    Map<String, Integer> outcomes =
        SameDecisions.assertSame(
            policy.decideApplications(GeneratedRequests.applicationRows(spark, SEED, count), GeneratedRequests.AS_OF),
            engine.evaluateAll(GeneratedRequests.applications(SEED, count), GeneratedRequests.AS_OF),
            GeneratedRequests.AS_OF,
            "ENROLLMENT",
            policy.version());

    assertTrue(outcomes.keySet().containsAll(java.util.Set.of("ELIGIBLE", "INELIGIBLE", "REFER", "REJECTED")), outcomes.toString());
  }
}
