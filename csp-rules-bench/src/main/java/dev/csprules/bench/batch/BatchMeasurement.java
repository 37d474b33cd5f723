package dev.csprules.bench.batch;

import dev.csprules.bench.ChildJvm;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs {@link BatchProbe} once per evaluator and size, each in a fresh JVM limited to a 1 GB heap
 * ({@code -Xmx1g}): a batch that needed more would fail with OutOfMemoryError.
 */
public final class BatchMeasurement {
  public static final String HEAP_LIMIT = "-Xmx1g";

  /** The figures one probe printed; {@code cold} when measured without warm-up. */
  public record Result(
      String evaluator,
      boolean cold,
      long orders,
      long wallMillis,
      long cpuMillis,
      long peakHeapMb,
      long liveHeapAfterGcMb,
      long decided) {

    /** Microseconds of wall time per order. */
    public double microsPerOrder() {
      return wallMillis * 1000.0 / orders;
    }

    /** Cores busy on average: CPU time over wall time. */
    public double coresBusy() {
      return (double) cpuMillis / wallMillis;
    }
  }

  private BatchMeasurement() {}

  /**
   * Each evaluator at each size after warm-up, then at the largest size the engine deciding one
   * order per session ({@link BatchProbe#ONE_PER_SESSION}, what shared sessions gain) and the
   * engine in a cold JVM.
   */
  public static List<Result> measure(List<String> evaluators, List<Long> sizes) {
    List<Result> results = new ArrayList<>();
    for (long size : sizes) {
      for (String evaluator : evaluators) {
        results.add(probe(evaluator, size, false));
      }
    }
    long largest = sizes.get(sizes.size() - 1);
    results.add(probe(BatchProbe.ONE_PER_SESSION, largest, false));
    results.add(probe("engine", largest, true));
    return results;
  }

  private static Result probe(String evaluator, long size, boolean cold) {
    List<String> args = new ArrayList<>(List.of(evaluator, String.valueOf(size)));
    if (cold) {
      args.add("cold");
    }
    List<ChildJvm.Line> lines =
        ChildJvm.run(List.of(HEAP_LIMIT), BatchProbe.class, args.toArray(String[]::new));
    Map<String, String> figures = new HashMap<>();
    for (String pair : lines.get(lines.size() - 1).text().split(" ")) {
      String[] keyValue = pair.split("=", 2);
      figures.put(keyValue[0], keyValue[1]);
    }
    return new Result(
        evaluator,
        cold,
        size,
        Long.parseLong(figures.get("wall_ms")),
        Long.parseLong(figures.get("cpu_ms")),
        Long.parseLong(figures.get("peak_heap_mb")),
        Long.parseLong(figures.get("live_heap_after_gc_mb")),
        Long.parseLong(figures.get("decided")));
  }
}
