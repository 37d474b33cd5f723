package dev.csprules.bench;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.csprules.bench.corpus.Agreement;
import dev.csprules.bench.corpus.RequestCorpus;
import dev.csprules.bench.yardstick.HandWrittenPolicy;
import dev.csprules.drools.DroolsPolicyEngine;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The yardstick is only a fair comparison while it decides exactly as the engine does. This is the
 * fast check CI runs; the benchmark report runs it again before it measures.
 */
class YardstickAgreesWithEngineTest {
  private static final DroolsPolicyEngine ENGINE = DroolsPolicyEngine.builder().build();
  private static final HandWrittenPolicy YARDSTICK = new HandWrittenPolicy();

  @Test
  void agreesOnTheGeneratedCorpus() {
    assertAgrees(RequestCorpus.generated(20_250_101L, 4_000));
  }

  static void assertAgrees(List<RequestCorpus.Case> cases) {
    Agreement.Report report = Agreement.check(ENGINE::evaluate, YARDSTICK::evaluate, cases);
    assertTrue(
        report.agrees(),
        () -> report.differences().size() + " of " + report.cases() + " differ:\n"
            + String.join("\n", report.differences().subList(0, Math.min(20, report.differences().size()))));
    assertTrue(report.rejected() < cases.size() / 10, "most cases are valid input");
  }
}
