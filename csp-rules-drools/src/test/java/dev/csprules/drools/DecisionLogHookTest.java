package dev.csprules.drools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.csprules.api.BatchResult;
import dev.csprules.api.Decision;
import dev.csprules.api.DecisionLog;
import dev.csprules.api.DecisionRecord;
import dev.csprules.api.PolicyRequest;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The engine hands every decision to its log, stamped by its clock, and a failing log fails no decision. */
class DecisionLogHookTest {
  private static final Instant NOW = Instant.parse("2026-03-01T09:30:00Z");

  @Test
  void evaluateExplainAndEveryDecisionOfABatchAreRecordedWithTheClocksTime() {
    List<DecisionRecord> records = new CopyOnWriteArrayList<>();
    DroolsPolicyEngine engine =
        DroolsPolicyEngine.builder().decisionLog(collecting(records)).clock(Clock.fixed(NOW, ZoneOffset.UTC)).build();
    PolicyRequest application = Fixtures.directApplication();
    PolicyRequest order = Fixtures.order();

    Decision evaluated = engine.evaluate(application, Fixtures.IN_2020);
    Decision explained = engine.explain(order, Fixtures.IN_2020).decision();
    long decidedInBatch;
    try (Stream<BatchResult> batch = engine.evaluateAll(Stream.of(application, order, application), Fixtures.IN_2020)) {
      decidedInBatch = batch.filter(BatchResult.Decided.class::isInstance).count();
    }

    assertEquals(3, decidedInBatch);
    assertEquals(5, records.size());
    assertEquals(evaluated, records.get(0).decision());
    assertEquals(application, records.get(0).request());
    assertEquals(explained, records.get(1).decision());
    assertTrue(records.stream().allMatch(record -> record.timestamp().equals(NOW)));
    assertTrue(records.stream().allMatch(record -> !record.duration().isNegative()));
    assertEquals(5, records.stream().map(DecisionRecord::decisionId).distinct().count());
    assertTrue(records.get(0).decisionId().matches("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}"));
  }

  @Test
  void aLogThatThrowsCostsItsRecordNotTheDecision() {
    DecisionLog broken = new DecisionLog() {
      @Override
      public void record(DecisionRecord record) {
        throw new IllegalStateException("disk on fire");
      }

      @Override
      public void close() {}
    };
    DroolsPolicyEngine engine = DroolsPolicyEngine.builder().decisionLog(broken).build();
    assertEquals(
        DroolsPolicyEngine.builder().build().evaluate(Fixtures.order(), Fixtures.IN_2020),
        engine.evaluate(Fixtures.order(), Fixtures.IN_2020));
  }

  private static DecisionLog collecting(List<DecisionRecord> records) {
    return new DecisionLog() {
      @Override
      public void record(DecisionRecord record) {
        records.add(record);
      }

      @Override
      public void close() {}
    };
  }
}
