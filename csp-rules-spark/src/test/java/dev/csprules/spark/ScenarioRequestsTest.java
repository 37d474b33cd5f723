package dev.csprules.spark;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.csprules.api.EnrollmentApplication;
import dev.csprules.api.Order;
import dev.csprules.api.PolicyEngine;
import dev.csprules.api.PolicyRequest;
import dev.csprules.api.fact.AgreementType;
import dev.csprules.api.fact.Truth;
import dev.csprules.drools.DroolsPolicyEngine;
import dev.csprules.testkit.Scenario;
import dev.csprules.testkit.ScenarioFile;
import dev.csprules.testkit.ScenarioReader;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;

/**
 * Every scenario request of scenarios/, read as the scenario suite reads it, decided on Spark and
 * by evaluateAll: the same decisions, unknown facts and instants with offsets included. Scenarios are decided as of their own dates, so each date is
 * one Spark run.
 */
class ScenarioRequestsTest {
  private final SparkSession spark = SharedSpark.session();
  private final PolicyEngine engine = DroolsPolicyEngine.builder().build();
  private final SparkPolicy policy = SparkPolicy.builtIn();
  private final RecordsToRows rows = GeneratedRequests.rows(spark);

  @Test
  void everyScenarioRequestIsDecidedAsEvaluateAllDecidesIt() {
    List<Scenario> scenarios =
        ScenarioReader.readAll(List.of(Path.of("../scenarios"))).stream()
            .flatMap((ScenarioFile file) -> file.scenarios().stream())
            .toList();
    Map<LocalDate, List<PolicyRequest>> byDate =
        scenarios.stream()
            .collect(Collectors.groupingBy(Scenario::asOf, TreeMap::new, Collectors.mapping(Scenario::request, Collectors.toList())));
    int orders = 0;
    int applications = 0;
    for (Map.Entry<LocalDate, List<PolicyRequest>> day : byDate.entrySet()) {
      List<Order> dayOrders = only(day.getValue(), Order.class);
      List<EnrollmentApplication> dayApplications = only(day.getValue(), EnrollmentApplication.class);
      if (!dayOrders.isEmpty()) {
        Dataset<Row> input = spark.createDataFrame(dayOrders.stream().map(rows::order).toList(), RequestSchema.orders());
        SameDecisions.assertSame(
            policy.decideOrders(input, day.getKey()),
            engine.evaluateAll(dayOrders.stream(), day.getKey()),
            day.getKey(), "ORDER", policy.version());
        orders += dayOrders.size();
      }
      if (!dayApplications.isEmpty()) {
        Dataset<Row> input =
            spark.createDataFrame(dayApplications.stream().map(rows::application).toList(), RequestSchema.applications());
        SameDecisions.assertSame(
            policy.decideApplications(input, day.getKey()),
            engine.evaluateAll(dayApplications.stream(), day.getKey()),
            day.getKey(), "ENROLLMENT", policy.version());
        applications += dayApplications.size();
      }
    }
    assertTrue(orders > 0 && applications > 0, orders + " orders, " + applications + " applications");
    assertTrue(
        scenarios.stream().anyMatch(scenario -> scenario.request() instanceof Order order && statesTheUnknownOrTimes(order)),
        "the suite's unknown facts and instants are among the requests");
  }

  private static boolean statesTheUnknownOrTimes(Order order) {
    return order.orderDate().hasTime()
        || order.customer().ownerUsesTenantForCspTransactions() == Truth.UNKNOWN
        || !order.unknownResaleFacts().isEmpty()
        || !order.unknownAcceptanceTimes(AgreementType.MICROSOFT_CUSTOMER_AGREEMENT).isEmpty();
  }

  private static <T> List<T> only(List<PolicyRequest> requests, Class<T> kind) {
    return requests.stream().filter(kind::isInstance).map(kind::cast).toList();
  }
}
