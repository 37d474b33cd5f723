package dev.csprules.bench;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.csprules.bench.corpus.Agreement;
import dev.csprules.bench.corpus.RequestCorpus;
import dev.csprules.drools.internal.LoadedPolicy;
import dev.csprules.drools.internal.load.PolicyFiles;
import org.junit.jupiter.api.Test;

/**
 * The built-in rules precompiled at build time decide exactly as the same DRL compiled at run time
 * (the path every policy folder takes), on the generated corpus.
 */
class PrecompiledAgreesWithRunTimeCompiledTest {

  @Test
  void agreeOnTheGeneratedCorpus() {
    LoadedPolicy compiledAtRunTime = LoadedPolicy.loadCompilingAtRunTime(PolicyFiles.builtIn());
    LoadedPolicy precompiled = LoadedPolicy.load(PolicyFiles.builtIn());

    Agreement.Report report =
        Agreement.check(compiledAtRunTime::decide, precompiled::decide, RequestCorpus.generated(42L, 4_000));

    assertTrue(
        report.agrees(),
        () -> report.differences().size() + " of " + report.cases() + " differ:\n"
            + String.join("\n", report.differences().subList(0, Math.min(20, report.differences().size()))));
  }
}
