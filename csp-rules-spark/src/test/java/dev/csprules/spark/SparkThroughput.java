package dev.csprules.spark;

import dev.csprules.api.BatchResult;
import dev.csprules.api.Decision;
import dev.csprules.api.DecisionKind;
import dev.csprules.api.InvalidRequestException;
import dev.csprules.api.Order;
import dev.csprules.api.Outcome;
import dev.csprules.api.PolicyEngine;
import dev.csprules.drools.DroolsPolicyEngine;
import dev.csprules.spark.RowFields.SchemaRow;
import java.lang.management.ManagementFactory;
import java.time.LocalDate;
import java.util.List;
import java.util.function.LongFunction;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;

/**
 * What csp-rules-spark/measure runs: orders per second deciding the same generated orders with
 * evaluateAll, with a one-thread evaluate loop, and with Spark on local[1] and local[2], and what
 * the Spark path costs per row without the decision. One timed run after a warm-up run of a fifth of the orders; the
 * direct paths cycle through 100,000 orders built beforehand, Spark reads its rows from a cache,
 * so neither times the making of the orders. Prints two Markdown tables, the paths' rates and the
 * ratios docs/distributed.md reports, then the run's size and load averages.
 *
 * <p>Argument: the number of orders (default 1,000,000).
 */
public final class SparkThroughput {
  private static final LocalDate AS_OF = GeneratedRequests.AS_OF;
  private static final int DISTINCT = 100_000;
  private static final int RUNS = 1;

  private SparkThroughput() {}

