package dev.csprules.bench;

import dev.csprules.api.Decision;
import dev.csprules.api.EnrollmentApplication;
import dev.csprules.bench.corpus.RequestCorpus;
import dev.csprules.drools.DroolsPolicyEngine;
import dev.csprules.json.JsonLinesDecisionLog;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
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

/**
 * What the decision log adds to a decision: the same enrollment decisions as {@link
 * DecisionBenchmark}, by an engine without a log ({@code none}) and by engines with the JSON Lines
 * log writing to a file. Under {@code block} the log waits for room when its queue is full, so
 * under this sustained load the figure includes the writing thread keeping up; under {@code drop}
 * it is what the deciding thread pays, and the tear-down prints how many records the writer could
 * not keep up with. {@link DecisionRecordBenchmark} times the writer's own work per record.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class DecisionLogBenchmark {
  @Param({"none", "block", "drop"})
  public String log;

  private DroolsPolicyEngine engine;
  private JsonLinesDecisionLog jsonLines;
  private Path folder;
  private RequestCorpus.Case[] cases;
  private int next;

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
    }
    engine = builder.build();
    cases = DecisionBenchmark.validCases(engine, EnrollmentApplication.class).toArray(RequestCorpus.Case[]::new);
  }

  @Benchmark
  public Decision decide() {
    RequestCorpus.Case c = cases[next++ & (cases.length - 1)];
    return engine.evaluate(c.request(), c.asOf());
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
    System.out.println(
        "records written: " + jsonLines.written() + ", dropped (queue full): " + jsonLines.dropped());
    try (Stream<Path> files = Files.walk(folder)) {
      files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> {
        try {
          Files.delete(path);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    }
  }
}
