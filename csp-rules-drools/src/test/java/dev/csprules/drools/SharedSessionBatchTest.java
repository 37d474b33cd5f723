package dev.csprules.drools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.csprules.api.BatchResult;
import dev.csprules.api.FindingCode;
import dev.csprules.api.InvalidRequestException;
import dev.csprules.api.Order;
import dev.csprules.api.PolicyRequest;
import dev.csprules.api.fact.AgreementAcceptance;
import dev.csprules.api.fact.AgreementType;
import dev.csprules.api.fact.Customer;
import dev.csprules.api.fact.OrderLine;
import dev.csprules.api.fact.Partner;
import dev.csprules.api.fact.ProductKind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * evaluateAll decides a chunk's orders in one session only when that gives each order the
 * decision evaluate gives it alone; where the rules or the run say otherwise, the orders are
 * decided one per session, and the results are the same either way.
 */
class SharedSessionBatchTest {
  @TempDir Path folder;

  /** 600 orders, every fifth for a customer with no agreement, every seventh in the wrong currency. */
  private static List<PolicyRequest> orders() {
    Partner seller = Fixtures.partner().build();
    List<PolicyRequest> orders = new ArrayList<>();
    for (int i = 0; i < 600; i++) {
      List<AgreementAcceptance> agreements =
          i % 5 == 0
              ? List.of()
              : List.of(new AgreementAcceptance(AgreementType.MICROSOFT_CUSTOMER_AGREEMENT, LocalDate.of(2020, 3, 1)));
      Customer customer = Customer.of(Fixtures.CUSTOMER_TENANT, "JP", agreements);
      orders.add(new Order("order-" + i, seller, customer, i % 7 == 0 ? "USD" : "JPY", Fixtures.IN_2020,
          List.of(new OrderLine("office-365-e3", ProductKind.ONLINE_SERVICE, 10))));
    }
    return orders;
  }

  private void writeRule(String drl) throws IOException {
    Files.createDirectories(folder.resolve("rules"));
    Files.writeString(folder.resolve("rules/extra.drl"), drl);
  }

  @Test
  void aRuleThatFailsForOneOrderFailsThatOrderAloneAndTheOthersAreDecidedAsAlone() throws IOException {
    writeRule(
        """
        package dev.csprules.policy.rules.extra;
        import dev.csprules.api.Order;
        import dev.csprules.drools.rulefacts.Evidence;

        rule "ORD-980"
          @title("a condition that divides by the number of agreements")
          @code("SELLER_NOT_ENROLLED")
          @edition("2018-01")
          @cites("4d1ce-115")
        when
          Order( 10 / customer.agreementAcceptances.size() > 100 )
        then
          insertLogical(Evidence.of(kcontext));
        end
        """);
    DroolsPolicyEngine engine = DroolsPolicyEngine.builder().policyFolder(folder).build();
    List<PolicyRequest> orders = orders();

    List<String> together = together(engine, orders);

    assertEquals(alone(engine, orders), together);
    assertEquals(120, together.stream().filter(result -> result.startsWith("failed")).count());
  }

  @Test
  void anOrderRuleThatReadsEveryFindingOfTheSessionKeepsOrdersInSessionsOfTheirOwn() throws IOException {
    writeRule(
        """
        package dev.csprules.policy.rules.extra;
        import dev.csprules.api.Order;
        import dev.csprules.api.Severity;
        import dev.csprules.drools.rulefacts.Evidence;

        rule "ORD-981"
          @title("Await the review of an order nothing blocks")
          @code("NEXT_STEP_AWAIT_REVIEW")
          @edition("2018-01")
          @cites("4d1ce-112")
          salience -10
        when
          Order()
          not Evidence( severity == Severity.BLOCKING )
        then
          insertLogical(Evidence.of(kcontext));
        end
        """);
    DroolsPolicyEngine engine = DroolsPolicyEngine.builder().policyFolder(folder).build();
    List<PolicyRequest> orders = orders();

    List<BatchResult> results = engine.evaluateAll(orders.stream(), Fixtures.IN_2020).toList();

    assertEquals(alone(engine, orders), results.stream().map(SharedSessionBatchTest::text).toList());
    long advised = results.stream()
        .map(result -> ((BatchResult.Decided) result).decision())
        .filter(decision -> decision.findings().stream().anyMatch(f -> f.code() == FindingCode.NEXT_STEP_AWAIT_REVIEW))
        .count();
    // Every fifth order (no agreement) and every seventh (wrong currency) is blocked: 188 of 600.
    assertEquals(600 - 188, advised);
  }

  private static List<String> together(DroolsPolicyEngine engine, List<PolicyRequest> orders) {
    return engine.evaluateAll(orders.stream(), Fixtures.IN_2020).map(SharedSessionBatchTest::text).toList();
  }

  private static List<String> alone(DroolsPolicyEngine engine, List<PolicyRequest> orders) {
    List<String> results = new ArrayList<>();
    for (PolicyRequest order : orders) {
      try {
        results.add("decided " + engine.evaluate(order, Fixtures.IN_2020));
      } catch (InvalidRequestException e) {
        results.add("rejected " + e.problems());
      } catch (PolicyEvaluationException e) {
        results.add("failed " + e.getMessage());
      }
    }
    return results;
  }

  private static String text(BatchResult result) {
    return result.map(
        decided -> "decided " + decided.decision(),
        rejected -> "rejected " + rejected.problems(),
        failed -> "failed " + failed.error().getMessage());
  }
}
