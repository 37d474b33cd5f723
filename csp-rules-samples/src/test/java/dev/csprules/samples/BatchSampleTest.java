package dev.csprules.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.csprules.api.InvalidRequestException;
import dev.csprules.api.Order;
import dev.csprules.drools.DroolsPolicyEngine;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The billing-run sample counts what one decision at a time would have given. */
class BatchSampleTest {

  @Test
  void countsEveryOrderAsDecidingThemOneByOneWould() throws Exception {
    int orders = 600;
    String output = SampleOutput.of(() -> BatchSample.main(new String[] {String.valueOf(orders)}));

    DroolsPolicyEngine engine = DroolsPolicyEngine.builder().build();
    Map<String, Integer> expected = new TreeMap<>();
    BatchSample.orders(orders)
        .forEach(order -> expected.merge(decidedAlone(engine, order), 1, Integer::sum));

    assertEquals(6, expected.get("rejected as bad input"));
    StringBuilder lines = new StringBuilder();
    BatchSample.print(new java.io.PrintStream(new java.io.OutputStream() {
      @Override
      public void write(int b) {
        lines.append((char) b);
      }
    }), orders, expected);
    assertEquals(lines.toString().replace("\r", ""), output.replace("\r", ""));
  }

  private static String decidedAlone(DroolsPolicyEngine engine, Order order) {
    try {
      return engine.evaluate(order, BatchSample.AS_OF).outcome().name();
    } catch (InvalidRequestException e) {
      return "rejected as bad input";
    }
  }
}
