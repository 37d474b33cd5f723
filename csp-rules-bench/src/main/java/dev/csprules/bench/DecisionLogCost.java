package dev.csprules.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
 * cost as ratios to a decision, the table docs/performance.md gives (target: under 10%). About
 * three minutes:
 *
 * <pre>
 * java -cp csp-rules-bench/target/benchmarks.jar dev.csprules.bench.DecisionLogCost
 * </pre>
 */
public final class DecisionLogCost {
  private DecisionLogCost() {}

  public static void main(String[] args) throws RunnerException, IOException {
    Path cpuFile = Files.createTempFile("decision-log-cpu", ".txt");
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
            .jvmArgsAppend("-Xms1g", "-Xmx1g", "-D" + DecisionLogBenchmark.CPU_FILE + "=" + cpuFile)
            .shouldFailOnError(true)
            .build();
    Map<String, Double> wall = means(new Runner(options).run());
    Map<String, double[]> cpu = cpuLines(Files.readAllLines(cpuFile, StandardCharsets.UTF_8));
    Files.delete(cpuFile);
    double decision = cpu.get("none")[0];
    System.out.printf("| engine | wall time per decision (JMH) | CPU per decision, deciding thread | CPU per record, writing thread | CPU against a decision without a log |%n");
    System.out.printf("|---|---:|---:|---:|---:|%n");
    for (String log : new String[] {"none", "drop", "block"}) {
      double[] figures = cpu.get(log);
      System.out.printf(
          "| %s | %.1f us | %.1f us | %s | %.2f |%n",
          log.equals("none") ? "no log" : "JSON Lines log, " + log + " when full",
          wall.get(log), figures[0] / 1000, log.equals("none") ? "" : String.format("%.1f us", figures[1] / 1000),
          (figures[0] + figures[1]) / decision);
    }
    System.out.printf(
        "%nThe writer's work per record alone (DecisionRecordBenchmark, wall time): %.1f us, %.2f of a decision's wall time%n",
        wall.get("writer"), wall.get("writer") / wall.get("none"));
  }

  private static Map<String, Double> means(Collection<RunResult> results) {
    Map<String, Double> means = new HashMap<>();
    for (RunResult result : results) {
      String log = result.getParams().getParam("log");
      means.put(log == null ? "writer" : log, result.getPrimaryResult().getScore());
    }
    return means;
  }

  /** The CPU lines the benchmark's trials printed: deciding thread and writer, nanoseconds. */
  private static Map<String, double[]> cpuLines(Iterable<String> lines) {
    Map<String, double[]> cpu = new HashMap<>();
    for (String line : lines) {
      if (line.startsWith(DecisionLogBenchmark.CPU_LINE + " ")) {
        Map<String, String> fields = new HashMap<>();
        for (String field : line.substring(DecisionLogBenchmark.CPU_LINE.length() + 1).split(" ")) {
          String[] pair = field.split("=", 2);
          fields.put(pair[0], pair[1]);
        }
        cpu.put(fields.get("log"), new double[] {Double.parseDouble(fields.get("decider")), Double.parseDouble(fields.get("writer"))});
      }
    }
    return cpu;
  }
}
