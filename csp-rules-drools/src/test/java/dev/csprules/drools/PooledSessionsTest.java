package dev.csprules.drools;

import java.time.LocalDate;
import dev.csprules.api.Explanation;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.csprules.api.BatchResult;
import dev.csprules.api.Decision;
import dev.csprules.api.Order;
import dev.csprules.api.PolicyEngine;
import dev.csprules.api.PolicyRequest;
import dev.csprules.api.fact.OrderLine;
import dev.csprules.drools.internal.LoadedPolicy;
import dev.csprules.drools.internal.load.PolicyFiles;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Decisions run in pooled sessions that are reset and reused. A session a rule broke (by throwing,
 * or by firing without end) must come back clean, and sessions must never be shared by threads.
 */
class PooledSessionsTest {
  /** The built-in policy plus two broken rules, triggered by order ids "boom" and "loop". */
  private static final String BROKEN_RULES =
      """
      package dev.csprules.policy.rules.broken;

      import java.math.BigDecimal;
      import dev.csprules.api.Order;
      import dev.csprules.drools.rulefacts.Evidence;
      import dev.csprules.drools.rulefacts.TrailingRevenue;

      rule "TST-001"
        @code("SELLER_NOT_ENROLLED")
        @edition("2018-01")
        @cites("4d1ce-115")
      when
        Order( orderId == "boom", $id : orderId )
      then
        insertLogical(Evidence.of(kcontext, "rest", $id.substring(10)));
      end

      rule "TST-002"
        @derives("TrailingRevenue")
        @edition("2018-01")
      when
        Order( orderId == "loop" )
      then
        insertLogical(new TrailingRevenue(BigDecimal.ZERO, null));
      end

      // Each total derives a larger one: a chain without end.
      rule "TST-003"
        @derives("TrailingRevenue")
        @edition("2018-01")
      when
        TrailingRevenue( $amount : amountUsd )
      then
        insertLogical(new TrailingRevenue($amount.add(BigDecimal.ONE), null));
      end
      """;

  private static final LoadedPolicy BROKEN =
      // A budget the loop cannot reach: here the firing limit stops it.
      LoadedPolicy.load(PolicyFiles.builtIn().with("rules/broken/broken.drl", BROKEN_RULES), Duration.ofMinutes(1));
  private static final DroolsPolicyEngine ENGINE = DroolsPolicyEngine.builder().build();

  @Test
  void aSessionARuleBrokeDecidesTheNextRequestCorrectly() {
    Order order = Fixtures.order();
    Decision expected = ENGINE.evaluate(order, Fixtures.IN_2020);

    PolicyEvaluationException thrown =
        assertThrows(PolicyEvaluationException.class, () -> BROKEN.decide(withId(order, "boom"), Fixtures.IN_2020));
    assertTrue(thrown.getMessage().contains("TST-001"), thrown.getMessage());
    PolicyEvaluationException looped =
        assertThrows(PolicyEvaluationException.class, () -> BROKEN.decide(withId(order, "loop"), Fixtures.IN_2020));
    assertTrue(looped.getMessage().contains("TST-003"), looped.getMessage());

    for (int i = 0; i < 3; i++) {
      Decision decision = BROKEN.decide(order, Fixtures.IN_2020);
      assertEquals(expected.findings(), decision.findings());
      assertEquals(expected.firedRules(), decision.firedRules());
    }
  }

  @Test
  void aBatchReportsAFailedRequestInItsPlace() {
    Order order = Fixtures.order();
    PolicyEngine broken =
        new PolicyEngine() {
          @Override
          public Decision evaluate(PolicyRequest request, LocalDate asOf) {
            return BROKEN.decide(request, asOf);
          }

          @Override
          public Explanation explain(PolicyRequest request, LocalDate asOf) {
            return BROKEN.explain(request, asOf);
          }
        };

    List<BatchResult> results =
        broken.evaluateAll(Stream.of(order, withId(order, "boom"), withOrderLines(order, List.of()), order), Fixtures.IN_2020)
            .toList();

    assertInstanceOf(BatchResult.Decided.class, results.get(0));
    BatchResult.Failed failed = assertInstanceOf(BatchResult.Failed.class, results.get(1));
    assertInstanceOf(PolicyEvaluationException.class, failed.error());
    assertInstanceOf(BatchResult.Rejected.class, results.get(2));
    assertInstanceOf(BatchResult.Decided.class, results.get(3));
  }

  @Test
  void aDecisionOverItsTimeBudgetFailsAndTheBatchGoesOn() {
    DroolsPolicyEngine hurried = DroolsPolicyEngine.builder().decisionTimeBudget(Duration.ofNanos(1)).build();
    PolicyRequest application = Fixtures.indirectApplication();

    PolicyEvaluationException over =
        assertThrows(PolicyEvaluationException.class, () -> hurried.evaluate(application, Fixtures.IN_2020));
    assertTrue(over.getMessage().startsWith("request application-1: the rules ran past the time budget of 0 ms"), over.getMessage());

    List<BatchResult> results = hurried.evaluateAll(Stream.of(application, application), Fixtures.IN_2020).toList();
    assertEquals(2, results.size());
    results.forEach(result -> assertInstanceOf(BatchResult.Failed.class, result));
    assertEquals(ENGINE.evaluate(application, Fixtures.IN_2020).outcome(), ENGINE.evaluate(application, Fixtures.IN_2020).outcome());
  }

  @Test
  void threadsDecidingAtOnceGetTheSameDecisionsAsOneThread() throws Exception {
    List<PolicyRequest> requests =
        List.of(Fixtures.indirectApplication(), Fixtures.directApplication(), Fixtures.order(),
            Fixtures.application(Fixtures.directApplication().model(), Fixtures.partner().bankInformationOnFile(false).build()));
    List<Decision> expected = requests.stream().map(r -> ENGINE.evaluate(r, Fixtures.IN_2020)).toList();

    ExecutorService threads = Executors.newFixedThreadPool(4);
    try {
      List<Future<Boolean>> runs = new ArrayList<>();
      for (int t = 0; t < 4; t++) {
        Callable<Boolean> run =
            () -> {
              for (int i = 0; i < 500; i++) {
                int k = i % requests.size();
                if (!ENGINE.evaluate(requests.get(k), Fixtures.IN_2020).equals(expected.get(k))) {
                  return false;
                }
              }
              return true;
            };
        runs.add(threads.submit(run));
      }
      for (Future<Boolean> run : runs) {
        assertTrue(run.get());
      }
    } finally {
      threads.shutdownNow();
    }
  }

  private static Order withId(Order order, String id) {
    return new Order(id, order.seller(), order.customer(), order.currency(), order.orderDate(), order.lines());
  }

  private static Order withOrderLines(Order order, List<OrderLine> lines) {
    return new Order(order.orderId(), order.seller(), order.customer(), order.currency(), order.orderDate(), lines);
  }
}
