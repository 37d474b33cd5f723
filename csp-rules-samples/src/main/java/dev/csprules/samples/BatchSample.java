package dev.csprules.samples;

import dev.csprules.api.BatchResult;
import dev.csprules.api.Order;
import dev.csprules.api.fact.AgreementAcceptance;
import dev.csprules.api.fact.AgreementType;
import dev.csprules.api.fact.Customer;
import dev.csprules.api.fact.OrderLine;
import dev.csprules.api.fact.Partner;
import dev.csprules.api.fact.ProductKind;
import dev.csprules.drools.DroolsPolicyEngine;
import java.io.PrintStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * A billing run: decides a stream of orders on the application's own pool of two threads, and
 * counts what became of them. One order in a hundred has no line: it is rejected, and the run goes
 * on.
 */
public final class BatchSample {
  static final LocalDate AS_OF = LocalDate.of(2020, 11, 15);

  private BatchSample() {}

  public static void main(String[] args) {
    int orders = args.length > 0 ? Integer.parseInt(args[0]) : 2_000;
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      // The batch hands the pool at most two chunks per thread it may take: batchThreads bounds it.
      DroolsPolicyEngine engine = DroolsPolicyEngine.builder().batchExecutor(pool).batchThreads(2).build();
      Map<String, Integer> counts = new TreeMap<>();
      try (Stream<BatchResult> results = engine.evaluateAll(orders(orders), AS_OF)) {
        results.forEach(result -> counts.merge(whatBecameOf(result), 1, Integer::sum));
      }
      print(System.out, orders, counts);
    } finally {
      pool.shutdown();
    }
  }

  /** Java 17 has no pattern matching in switch: map takes one function per case. */
  static String whatBecameOf(BatchResult result) {
    return result.map(
        decided -> decided.decision().outcome().name(),
        rejected -> "rejected as bad input",
        failed -> "failed");
  }

  /** Orders of Fabrikam for its customers, in JPY or USD; every hundredth has no line. */
  static Stream<Order> orders(int count) {
    Partner fabrikam = EvaluateSample.fabrikam();
    Customer customer =
        Customer.builder()
            .tenantId("tenant-contoso-jp")
            .country("JP")
            .agreementAcceptance(new AgreementAcceptance(AgreementType.MICROSOFT_CUSTOMER_AGREEMENT, LocalDate.of(2020, 1, 6)))
            .build();
    Order template =
        Order.builder()
            .orderId("template")
            .currency("JPY")
            .seller(fabrikam)
            .customer(customer)
            .orderDate(AS_OF)
            .line(new OrderLine("microsoft-365-e3", ProductKind.ONLINE_SERVICE, 25))
            .build();
    return IntStream.range(0, count)
        .mapToObj(
            i -> {
              Order next = template.toBuilder().orderId("order-" + i).currency(i % 2 == 0 ? "JPY" : "USD").build();
              // An import can hold an order with no line (the builder would refuse it): the engine
              // rejects it as bad input, and the run goes on.
              return i % 100 == 99
                  ? new Order(next.orderId(), next.seller(), next.customer(), next.currency(), next.orderDate(), List.of())
                  : next;
            });
  }

  static void print(PrintStream out, int orders, Map<String, Integer> counts) {
    out.printf("%d orders decided as of %s%n", orders, AS_OF);
    counts.forEach((what, count) -> out.printf("  %-22s %d%n", what, count));
  }
}
