package dev.csprules.bench;

import dev.csprules.api.Decision;
import dev.csprules.api.EnrollmentApplication;
import dev.csprules.api.InvalidRequestException;
import dev.csprules.api.Order;
import dev.csprules.api.PolicyEngine;
import dev.csprules.api.PolicyRequest;
import dev.csprules.bench.corpus.RequestCorpus;
import dev.csprules.bench.yardstick.HandWrittenPolicy;
import dev.csprules.drools.DroolsPolicyEngine;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The cost of one decision: the engine against the hand-written yardstick, for each kind of
 * request. Each thread cycles through the same {@value #CASES} valid requests of that kind (passing
 * requests with zero to four facts broken, as of dates across both editions), so the figure is an
 * average over realistic inputs rather than one path the JIT can specialise on. The engine or
 * yardstick is built once per fork, outside the measurement. Run with {@code -t 1} and
 * {@code -t 2}, and {@code -prof gc} for bytes per decision.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class DecisionBenchmark {
  static final int CASES = 256;

  @Param({"engine", "yardstick"})
  public String evaluator;

  @Param({"enrollment", "order"})
  public String kind;

  private PolicyEngine engine;
  private RequestCorpus.Case[] cases;

  /** Where one thread is in the cycle of cases. */
  @State(Scope.Thread)
  public static class Cursor {
    int next;
  }

  @Setup
  public void setUp() {
    engine = evaluator.equals("engine") ? DroolsPolicyEngine.builder().build() : new HandWrittenPolicy();
    Class<? extends PolicyRequest> type = kind.equals("order") ? Order.class : EnrollmentApplication.class;
    cases = validCases(engine, type).toArray(RequestCorpus.Case[]::new);
  }

  /** {@value #CASES} cases of one kind that the engine accepts (bad input is not what is timed). */
  static List<RequestCorpus.Case> validCases(PolicyEngine engine, Class<? extends PolicyRequest> type) {
    List<RequestCorpus.Case> valid = new ArrayList<>(CASES);
    for (RequestCorpus.Case c : RequestCorpus.generated(7L, CASES * 2, type)) {
      try {
        engine.evaluate(c.request(), c.asOf());
        valid.add(c);
      } catch (InvalidRequestException e) {
        // skipped: rejected input costs a validation, not a decision
      }
    }
    while (valid.size() < CASES) {
      valid.add(valid.get(valid.size() % Math.max(1, valid.size())));
    }
    return valid.subList(0, CASES);
  }

  @Benchmark
  public Decision decide(Cursor cursor) {
    RequestCorpus.Case c = cases[cursor.next++ & (CASES - 1)];
    return engine.evaluate(c.request(), c.asOf());
  }
}
