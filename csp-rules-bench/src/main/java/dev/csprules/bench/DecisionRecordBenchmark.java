package dev.csprules.bench;

import dev.csprules.api.Decision;
import dev.csprules.api.DecisionRecord;
import dev.csprules.api.EnrollmentApplication;
import dev.csprules.bench.corpus.RequestCorpus;
import dev.csprules.drools.DroolsPolicyEngine;
import dev.csprules.json.LoggedDecision;
import dev.csprules.json.Masking;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The JSON Lines log's work per record, done on its own thread: mask the request, hash its
 * canonical JSON, write the record's line (to a stream that discards it, so the disk is not
 * timed). The same enrollment decisions as {@link DecisionLogBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class DecisionRecordBenchmark {
  private final OutputStream discard = OutputStream.nullOutputStream();
  private final Masking masking = Masking.defaults();
  private DecisionRecord[] records;
  private int next;

  @Setup
  public void setUp() {
    DroolsPolicyEngine engine = DroolsPolicyEngine.builder().build();
    List<RequestCorpus.Case> cases = DecisionBenchmark.validCases(engine, EnrollmentApplication.class);
    records = new DecisionRecord[cases.size()];
    for (int i = 0; i < records.length; i++) {
      RequestCorpus.Case c = cases.get(i);
      Decision decision = engine.evaluate(c.request(), c.asOf());
      records[i] = new DecisionRecord("bench-" + i, Instant.EPOCH, c.request(), decision, Duration.ofNanos(16_600));
    }
  }

  @Benchmark
  public OutputStream writeRecord() throws IOException {
    LoggedDecision.of(records[next++ & (records.length - 1)], masking).writeLineTo(discard);
    return discard;
  }
}
