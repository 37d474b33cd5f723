package dev.csprules.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.csprules.api.BatchResult;
import dev.csprules.api.Decision;
import dev.csprules.api.DecisionLog;
import dev.csprules.api.Explanation;
import dev.csprules.api.InvalidRequestException;
import dev.csprules.api.Outcome;
import dev.csprules.api.PolicyEngine;
import dev.csprules.api.PolicyRequest;
import dev.csprules.drools.DroolsPolicyEngine;
import dev.csprules.drools.PolicyEvaluationException;
import dev.csprules.drools.PolicyLoadException;
import dev.csprules.json.JsonLinesDecisionLog;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.actuate.health.Status;
import org.springframework.boot.actuate.info.Info;
import org.springframework.boot.actuate.info.InfoContributor;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

class CspRulesAutoConfigurationTest {
  private static final String STRICT = "direct-bill.revenue-threshold-usd = 1000000\n";

  private final ApplicationContextRunner runner =
      new ApplicationContextRunner()
          .withConfiguration(AutoConfigurations.of(CspRulesAutoConfiguration.class, CspRulesActuatorAutoConfiguration.class));

  @TempDir Path dir;

  @Test
  void withoutPropertiesTheEngineDecidesWithTheBuiltInPolicy() {
    runner.run(
        context -> {
          assertThat(context).hasSingleBean(PolicyEngine.class);
          Decision decision =
              context.getBean(PolicyEngine.class).evaluate(Requests.directBillApplication(), Requests.AS_OF);
          assertThat(decision.outcome()).isEqualTo(Outcome.ELIGIBLE);
        });
  }

  @Test
  void aPolicyFolderFromThePropertiesDecides() throws IOException {
    Path folder = Files.createDirectories(dir.resolve("strict"));
    Files.writeString(folder.resolve("parameters.properties"), STRICT);
    runner
        .withPropertyValues("csp-rules.policy-folders[0]=" + folder)
        .run(
            context -> {
              assertThat(context.getBean(CspRulesProperties.class).policyFolders()).containsExactly(folder);
              assertThat(decide(context.getBean(PolicyEngine.class)).outcome()).isEqualTo(Outcome.INELIGIBLE);
            });
  }

  @Test
  void aParametersFileFromThePropertiesReplacesTheBuiltInParameters() throws IOException {
    Path parameters = dir.resolve("parameters.properties");
    Files.writeString(
        parameters,
        builtIn("parameters.properties").replace("revenue-threshold-usd = 300000.00", "revenue-threshold-usd = 1000000"));
    runner
        .withPropertyValues("csp-rules.parameters-file=" + parameters)
        .run(context -> assertThat(decide(context.getBean(PolicyEngine.class)).outcome()).isEqualTo(Outcome.INELIGIBLE));
  }

  @Test
  void aMarketsFileFromThePropertiesIsReadAndABadOneStopsTheStart() throws IOException {
    Path markets = dir.resolve("markets.csv");
    Files.writeString(markets, "country_code,country_name\nJP\n");
    runner
        .withPropertyValues("csp-rules.markets-file=" + markets)
        .run(
            context -> {
              assertThat(context).hasFailed();
              assertThat(context.getStartupFailure()).rootCause().isInstanceOf(PolicyLoadException.class);
              assertThat(context.getStartupFailure()).rootCause().hasMessageContaining("missing column(s) market_region");
            });
  }

  @Test
  void anEngineOfTheApplicationsOwnIsLeftAloneAndNothingIsShownForIt() {
    runner
        .withUserConfiguration(OwnEngine.class)
        .run(
            context -> {
              assertThat(context).hasSingleBean(PolicyEngine.class);
              assertThat(context.getBean(PolicyEngine.class)).isSameAs(OwnEngine.ENGINE);
              assertThat(context).doesNotHaveBean(DroolsPolicyEngine.class);
              assertThat(context).doesNotHaveBean(PolicyHealthIndicator.class);
              assertThat(context).doesNotHaveBean(PolicyInfoContributor.class);
            });
  }

