package dev.csprules.spring.boot;

import dev.csprules.api.DecisionKind;
import dev.csprules.api.EngineListener;
import dev.csprules.api.Outcome;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The engine's work as Micrometer meters. Every tag has a handful of values (enum names), so the
 * number of series stays fixed whatever is decided.
 *
 * <ul>
 *   <li>{@value #DECISIONS}: a timer of single decisions, tagged {@code kind} (ENROLLMENT, ORDER)
 *       and {@code outcome} (the decision's outcome, or REJECTED for bad input, FAILED when a rule
 *       failed)
 *   <li>{@value #BATCH_RESULTS}: a counter of batch results, tagged {@code result} (DECIDED,
 *       REJECTED, FAILED)
 *   <li>{@value #RELOADS}: a counter of policy reloads, tagged {@code result} (APPLIED, REFUSED)
 * </ul>
 */
public final class DecisionMetrics implements EngineListener {
  public static final String DECISIONS = "csp.rules.decisions";
  public static final String BATCH_RESULTS = "csp.rules.batch.results";
  public static final String RELOADS = "csp.rules.reloads";

  private final MeterRegistry registry;
  private final Map<String, Timer> decisions = new ConcurrentHashMap<>();
  private final Map<BatchResultKind, Counter> batchResults = new EnumMap<>(BatchResultKind.class);
  private final Counter reloadsApplied;
  private final Counter reloadsRefused;

  public DecisionMetrics(MeterRegistry registry) {
    this.registry = registry;
    for (BatchResultKind kind : BatchResultKind.values()) {
      batchResults.put(
          kind,
          Counter.builder(BATCH_RESULTS)
              .description("Results of batch decisions")
              .tag("result", kind.name())
              .register(registry));
    }
    reloadsApplied = reloads("APPLIED");
    reloadsRefused = reloads("REFUSED");
  }

  @Override
  public void decided(DecisionKind kind, Outcome outcome, Duration took) {
    timer(kind, outcome.name()).record(took);
  }

  @Override
  public void rejected(DecisionKind kind, Duration took) {
    timer(kind, "REJECTED").record(took);
  }

  @Override
  public void failed(DecisionKind kind, Duration took) {
    timer(kind, "FAILED").record(took);
  }

  @Override
  public void batchResult(BatchResultKind kind) {
    batchResults.get(kind).increment();
  }

  @Override
  public void reloaded(String previousVersion, String newVersion) {
    reloadsApplied.increment();
  }

  @Override
  public void reloadRefused(String runningVersion, Exception reason) {
    reloadsRefused.increment();
  }

  private Timer timer(DecisionKind kind, String outcome) {
    return decisions.computeIfAbsent(
        kind.name() + ' ' + outcome,
        key ->
            Timer.builder(DECISIONS)
                .description("Policy decisions, by kind of request and outcome")
                .tag("kind", kind.name())
                .tag("outcome", outcome)
                .register(registry));
  }

  private Counter reloads(String result) {
    return Counter.builder(RELOADS)
        .description("Policy reloads: applied, or refused with the running policy kept")
        .tag("result", result)
        .register(registry);
  }
}