  public static void main(String[] args) {
    long count = args.length > 0 ? Long.parseLong(args[0]) : 1_000_000;
    StringBuilder report = new StringBuilder();
    StringBuilder table = new StringBuilder();
    table.append(String.format("| path | orders/s | seconds for %,d |%n|---|---:|---:|%n", count));
    double load = load();

    PolicyEngine engine = DroolsPolicyEngine.builder().build();
    List<Order> orders = GeneratedRequests.orders(1, DISTINCT).toList();
    double evaluateAll = best(count, n -> {
      try (Stream<BatchResult> results = engine.evaluateAll(cycle(orders, n), AS_OF)) {
        return results.filter(result -> result instanceof BatchResult.Decided).count();
      }
    });
    double loop = best(count, n -> cycle(orders, n).filter(order -> decidedAndAllowed(engine, order)).count());
    line(table, "evaluateAll (" + Runtime.getRuntime().availableProcessors() + " threads)", count, evaluateAll);
    line(table, "evaluate loop (1 thread)", count, loop);

    long cachedBytesPerOrder = 0;
    double[] spark = new double[3];
    double[] mappingOnly = new double[3];
    for (int cores = 1; cores <= 2; cores++) {
      SparkSession session =
          SparkSession.builder().master("local[" + cores + "]").appName("throughput")
              .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "2")
              .config("spark.driver.bindAddress", "127.0.0.1").config("spark.driver.host", "127.0.0.1").getOrCreate();
      Dataset<Row> input = GeneratedRequests.orderRows(session, 1, count).cache();
      input.count();
      if (cores == 1) {
        long cached = java.util.Arrays.stream(session.sparkContext().getRDDStorageInfo()).mapToLong(info -> info.memSize()).sum();
        cachedBytesPerOrder = cached / count;
      }
      SparkPolicy policy = SparkPolicy.builtIn();
      spark[cores] = best(count, n -> noop(policy.decideOrders(part(input, n, count), AS_OF)));
      line(table, "Spark local[" + cores + "]", count, spark[cores]);
      if (cores == 1) {
        mappingOnly[cores] =
            best(count, n -> noop(withoutDeciding(part(input, n, count), policy.version(), GeneratedRequests.rows(session))));
        line(table, "Spark local[1], rows to records to rows, no decision", count, mappingOnly[cores]);
      }
      input.unpersist();
      session.stop();
    }
    int processors = Runtime.getRuntime().availableProcessors();
    report.append(String.format("| ratio | value |%n|---|---:|%n"));
    ratio(report, "Spark local[2] time / evaluateAll time (per core, the target is at most 1.2)", "%.2f", spark[2] / evaluateAll);
    ratio(report, "Spark local[1] time / one-thread loop time", "%.2f", spark[1] / loop);
    ratio(report, "Spark local[1] time / local[2] time (what a second core gave)", "%.2f", spark[1] / spark[2]);
    ratio(report, "Spark path without the decision, share of the local[1] time", "%.0f%%", 100 * mappingOnly[1] / spark[1]);
    ratio(report, "per row on one core, the decision (loop), µs", "%.1f", loop / count * 1e6);
    ratio(report, "per row on one core, the Spark path without the decision, µs", "%.1f", mappingOnly[1] / count * 1e6);
    ratio(report, "core-hours for 100M orders at the Spark local[1] rate", "%.1f", 100_000_000 / (count / spark[1]) / 3600);
    ratio(report, "cached input, bytes per order", "%,d", cachedBytesPerOrder);
    report.append(String.format("%n%,d generated orders, built-in policy, as of %s; load average %.1f at the start, %.1f at the end,"
            + " on %d cores%n",
        count, AS_OF, load, load(), processors));
    report.insert(0, table.append('\n'));
    System.out.print(report);
  }

  /** The best of {@link #RUNS} timed runs of {@code count} after one untimed of a fifth, in seconds. */
  private static double best(long count, LongFunction<Long> run) {
    run.apply(count / 5);
    double best = Double.MAX_VALUE;
    for (int i = 0; i < RUNS; i++) {
      long start = System.nanoTime();
      long sink = run.apply(count);
      best = Math.min(best, (System.nanoTime() - start) / 1e9);
      if (sink < 0) {
        throw new IllegalStateException();
      }
    }
    return best;
  }

  /** As evaluateAll's workers do: bad input is a result, not the end of the loop. */
  private static boolean decidedAndAllowed(PolicyEngine engine, Order order) {
    try {
      return engine.evaluate(order, AS_OF).allowed();
    } catch (InvalidRequestException e) {
      return false;
    }
  }

  /** About n of the count rows, keeping every partition (a limit would gather them into one). */
  private static Dataset<Row> part(Dataset<Row> input, long n, long count) {
    return n == count ? input : input.sample((double) n / count, 1);
  }

  private static Stream<Order> cycle(List<Order> orders, long count) {
    return LongStream.range(0, count).mapToObj(i -> orders.get((int) (i % orders.size())));
  }

  private static long noop(Dataset<Row> decisions) {
    decisions.write().format("noop").mode("overwrite").save();
    return 0;
  }

  /** The Spark path with a fixed decision in place of the engine's: what Spark and the mapping cost. */
  private static Dataset<Row> withoutDeciding(Dataset<Row> input, String version, RecordsToRows rows) {
    StructType schema = input.schema();
    return input.mapPartitions(
        (MapPartitionsFunction<Row, Row>) in -> Iterators.map(in, row -> {
          RowsToRequests.Read read = RowsToRequests.order(new SchemaRow(row, schema));
          Decision decision = new Decision(read.id(), DecisionKind.ORDER, Outcome.APPROVED, AS_OF,
              List.of("2018-01", "2020-10"), List.of(), List.of(), version);
          return rows.decision(new BatchResult.Decided(0, decision), AS_OF, "ORDER", version);
        }),
        Encoders.row(DecisionSchema.schema()));
  }

  private static void ratio(StringBuilder report, String name, String format, Object value) {
    report.append(String.format("| %s | " + format + " |%n", name, value));
  }

  private static void line(StringBuilder report, String path, long count, double seconds) {
    report.append(String.format("| %s | %,.0f | %.2f |%n", path, count / seconds, seconds));
  }

  private static double load() {
    return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
  }
}
