package dev.csprules.drools;

import dev.csprules.api.Decision;
import dev.csprules.api.FindingCode;
import dev.csprules.api.PolicyRequest;
import java.time.LocalDate;
import java.util.Set;

/** The built-in engine, built once for all test classes of a run (building takes seconds). */
final class SharedEngine {
  private static DroolsPolicyEngine engine;

  private SharedEngine() {}

  static synchronized DroolsPolicyEngine get() {
    if (engine == null) {
      engine = DroolsPolicyEngine.builder().build();
    }
    return engine;
  }

  static Decision decide(PolicyRequest request, LocalDate asOf) {
    return get().evaluate(request, asOf);
  }

  static Set<FindingCode> codes(PolicyRequest request, LocalDate asOf) {
    return decide(request, asOf).findingCodes();
  }
}
