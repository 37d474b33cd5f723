package dev.csprules.bench;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.util.Statistics;

/** Runs {@link DecisionBenchmark} through JMH, with the gc profiler, at each thread count. */
public final class DecisionMeasurement {
  /** One benchmark's figures: latency in microseconds, allocation in bytes per decision. */
  public record Row(
      String evaluator, String kind, int threads, double mean, double p50, double p99, double bytesPerDecision) {

    /** Decisions per second, all threads together. */
    public double throughput() {
      return threads * 1_000_000.0 / mean;
    }
  }

  /** How long JMH measures: forks, and warm-up and measurement iterations of a given length. */
  public record Effort(int forks, int warmupIterations, int measurementIterations, int secondsPerIteration) {}

  private DecisionMeasurement() {}

  public static List<Row> measure(List<Integer> threadCounts, Effort effort) {
    List<Row> rows = new ArrayList<>();
    for (int threads : threadCounts) {
      Options options =
          new OptionsBuilder()
              .include(DecisionBenchmark.class.getName() + ".decide")
              .threads(threads)
              .forks(effort.forks())
              .warmupIterations(effort.warmupIterations())
              .warmupTime(TimeValue.seconds(effort.secondsPerIteration()))
              .measurementIterations(effort.measurementIterations())
              .measurementTime(TimeValue.seconds(effort.secondsPerIteration()))
              .timeUnit(TimeUnit.MICROSECONDS)
              .addProfiler(GCProfiler.class)
              // A fixed heap, so heap resizing does not show up as latency.
              .jvmArgsAppend("-Xms1g", "-Xmx1g")
              .shouldFailOnError(true)
              .build();
      try {
        rows.addAll(rows(new Runner(options).run(), threads));
      } catch (RunnerException e) {
        throw new IllegalStateException("JMH failed", e);
      }
    }
    return rows;
  }

  private static List<Row> rows(Collection<RunResult> results, int threads) {
    List<Row> rows = new ArrayList<>();
    for (RunResult result : results) {
      Statistics latency = result.getPrimaryResult().getStatistics();
      Result<?> allocation = result.getSecondaryResults().get("gc.alloc.rate.norm");
      rows.add(
          new Row(
              result.getParams().getParam("evaluator"),
              result.getParams().getParam("kind"),
              threads,
              latency.getMean(),
              latency.getPercentile(50),
              latency.getPercentile(99),
              allocation == null ? Double.NaN : allocation.getScore()));
    }
    return rows;
  }
}
