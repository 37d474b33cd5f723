package dev.csprules.drools;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.csprules.api.Decision;
import dev.csprules.api.PolicyRequest;
import dev.csprules.api.fact.CspModel;
import dev.csprules.drools.internal.LoadedPolicy;
import dev.csprules.drools.internal.load.PolicyFiles;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The precompiled built-in rules decide as the same DRL compiled at run time does. The benchmark
 * module checks the same on thousands of generated requests; this is the quick check.
 */
class PrecompiledAgreesTest {

  @Test
  void precompiledAndRunTimeCompiledRulesDecideAlike() {
    LoadedPolicy precompiled = LoadedPolicy.load(PolicyFiles.builtIn());
    LoadedPolicy compiled = LoadedPolicy.loadCompilingAtRunTime(PolicyFiles.builtIn());
    List<PolicyRequest> requests =
        List.of(
            Fixtures.indirectApplication(),
            Fixtures.directApplication(),
            Fixtures.application(CspModel.DIRECT_BILL, Fixtures.partner().mpnId("").build()),
            Fixtures.order(),
            Fixtures.order(Fixtures.partner().build(), Fixtures.customer(), "USD", LocalDate.of(2020, 1, 1)));
    for (PolicyRequest request : requests) {
      for (LocalDate asOf : List.of(Fixtures.FIRST_EDITION_DAY, Fixtures.IN_2018, Fixtures.IN_2020)) {
        Decision expected = compiled.decide(request, asOf);
        Decision actual = precompiled.decide(request, asOf);
        assertEquals(expected.findings(), actual.findings(), request.id() + " as of " + asOf);
        assertEquals(expected.outcome(), actual.outcome());
        assertEquals(sorted(expected.firedRules()), sorted(actual.firedRules()));
      }
    }
  }

  private static Set<String> sorted(List<String> ruleIds) {
    return new TreeSet<>(ruleIds);
  }
}