  @Test
  void healthShowsTheVersionAndTheLastReloadWithWhetherItWasRefused() throws IOException {
    Path folder = Files.createDirectories(dir.resolve("policy"));
    Files.writeString(folder.resolve("parameters.properties"), STRICT);
    runner
        .withPropertyValues("csp-rules.policy-folders=" + folder)
        .run(
            context -> {
              DroolsPolicyEngine engine = context.getBean(DroolsPolicyEngine.class);
              HealthIndicator indicator = context.getBean(HealthIndicator.class);
              Health atStart = indicator.health();
              assertThat(atStart.getStatus()).isEqualTo(Status.UP);
              assertThat(atStart.getDetails()).containsEntry("policyVersion", engine.policyVersion()).doesNotContainKey("lastReload");

              Files.writeString(folder.resolve("parameters.properties"), "direct-bill.revenue-threshold-usd = 1000\n");
              String applied = engine.reload();
              assertThat(lastReload(indicator)).containsEntry("refused", false).containsEntry("version", applied);

              Files.createDirectories(folder.resolve("rules"));
              Files.writeString(folder.resolve("rules/broken.drl"), "package p;\nrule \"ENR-X\" when NoSuchFact() then end\n");
              assertThatThrownBy(engine::reload).isInstanceOf(PolicyLoadException.class);
              Health afterRefusal = indicator.health();
              assertThat(afterRefusal.getStatus()).isEqualTo(Status.UP);
              assertThat(afterRefusal.getDetails()).containsEntry("policyVersion", applied);
              assertThat(lastReload(indicator))
                  .containsEntry("refused", true)
                  .containsEntry("version", applied);
              assertThat((List<?>) lastReload(indicator).get("reason"))
                  .anySatisfy(line -> assertThat(line.toString()).contains("broken.drl:2"));
            });
  }

  @Test
  void infoShowsTheEditionsAndTheRuleCount() {
    runner.run(
        context -> {
          DroolsPolicyEngine engine = context.getBean(DroolsPolicyEngine.class);
          Info.Builder info = new Info.Builder();
          context.getBean(InfoContributor.class).contribute(info);
          @SuppressWarnings("unchecked")
          Map<String, Object> policy = (Map<String, Object>) info.build().get("csp-rules");
          assertThat(policy)
              .containsEntry("policyVersion", engine.policyVersion())
              .containsEntry("editions", List.of("2018-01", "2020-10"))
              .containsEntry("rules", engine.rules().size());
          assertThat(engine.rules()).isNotEmpty();
        });
  }

  @Test
  void decisionsBatchResultsAndReloadsAreMetered() throws IOException {
    Path folder = Files.createDirectories(dir.resolve("metered"));
    Files.writeString(folder.resolve("parameters.properties"), STRICT);
    runner
        .withUserConfiguration(Registry.class)
        .withPropertyValues("csp-rules.policy-folders=" + folder)
        .run(
            context -> {
              DroolsPolicyEngine engine = context.getBean(DroolsPolicyEngine.class);
              MeterRegistry registry = context.getBean(MeterRegistry.class);
              decide(engine);
              assertThatThrownBy(() -> engine.evaluate(Requests.directBillApplication(), LocalDate.of(2017, 1, 1)))
                  .isInstanceOf(InvalidRequestException.class);
              List<PolicyRequest> batch = Arrays.asList(Requests.directBillApplication(), null);
              try (Stream<BatchResult> results = engine.evaluateAll(batch.stream(), Requests.AS_OF)) {
                assertThat(results.count()).isEqualTo(2);
              }
              Files.writeString(folder.resolve("parameters.properties"), "direct-bill.revenue-threshold-usd = 1000\n");
              engine.reload();

              assertThat(timerCount(registry, "ENROLLMENT", "INELIGIBLE")).isEqualTo(2);
              assertThat(timerCount(registry, "ENROLLMENT", "REJECTED")).isEqualTo(1);
              assertThat(registry.get(DecisionMetrics.DECISIONS).tags("kind", "ENROLLMENT", "outcome", "INELIGIBLE").timer().totalTime(TimeUnit.NANOSECONDS))
                  .isPositive();
              assertThat(counter(registry, DecisionMetrics.BATCH_RESULTS, "DECIDED")).isEqualTo(1);
              assertThat(counter(registry, DecisionMetrics.BATCH_RESULTS, "REJECTED")).isEqualTo(1);
              assertThat(counter(registry, DecisionMetrics.BATCH_RESULTS, "FAILED")).isZero();
              assertThat(counter(registry, DecisionMetrics.RELOADS, "APPLIED")).isEqualTo(1);
              assertThat(counter(registry, DecisionMetrics.RELOADS, "REFUSED")).isZero();
            });
  }

