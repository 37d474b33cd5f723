package dev.csprules.drools.internal.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.csprules.drools.internal.load.PolicyFiles;
import dev.csprules.drools.internal.policy.PolicySource;
import org.junit.jupiter.api.Test;

/**
 * The build compiles the built-in DRL to the executable model; the engine uses it only for that
 * exact DRL. Decisions are compared with run-time compiled rules in PrecompiledAgreesTest (here, on
 * a few requests) and in the benchmark module on the generated corpus.
 */
class PrecompiledRulesTest {

  @Test
  void theBuiltInRulesArePrecompiled() {
    assertEquals(
        "precompiled at build time", PrecompiledRules.matchingOrCompiled(PolicyFiles.builtIn().rules()).provenance());
  }

  @Test
  void changedOrAddedRulesAreCompiledAtRunTime() {
    PolicySource first = PolicyFiles.builtIn().rules().get(0);

    PolicyFiles changed = PolicyFiles.builtIn().withBuiltIn(first.name(), first.text() + "\n// changed\n");
    PolicyFiles added =
        PolicyFiles.builtIn().with("rules/extra/none.drl", "package dev.csprules.policy.rules.extra;\n");

    assertTrue(PrecompiledRules.matching(changed.rules()).isEmpty());
    assertTrue(PrecompiledRules.matching(added.rules()).isEmpty());
    assertEquals("compiled at run time", PrecompiledRules.matchingOrCompiled(added.rules()).provenance());
  }
}
