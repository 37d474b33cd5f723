package dev.csprules.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.csprules.api.DecisionKind;
import dev.csprules.api.PolicyEngine;
import dev.csprules.drools.DroolsPolicyEngine;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.spark.SparkException;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.junit.jupiter.api.Test;

/** A policy folder reaches the executors as bytes, is built once per JVM, and is checked there. */
class PolicyFolderTest {
  private static final Path HISTORY = Path.of("../examples/policy-2018-history");
  /** The history folder keeps direct enrollment closed until 2018-08-30; built in, it reopened 2018-04-01. */
  private static final LocalDate CLOSED_BY_THE_FOLDER = LocalDate.of(2018, 6, 15);

  private final SparkSession spark = SharedSpark.session();

  @Test
  void theFolderDecidesOnTheExecutorsAsItDoesInEvaluateAll() {
    SparkPolicy policy = SparkPolicy.of(PolicyBundle.folders(List.of(HISTORY)));
    PolicyEngine engine = DroolsPolicyEngine.builder().policyFolder(HISTORY).build();

    Dataset<Row> decisions =
        policy.decideApplications(GeneratedRequests.applicationRows(spark, 7, 4_000, 4), CLOSED_BY_THE_FOLDER);
    SameDecisions.assertSame(
        decisions,
        engine.evaluateAll(GeneratedRequests.applications(7, 4_000), CLOSED_BY_THE_FOLDER),
        CLOSED_BY_THE_FOLDER, "ENROLLMENT", policy.version());

    // The folder's own rule decided: the built-in one it replaces is switched off.
    List<String> closedBy =
        decisions.selectExpr("explode(findings) AS f").where("f.code = 'DIRECT_ENROLLMENT_CLOSED'")
            .selectExpr("f.ruleId").distinct().as(Encoders.STRING()).collectAsList();
    assertEquals(List.of("ENR-H110"), closedBy);
    assertNotEquals(SparkPolicy.builtIn().version(), policy.version());
    // Four partitions, two jobs (the comparison and the query above), maybe other test classes
    // before: one build in this JVM.
    assertEquals(1, ExecutorEngines.builds(policy.version()));
  }

  @Test
  void anExecutorThatBuildsAnotherVersionRefusesToDecide() {
    SparkPolicy builtIn = SparkPolicy.builtIn();
    DecideRows mislabelled =
        new DecideRows(DecisionKind.ORDER, PolicyBundle.builtIn(), "0123456789abcdef", GeneratedRequests.AS_OF,
            GeneratedRequests.rows(spark), RequestSchema.orders());
    Dataset<Row> orders = GeneratedRequests.orderRows(spark, 3, 10);

    SparkException error =
        assertThrows(SparkException.class, () -> orders.mapPartitions(mislabelled, Encoders.row(DecisionSchema.schema())).count());

    assertTrue(
        error.getMessage().contains(
            "this executor built policy " + builtIn.version() + " but the driver built 0123456789abcdef"),
        error.getMessage());
  }

  @Test
  void aRunPinnedToAnotherVersionIsRefusedOnTheDriver() {
    SparkPolicy policy = SparkPolicy.builtIn();

    assertEquals(policy, policy.requireVersion(policy.version()));
    IllegalStateException error = assertThrows(IllegalStateException.class, () -> policy.requireVersion("33a0227982a3909c"));
    assertEquals("the policy is version " + policy.version() + ", not the 33a0227982a3909c required", error.getMessage());
  }

  @Test
  void aRowWhoseRuleFailsComesOutFailedAndTheOthersAreDecided() throws Exception {
    SparkPolicy policy = SparkPolicy.of(PolicyBundle.folders(List.of(Path.of(getClass().getResource("/failing-policy").toURI()))));
    Dataset<Row> applications = GeneratedRequests.applicationRows(spark, 9, 200);
    // Half the partners lose their tenants, which the folder's rule divides by.
    Dataset<Row> someWithoutTenants =
        applications.withColumn(
            "partner",
            functions.when(
                    functions.expr("cast(substring(applicationId, 13) AS INT) % 2 = 0"),
                    functions.col("partner").withField("tenants", functions.expr("filter(partner.tenants, t -> false)")))
                .otherwise(functions.col("partner")));

    Dataset<Row> decisions = policy.decideApplications(someWithoutTenants, GeneratedRequests.AS_OF).cache();
    Map<String, Long> outcomes = outcomes(decisions);

    assertEquals(200, outcomes.values().stream().mapToLong(Long::longValue).sum());
    assertTrue(outcomes.getOrDefault("FAILED", 0L) >= 85, outcomes.toString());
    assertEquals(
        outcomes.get("FAILED"),
        decisions.where("outcome = 'FAILED' AND failure LIKE 'request application-%ArithmeticException%'").count());
  }

  static Map<String, Long> outcomes(Dataset<Row> decisions) {
    Map<String, Long> outcomes = new java.util.TreeMap<>();
    decisions.groupBy("outcome").count().collectAsList().forEach(row -> outcomes.put(row.getString(0), row.getLong(1)));
    return outcomes;
  }
}
