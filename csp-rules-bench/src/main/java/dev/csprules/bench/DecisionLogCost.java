package dev.csprules.bench;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs {@link DecisionLogBenchmark} and {@link DecisionRecordBenchmark} once and prints the log's
 * cost as ratios of a decision, the figures docs/performance.md gives (target: under 10%). About
 * three minutes:
 *
 * <pre>
 * java -cp csp-rules-bench/target/benchmarks.jar dev.csprules.bench.DecisionLogCost
 * </pre>
 */
public final class DecisionLogCost {
  private DecisionLogCost() {}

  public static void main(String[] args) throws RunnerException {
    Options options =
        new OptionsBuilder()
            .include(DecisionLogBenchmark.class.getName())
            .include(DecisionRecordBenchmark.class.getName())
            .forks(1)
            .warmupIterations(6)
            .warmupTime(TimeValue.seconds(3))
            .measurementIterations(5)
            .measurementTime(TimeValue.seconds(3))
            .timeUnit(TimeUnit.MICROSECONDS)
            .jvmArgsAppend("-Xms1g", "-Xmx1g")
            .shouldFailOnError(true)
            .build();
    Map<String, Double> micros = means(new Runner(options).run());
    double none = micros.get("none");
    System.out.printf("| decision, no log | %.1f us | 1.00 |%n", none);
    System.out.printf("| decision, log dropping when full (what the deciding thread pays) | %.1f us | %.2f |%n", micros.get("drop"), micros.get("drop") / none);
    System.out.printf("| decision, log blocking when full (sustained: the writer keeps up) | %.1f us | %.2f |%n", micros.get("block"), micros.get("block") / none);
    System.out.printf("| the writer's work per record (its own thread) | %.1f us | %.2f |%n", micros.get("writer"), micros.get("writer") / none);
  }

  private static Map<String, Double> means(Collection<RunResult> results) {
    Map<String, Double> means = new HashMap<>();
    for (RunResult result : results) {
      String log = result.getParams().getParam("log");
      means.put(log == null ? "writer" : log, result.getPrimaryResult().getScore());
    }
    return means;
  }
}