  @Test
  void withoutMicrometerOrTheActuatorTheEngineStillStarts() {
    runner
        .withClassLoader(new FilteredClassLoader(MeterRegistry.class, HealthIndicator.class, InfoContributor.class))
        .run(
            context -> {
              assertThat(context).hasSingleBean(DroolsPolicyEngine.class);
              assertThat(context).doesNotHaveBean(DecisionMetrics.class);
              assertThat(context).doesNotHaveBean(PolicyHealthIndicator.class);
              assertThat(context).doesNotHaveBean(PolicyInfoContributor.class);
            });
  }

  @Test
  void closingTheContextStopsWatchingThePolicyFolders() throws Exception {
    Path folder = Files.createDirectories(dir.resolve("watched"));
    runner
        .withPropertyValues("csp-rules.policy-folders=" + folder, "csp-rules.watch=true")
        .run(context -> assertThat(watcherRunningSoon(true)).isTrue());
    assertThat(watcherRunningSoon(false)).isFalse();
  }

  @Test
  void withADecisionLogPathEveryDecisionIsWrittenThereMaskedAndClosingTheContextWritesItOut() throws IOException {
    Path file = dir.resolve("decisions.jsonl");
    AtomicReference<JsonLinesDecisionLog> log = new AtomicReference<>();
    AtomicReference<String> version = new AtomicReference<>();
    runner
        .withPropertyValues("csp-rules.decision-log.path=" + file)
        .run(
            context -> {
              log.set(context.getBean(JsonLinesDecisionLog.class));
              // The engine depends on the log, so the context closes the log after the engine.
              assertThat(context.getBeanFactory().getDependenciesForBean("cspRulesPolicyEngine"))
                  .contains("cspRulesDecisionLog");
              DroolsPolicyEngine engine = context.getBean(DroolsPolicyEngine.class);
              version.set(engine.policyVersion());
              decide(engine);
            });
    assertThat(log.get().written()).isEqualTo(1);
    List<String> lines = Files.readAllLines(file);
    assertThat(lines).hasSize(1);
    assertThat(lines.get(0)).contains("\"policyVersion\":\"" + version.get() + "\"").doesNotContain("admin@contoso.co.jp");
  }

  @Test
  void withoutADecisionLogPathNothingIsLogged() {
    runner.run(context -> assertThat(context).doesNotHaveBean(DecisionLog.class));
  }

  @Test
  void theDecisionLogsMaximumFileSizeRotatesTheFile() throws IOException {
    Path file = dir.resolve("decisions.jsonl");
    runner
        .withPropertyValues(
            "csp-rules.decision-log.path=" + file, "csp-rules.decision-log.max-file-size=1B", "csp-rules.decision-log.when-full=block")
        .run(
            context -> {
              JsonLinesDecisionLog log = context.getBean(JsonLinesDecisionLog.class);
              DroolsPolicyEngine engine = context.getBean(DroolsPolicyEngine.class);
              decide(engine);
              // Records written together go to one file; the second must come after the first is out.
              assertThat(writtenSoon(log, 1)).isEqualTo(1);
              decide(engine);
            });
    assertThat(Files.readAllLines(file)).hasSize(1);
    assertThat(Files.readAllLines(dir.resolve("decisions.jsonl.1"))).hasSize(1);
  }

