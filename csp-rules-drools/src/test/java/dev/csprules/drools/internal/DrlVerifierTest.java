package dev.csprules.drools.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class DrlVerifierTest {
  @Test
  void theBuiltInRulesPassTheVerifier() {
    assertEquals(
        List.of(),
        PolicyFiles.builtIn().rules().stream()
            .flatMap(rule -> DrlVerifier.problems(new PolicySource(rule.name(), rule.text(), false)).stream())
            .toList());
  }
}
