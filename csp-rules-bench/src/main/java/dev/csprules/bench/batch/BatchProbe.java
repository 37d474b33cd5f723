package dev.csprules.bench.batch;

import com.sun.management.GarbageCollectionNotificationInfo;
import com.sun.management.OperatingSystemMXBean;
import dev.csprules.api.BatchResult;
import dev.csprules.api.Decision;
import dev.csprules.api.Explanation;
import dev.csprules.api.PolicyRequest;
import dev.csprules.api.PolicyEngine;
import dev.csprules.bench.yardstick.HandWrittenPolicy;
import dev.csprules.drools.DroolsPolicyEngine;
import dev.csprules.drools.ParallelBatch;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;

/**
 * What one fresh JVM does for a batch measurement (started by {@link BatchMeasurement} with
 * {@code -Xmx1g}): builds the engine or the yardstick, runs warm-up batches, then times one batch
 * of the given size through {@link PolicyEngine#evaluateAll} and prints one line of
 * {@code key=value} figures: wall time, CPU time (to see both cores at work), the heap's peak use
 * and the most heap still in use after a collection (the batch's live memory).
 *
 * <p>Arguments: evaluator ({@code engine}, {@link #ONE_PER_SESSION} or {@code yardstick}), number of orders, and optionally
 * {@code cold} to measure the first batch of a fresh JVM, without warm-up.
 */
public final class BatchProbe {
  /**
   * Seconds of warm-up batches before the measured one: the engine's code takes this long to be
   * compiled (measured with JMH on this machine), and a billing run lasts longer than that.
   */
  public static final int WARM_UP_SECONDS = 15;

  /**
   * The engine with every order decided in a session of its own (each through {@code evaluate},
   * in the same parallel chunks): what evaluateAll did before orders shared sessions.
   */
  public static final String ONE_PER_SESSION = "engine-one-per-session";

  private BatchProbe() {}

  public static void main(String[] args) {
    PolicyEngine engine = evaluator(args[0]);
    long orders = Long.parseLong(args[1]);
    BillingRun run = new BillingRun();

    boolean cold = args.length > 2 && args[2].equals("cold");
    long warmUpEnd = System.nanoTime() + (cold ? 0 : WARM_UP_SECONDS * 1_000_000_000L);
    while (System.nanoTime() < warmUpEnd) {
      consume(engine, run, 20_000);
    }
    System.gc();
    AtomicLong liveAfterGc = watchLiveHeapAfterGc();
    ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    long cpuStart = os.getProcessCpuTime();
    long start = System.nanoTime();
    Map<Kind, Long> counts = consume(engine, run, orders);
    long wallNanos = System.nanoTime() - start;
    long cpuNanos = os.getProcessCpuTime() - cpuStart;

    System.out.printf(
        "orders=%d wall_ms=%d cpu_ms=%d peak_heap_mb=%d live_heap_after_gc_mb=%d max_heap_mb=%d decided=%d rejected=%d failed=%d%n",
        orders,
        wallNanos / 1_000_000,
        cpuNanos / 1_000_000,
        peakHeapUsed() >> 20,
        liveAfterGc.get() >> 20,
        Runtime.getRuntime().maxMemory() >> 20,
        counts.get(Kind.DECIDED),
        counts.get(Kind.REJECTED),
        counts.get(Kind.FAILED));
  }

  private static PolicyEngine evaluator(String name) {
    if (name.equals("yardstick")) {
      return new HandWrittenPolicy();
    }
    DroolsPolicyEngine engine = DroolsPolicyEngine.builder().build();
    if (!name.equals(ONE_PER_SESSION)) {
      return engine;
    }
    return new PolicyEngine() {
      @Override
      public Decision evaluate(PolicyRequest request, LocalDate asOf) {
        return engine.evaluate(request, asOf);
      }

      @Override
      public Explanation explain(PolicyRequest request, LocalDate asOf) {
        return engine.explain(request, asOf);
      }

      @Override
      public Stream<BatchResult> evaluateAll(Stream<? extends PolicyRequest> requests, LocalDate asOf) {
        return ParallelBatch.stream(this, requests, asOf, null, Runtime.getRuntime().availableProcessors());
      }
    };
  }

  private enum Kind {
    DECIDED, REJECTED, FAILED
  }

  private static Map<Kind, Long> consume(PolicyEngine engine, BillingRun run, long orders) {
    Map<Kind, Long> counts = new EnumMap<>(Kind.class);
    for (Kind kind : Kind.values()) {
      counts.put(kind, 0L);
    }
    engine
        .evaluateAll(run.orders(orders), BillingRun.AS_OF)
        .forEach(result -> counts.merge(kindOf(result), 1L, Long::sum));
    return counts;
  }

  private static Kind kindOf(BatchResult result) {
    if (result instanceof BatchResult.Decided) {
      return Kind.DECIDED;
    }
    return result instanceof BatchResult.Rejected ? Kind.REJECTED : Kind.FAILED;
  }

  /** The sum of each heap pool's peak: an upper bound on the heap the batch needed at once. */
  private static long peakHeapUsed() {
    return ManagementFactory.getMemoryPoolMXBeans().stream()
        .filter(pool -> pool.getType() == MemoryType.HEAP)
        .mapToLong(pool -> pool.getPeakUsage().getUsed())
        .sum();
  }

  /** The most heap in use right after any collection from now on: memory the batch kept alive. */
  private static AtomicLong watchLiveHeapAfterGc() {
    AtomicLong most = new AtomicLong();
    for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
      ((NotificationEmitter) collector)
          .addNotificationListener(
              (notification, handback) -> {
                if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
                  GarbageCollectionNotificationInfo info =
                      GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
                  long used =
                      info.getGcInfo().getMemoryUsageAfterGc().values().stream()
                          .mapToLong(MemoryUsage::getUsed)
                          .sum();
                  most.accumulateAndGet(used, Math::max);
                }
              },
              null,
              null);
    }
    return most;
  }
}
