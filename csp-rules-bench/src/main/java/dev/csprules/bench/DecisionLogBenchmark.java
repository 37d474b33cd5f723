package dev.csprules.bench;

import dev.csprules.api.Decision;
import dev.csprules.api.EnrollmentApplication;
import dev.csprules.bench.corpus.RequestCorpus;
import dev.csprules.drools.DroolsPolicyEngine;
import dev.csprules.json.JsonLinesDecisionLog;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.runner.IterationType;

/**
 * What the decision log adds to a decision: the same enrollment decisions as {@link
 * DecisionBenchmark}, by an engine without a log ({@code none}) and by engines with the JSON Lines
 * log writing to a file, waiting for room when its queue is full ({@code block}) or dropping the
 * record ({@code drop}).
 *
 * <p>Besides JMH's time per decision, each trial measures CPU time over its measured iterations:
 * the deciding thread's per decision, and the log's writing thread's per record written. CPU time
 * is what the log costs whatever else the machine runs (a shared build machine makes wall-clock
 * figures swing between trials); the trial prints both as a {@value #CPU_LINE} line, and appends
 * it to the file the system property {@value #CPU_FILE} names, which {@link DecisionLogCost} reads.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class DecisionLogBenchmark {
  static final String CPU_LINE = "cpu-per-decision";
  static final String CPU_FILE = "csp-rules.bench.cpu-file";
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  @Param({"none", "block", "drop"})
  public String log;

  private DroolsPolicyEngine engine;
  private JsonLinesDecisionLog jsonLines;
  private Path folder;
  private RequestCorpus.Case[] cases;
  private Thread writer;

  /** The deciding thread's place in the cases, and its CPU time over the measured iterations. */
  @State(Scope.Thread)
  public static class Meter {
    int next;
    long decisions;
    long deciderNanos;
    long writerNanos;
    long written;
    private boolean measuring;
    private long decisionsAtStart;
    private long deciderAtStart;
    private long writerAtStart;
    private long writtenAtStart;

    @Setup(Level.Iteration)
    public void start(IterationParams iteration, DecisionLogBenchmark bench) {
      measuring = iteration.getType() == IterationType.MEASUREMENT;
      decisionsAtStart = decisions;
      deciderAtStart = THREADS.getCurrentThreadCpuTime();
      writerAtStart = bench.writerCpu();
      writtenAtStart = bench.written();
    }

    @TearDown(Level.Iteration)
    public void stop(DecisionLogBenchmark bench) {
      if (!measuring) {
        decisions = decisionsAtStart;
        return;
      }
      deciderNanos += THREADS.getCurrentThreadCpuTime() - deciderAtStart;
      writerNanos += bench.writerCpu() - writerAtStart;
      written += bench.written() - writtenAtStart;
    }

    @TearDown(Level.Trial)
    public void report(DecisionLogBenchmark bench) throws IOException {
      String line =
          String.format(
              "%s log=%s decider=%.0f writer=%.0f written=%d decisions=%d%n",
              CPU_LINE, bench.log, (double) deciderNanos / decisions,
              written == 0 ? 0.0 : (double) writerNanos / written, written, decisions);
      System.out.print(line);
      String file = System.getProperty(CPU_FILE);
      if (file != null) {
        Files.writeString(Path.of(file), line, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
      }
    }
  }

  @Setup(Level.Trial)
  public void setUp() throws IOException {
    DroolsPolicyEngine.Builder builder = DroolsPolicyEngine.builder();
    if (!log.equals("none")) {
      folder = Files.createTempDirectory("decision-log-bench");
      jsonLines =
          JsonLinesDecisionLog.to(folder.resolve("decisions.jsonl"))
              .whenFull(log.equals("block") ? JsonLinesDecisionLog.WhenFull.BLOCK : JsonLinesDecisionLog.WhenFull.DROP)
              .build();
      builder.decisionLog(jsonLines);
      writer =
          Thread.getAllStackTraces().keySet().stream()
              .filter(thread -> thread.getName().equals("csp-rules-decision-log"))
              .findFirst()
              .orElseThrow();
    }
    engine = builder.build();
    cases = DecisionBenchmark.validCases(engine, EnrollmentApplication.class).toArray(RequestCorpus.Case[]::new);
  }

  @Benchmark
  public Decision decide(Meter meter) {
    meter.decisions++;
    RequestCorpus.Case c = cases[meter.next++ & (cases.length - 1)];
    return engine.evaluate(c.request(), c.asOf());
  }

  long writerCpu() {
    return writer == null ? 0 : THREADS.getThreadCpuTime(writer.getId());
  }

  long written() {
    return jsonLines == null ? 0 : jsonLines.written();
  }

  @TearDown(Level.Trial)
  public void tearDown() throws IOException {
    if (jsonLines == null) {
      return;
    }
    jsonLines.close();
    if (jsonLines.failed() > 0 || (log.equals("block") && jsonLines.dropped() > 0)) {
      throw new IllegalStateException(
          "the log lost records: " + jsonLines.dropped() + " dropped, " + jsonLines.failed() + " failed");
    }
    System.out.println("records written: " + jsonLines.written() + ", dropped (queue full): " + jsonLines.dropped());
    try (Stream<Path> files = Files.walk(folder)) {
      files.sorted(Comparator.reverseOrder()).forEach(path -> {
        try {
          Files.delete(path);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    }
  }
}
