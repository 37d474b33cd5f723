package dev.csprules.bench.start;

import dev.csprules.api.Decision;
import dev.csprules.api.PolicyRequest;
import java.time.LocalDate;
import java.util.function.BiFunction;
import dev.csprules.api.fact.CspModel;
import dev.csprules.bench.corpus.RequestCorpus;
import dev.csprules.drools.DroolsPolicyEngine;
import dev.csprules.drools.internal.LoadedPolicy;
import dev.csprules.drools.internal.load.PolicyFiles;

/**
 * What one fresh JVM does for the start measurement: builds an engine, prints {@code ready}, takes
 * one decision, prints {@code decided}, and exits. {@link StartupMeasurement} starts it and times
 * the lines from outside, so JVM boot and class loading count.
 *
 * <p>Modes: {@code precompiled}, the built-in policy as {@code DroolsPolicyEngine.builder().build()}
 * gives it; {@code compiled-at-run-time}, the same DRL compiled when the engine is built, which is
 * what a policy folder given at run time costs.
 */
public final class StartupProbe {
  private StartupProbe() {}

  public static void main(String[] args) {
    BiFunction<PolicyRequest, LocalDate, Decision> engine =
        switch (args[0]) {
          case "precompiled" -> DroolsPolicyEngine.builder().build()::evaluate;
          case "compiled-at-run-time" -> LoadedPolicy.loadCompilingAtRunTime(PolicyFiles.builtIn())::decide;
          default -> throw new IllegalArgumentException("unknown mode " + args[0]);
        };
    System.out.println("ready");
    Decision decision =
        engine.apply(
            RequestCorpus.passingApplication(CspModel.DIRECT_BILL), RequestCorpus.PASSING_AS_OF);
    System.out.println("decided " + decision.outcome());
  }
}