  @Test
  void aPolicyArchiveKeepsThePolicyTheEngineDecidesWith() {
    Path archive = dir.resolve("archive");
    runner
        .withPropertyValues("csp-rules.policy-archive=" + archive)
        .run(
            context -> {
              String version = context.getBean(DroolsPolicyEngine.class).policyVersion();
              assertThat(archive.resolve(version)).isDirectory();
            });
  }

  @Test
  void aDecisionOverTheTimeBudgetFails() {
    runner
        .withPropertyValues("csp-rules.decision-time-budget=1ns")
        .run(
            context ->
                assertThatThrownBy(() -> decide(context.getBean(PolicyEngine.class)))
                    .isInstanceOf(PolicyEvaluationException.class)
                    .hasMessageContaining("time budget"));
  }

  @Test
  void aTimeBudgetOfZeroOrNoBatchThreadsStopsTheStart() {
    runner
        .withPropertyValues("csp-rules.decision-time-budget=0s")
        .run(context -> assertThat(context.getStartupFailure()).rootCause().hasMessageContaining("budget must be positive"));
    runner
        .withPropertyValues("csp-rules.batch-threads=0")
        .run(context -> assertThat(context.getStartupFailure()).rootCause().hasMessageContaining("batchThreads must be 1 or more"));
  }

  /** How many records the log has written, once it is as expected or two seconds have passed. */
  private static long writtenSoon(JsonLinesDecisionLog log, long expected) throws InterruptedException {
    long deadline = System.nanoTime() + 2_000_000_000L;
    while (log.written() != expected && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }
    return log.written();
  }

  /** Whether the watcher's thread runs, once it is as expected or two seconds have passed. */
  private static boolean watcherRunningSoon(boolean expected) throws InterruptedException {
    long deadline = System.nanoTime() + 2_000_000_000L;
    boolean running = watcherRunning();
    while (running != expected && System.nanoTime() < deadline) {
      Thread.sleep(20);
      running = watcherRunning();
    }
    return running;
  }

  private static boolean watcherRunning() {
    return Thread.getAllStackTraces().keySet().stream()
        .anyMatch(thread -> thread.getName().equals("csp-rules-policy-watcher") && thread.isAlive());
  }

  private static Decision decide(PolicyEngine engine) {
    return engine.evaluate(Requests.directBillApplication(), Requests.AS_OF);
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> lastReload(HealthIndicator indicator) {
    return (Map<String, Object>) indicator.health().getDetails().get("lastReload");
  }

  private static long timerCount(MeterRegistry registry, String kind, String outcome) {
    return registry.get(DecisionMetrics.DECISIONS).tags("kind", kind, "outcome", outcome).timer().count();
  }

  private static double counter(MeterRegistry registry, String name, String result) {
    return registry.get(name).tag("result", result).counter().count();
  }

  private static String builtIn(String file) throws IOException {
    try (InputStream in = DroolsPolicyEngine.class.getResourceAsStream("/dev/csprules/policy/" + file)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Configuration(proxyBeanMethods = false)
  static class OwnEngine {
    static final PolicyEngine ENGINE =
        new PolicyEngine() {
          @Override
          public Decision evaluate(PolicyRequest request, LocalDate asOf) {
            throw new UnsupportedOperationException();
          }

          @Override
          public Explanation explain(PolicyRequest request, LocalDate asOf) {
            throw new UnsupportedOperationException();
          }
        };

    @Bean
    PolicyEngine ownEngine() {
      return ENGINE;
    }
  }

  @Configuration(proxyBeanMethods = false)
  static class Registry {
    @Bean
    MeterRegistry meterRegistry() {
      return new SimpleMeterRegistry();
    }
  }
}
