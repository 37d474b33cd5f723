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

  /** The figures one probe printed. */
  public record Result(
      String evaluator,
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

  public static List<Result> measure(List<String> evaluators, List<Long> sizes) {
    List<Result> results = new ArrayList<>();
    for (long size : sizes) {
      for (String evaluator : evaluators) {
        List<ChildJvm.Line> lines =
            ChildJvm.run(List.of(HEAP_LIMIT), BatchProbe.class, evaluator, String.valueOf(size));
        Map<String, String> figures = new HashMap<>();
        for (String pair : lines.get(lines.size() - 1).text().split(" ")) {
          String[] keyValue = pair.split("=", 2);
          figures.put(keyValue[0], keyValue[1]);
        }
        results.add(
            new Result(
                evaluator,
                size,
                Long.parseLong(figures.get("wall_ms")),
                Long.parseLong(figures.get("cpu_ms")),
                Long.parseLong(figures.get("peak_heap_mb")),
                Long.parseLong(figures.get("live_heap_after_gc_mb")),
                Long.parseLong(figures.get("decided"))));
      }
    }
    return results;
  }
}
