package dev.csprules.drools;

import dev.csprules.api.BatchResult;
import dev.csprules.api.Decision;
import dev.csprules.api.DecisionLog;
import dev.csprules.api.DecisionRecord;
import dev.csprules.api.EngineListener;
import dev.csprules.api.EngineListener.BatchResultKind;
import dev.csprules.api.Explanation;
import dev.csprules.api.InvalidRequestException;
import dev.csprules.api.PolicyEngine;
import dev.csprules.api.PolicyRequest;
import dev.csprules.api.Problem;
import dev.csprules.drools.internal.run.EngineListeners;
import dev.csprules.drools.internal.load.FolderWatcher;
import dev.csprules.drools.internal.LoadedPolicy;
import dev.csprules.drools.internal.load.PolicyArchive;
import dev.csprules.drools.internal.load.PolicyFiles;
import dev.csprules.drools.internal.load.PolicySpec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Executor;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The CSP policy engine on Drools. Build it once (it loads and checks the rules), then call
 * {@link #evaluate} from any number of threads, or {@link #evaluateAll} for a batch.
 *
 * <pre>{@code
 * PolicyEngine engine = DroolsPolicyEngine.builder().build();
 * Decision decision = engine.evaluate(application, LocalDate.of(2020, 11, 15));
 * }</pre>
 *
 * <p>With policy folders it can reload: {@link #reload()} on demand, or on every change when
 * built with {@link Builder#watch()}. A reload builds and checks the new policy beside the
 * running one and swaps it in only when every check passed; a decision already running finishes
 * on the policy it started with.
 *
 * <p>{@link Builder#listener} hears each decision, batch result and reload, for metrics.
 *
 * <p>The built-in rules ship compiled (the executable model, made when the library is built), so
 * building an engine on them takes a fraction of a second; rules that differ from the built-in
 * ones are compiled when the engine is built. Decisions run in pooled sessions, one pool per kind
 * of request: see docs/performance.md for what a decision costs.
 *
 * <p>With a {@link Builder#decisionLog decision log}, every decision (single, explained or in a
 * batch) is also handed to the log with an id, the time by the builder's clock and how long it
 * took; with a {@link Builder#policyArchive policy archive}, the files of every policy version the
 * engine decides with are kept, so a logged decision can be replayed under its own policy
 * (docs/decision-log.md).
 */
public final class DroolsPolicyEngine implements PolicyEngine, AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(DroolsPolicyEngine.class);

  private final PolicySpec spec;
  private final Duration budget;
  private final AtomicReference<LoadedPolicy> policy;
  private final EngineListener listeners;
  private final Optional<ReloadGate> gate;
  private final Optional<FolderWatcher> watcher;
  private final Optional<DecisionLog> log;
  private final Clock clock;
  private final Optional<Path> archive;
  private final @Nullable Executor batchExecutor;
  private final int batchThreads;

  private DroolsPolicyEngine(Builder builder, LoadedPolicy policy) {
    this.batchExecutor = builder.batchExecutor;
    this.batchThreads = builder.batchThreads;
    this.spec = builder.spec;
    this.budget = builder.budget;
    this.policy = new AtomicReference<>(policy);
    this.listeners = new EngineListeners(builder.listeners);
    this.gate = builder.gate;
    this.log = builder.log;
    this.clock = builder.clock;
    this.archive = builder.archive;
    this.watcher = builder.watch ? Optional.of(startWatcher()) : Optional.empty();
  }

  /** An engine deciding with {@code candidate} and nothing else: what a reload gate checks. */
  private DroolsPolicyEngine(
      PolicySpec spec, Duration budget, LoadedPolicy candidate, @Nullable Executor batchExecutor, int batchThreads) {
    this.batchExecutor = batchExecutor;
    this.batchThreads = batchThreads;
    this.spec = spec;
    this.budget = budget;
    this.policy = new AtomicReference<>(candidate);
    this.listeners = new EngineListeners(List.of());
    this.gate = Optional.empty();
    this.log = Optional.empty();
    this.clock = Clock.systemUTC();
    this.archive = Optional.empty();
    this.watcher = Optional.empty();
  }

  public static Builder builder() {
    return new Builder();
  }

  @Override
  public Decision evaluate(PolicyRequest request, LocalDate asOf) {
    long start = System.nanoTime();
    try {
      requirePresent(request, asOf);
      Decision decision = policy.get().decide(request, asOf);
      listeners.decided(decision.kind(), decision.outcome(), since(start));
      if (log.isPresent()) {
        logged(request, decision, start);
      }
      return decision;
    } catch (InvalidRequestException e) {
      if (request != null) {
        listeners.rejected(request.kind(), since(start));
      }
      throw e;
    } catch (RuntimeException e) {
      listeners.failed(request.kind(), since(start));
      throw e;
    }
  }

  /**
   * {@inheritDoc}
   *
   * <p>Chunks of the batch are decided on the workers the builder chose ({@link
   * Builder#batchThreads}, {@link Builder#batchExecutor}; by default a daemon thread per core, for
   * the length of the batch), with a bounded number of chunks ahead of the consumer. The result is
   * a sequential stream. The listeners are told of each result as it is taken.
   */
  @Override
  public Stream<BatchResult> evaluateAll(
      Stream<? extends @Nullable PolicyRequest> requests, LocalDate asOf) {
    BatchResult.requirePresent(requests, asOf);
    return toldToListeners(ParallelBatch.stream(this, requests, asOf, batchExecutor, batchThreads));
  }

  /**
   * {@link #evaluateAll(Stream, LocalDate)} with the chunks run on {@code executor}, such as a
   * pool the application sizes and monitors. At most twice the builder's {@link
   * Builder#batchThreads} chunks are handed to it at once; the executor is not shut down.
   *
   * @param requests the requests, read once, in order
   * @param asOf the day whose policy applies
   * @param executor runs the chunks
   * @return one result per request, in request order
   * @throws InvalidRequestException when an argument is missing
   */
  public Stream<BatchResult> evaluateAll(
      Stream<? extends @Nullable PolicyRequest> requests, LocalDate asOf, Executor executor) {
    BatchResult.requirePresent(requests, asOf);
    if (executor == null) {
      throw new InvalidRequestException(List.of(Problem.missing("executor")));
    }
    return toldToListeners(ParallelBatch.stream(this, requests, asOf, executor, batchThreads));
  }

  private Stream<BatchResult> toldToListeners(Stream<BatchResult> results) {
    return results.peek(result -> listeners.batchResult(BatchResultKind.of(result)));
  }

  @Override
  public Explanation explain(PolicyRequest request, LocalDate asOf) {
    requirePresent(request, asOf);
    long start = System.nanoTime();
    Explanation explanation = policy.get().explain(request, asOf);
    if (log.isPresent()) {
      logged(request, explanation.decision(), start);
    }
    return explanation;
  }

  // Batches decide through evaluate, so their decisions are logged here too, one by one.
  private void logged(PolicyRequest request, Decision decision, long start) {
    Duration took = since(start);
    ThreadLocalRandom random = ThreadLocalRandom.current();
    // A random (version 4) UUID without SecureRandom, which would contend across deciding threads.
    UUID id = new UUID(
        random.nextLong() & 0xffffffffffff0fffL | 0x0000000000004000L,
        random.nextLong() & 0x3fffffffffffffffL | 0x8000000000000000L);
    try {
      log.get().record(new DecisionRecord(id.toString(), clock.instant(), request, decision, took));
    } catch (RuntimeException e) {
      // A log must not throw; one that does costs its record, never the decision.
      LOG.warn("decision log {} failed to take decision {}: {}", log.get().getClass().getName(), id, e.toString());
    }
  }

  /** Checks the request as {@link #evaluate} does, without running a rule. */
  @Override
  public List<Problem> problems(PolicyRequest request, LocalDate asOf) {
    try {
      requirePresent(request, asOf);
    } catch (InvalidRequestException e) {
      return e.problems();
    }
    return policy.get().problems(request, asOf);
  }

  /** Every rule of the policy, ordered by id, with its finding code, citations and dates. */
  public List<PolicyRule> rules() {
    return policy.get().rules();
  }

  /**
   * The policy this engine decides with now, as a reviewer reads it: editions, every rule with
   * its DRL and the seed sentences it cites, the reference data, and what each policy folder changes.
   */
  public PolicyContents contents() {
    return policy.get().contents();
  }

  /** A content hash of the rule and data files this engine decides with now. */
  public String policyVersion() {
    return policy.get().version();
  }

  /**
   * Reads the policy files again and, when the new policy loads, passes the gate and differs from
   * the running one, makes it the policy every new decision uses.
   *
   * @return the version deciding from now on
   * @throws PolicyLoadException (or the gate's exception, wrapped) when the change was refused;
   *     the running policy stays in place
   */
  public synchronized String reload() {
    LoadedPolicy running = policy.get();
    try {
      PolicyFiles files = spec.read();
      LoadedPolicy candidate = LoadedPolicy.load(files, budget);
      if (candidate.version().equals(running.version())) {
        return running.version();
      }
      if (gate.isPresent()) {
        gate.get().check(new DroolsPolicyEngine(spec, budget, candidate, batchExecutor, batchThreads));
      }
      archive.ifPresent(folder -> PolicyArchive.store(folder, candidate.version(), files));
      policy.set(candidate);
      LOG.info("policy {} replaced {}", candidate.version(), running.version());
      listeners.reloaded(running.version(), candidate.version());
      return candidate.version();
    } catch (Exception e) {
      LOG.warn("policy change refused, {} stays: {}", running.version(), e.getMessage());
      listeners.reloadRefused(running.version(), e);
      throw e instanceof RuntimeException runtime ? runtime : new PolicyLoadException(List.of("reload gate: " + e.getMessage()));
    }
  }

  /** Stops watching the policy folders; decisions go on with the policy in place. */
  @Override
  public void close() {
    watcher.ifPresent(FolderWatcher::close);
  }

  private FolderWatcher startWatcher() {
    try {
      return new FolderWatcher(spec.watchedPaths(), 300, this::reloadQuietly);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot watch " + spec.watchedPaths(), e);
    }
  }

  private void reloadQuietly() {
    try {
      reload();
    } catch (RuntimeException e) {
      // Already logged and reported to the listeners; the watcher keeps watching.
    }
  }

  private static Duration since(long startNanos) {
    return Duration.ofNanos(System.nanoTime() - startNanos);
  }

  private static void requirePresent(PolicyRequest request, LocalDate asOf) {
    List<Problem> missing = new ArrayList<>();
    if (request == null) {
      missing.add(Problem.missing("request"));
    }
    if (asOf == null) {
      missing.add(Problem.missing("asOf"));
    }
    if (!missing.isEmpty()) {
      throw new InvalidRequestException(missing);
    }
  }

  /** Chooses the policy files (by default, all built in) and how changes to them go live. */
  public static final class Builder {
    private PolicySpec spec = PolicySpec.builtIn();
    private final List<EngineListener> listeners = new ArrayList<>();
    private Optional<ReloadGate> gate = Optional.empty();
    private boolean watch;
    private Duration budget = LoadedPolicy.DEFAULT_DECISION_BUDGET;
    private Optional<DecisionLog> log = Optional.empty();
    private Clock clock = Clock.systemUTC();
    private Optional<Path> archive = Optional.empty();
    private Optional<String> archivedVersion = Optional.empty();
    private @Nullable Executor batchExecutor;
    private int batchThreads = Runtime.getRuntime().availableProcessors();

    private Builder() {}

    /**
     * How long one decision's rules may run; two seconds unless set. Drools stops rules only
     * between firings, so the budget is checked there: a decision over it fails with {@link
     * PolicyEvaluationException} naming the rule that was running (in {@link #build()}'s
     * engine's {@code evaluateAll}, that request is {@code Failed} and the batch goes on).
     */
    public Builder decisionTimeBudget(Duration budget) {
      Objects.requireNonNull(budget, "budget");
      if (budget.isNegative() || budget.isZero()) {
        throw new IllegalArgumentException("the decision time budget must be positive, not " + budget);
      }
      this.budget = budget;
      return this;
    }

    /**
     * How many chunks of a batch ({@link DroolsPolicyEngine#evaluateAll}) are decided at once: the
     * number of the batch's own worker threads, or the share of the {@link #batchExecutor} a batch
     * may take. By default, one per core.
     *
     * @param threads 1 or more
     * @return this builder
     */
    public Builder batchThreads(int threads) {
      if (threads < 1) {
        throw new IllegalArgumentException("batchThreads must be 1 or more, not " + threads);
      }
      this.batchThreads = threads;
      return this;
    }

    /**
     * Runs the chunks of every batch on the application's executor instead of threads of the
     * batch's own; {@link #batchThreads} bounds how many a batch hands it at once. The engine never
     * shuts it down.
     *
     * @param executor runs the chunks
     * @return this builder
     */
    public Builder batchExecutor(Executor executor) {
      this.batchExecutor = Objects.requireNonNull(executor, "executor");
      return this;
    }

    /** Replaces the built-in markets table (same columns as the built-in markets.csv). */
    public Builder marketsFile(Path file) {
      spec = spec.replacing("markets.csv", Objects.requireNonNull(file, "file"));
      return this;
    }

    /** Replaces the built-in policy parameters (same keys as the built-in parameters.properties). */
    public Builder parametersFile(Path file) {
      spec = spec.replacing("parameters.properties", Objects.requireNonNull(file, "file"));
      return this;
    }

    /**
     * Layers a policy folder over the built-in policy (and any folder added before it): its DRL
     * rules are added, its editions added, its data files replace or extend the built-in ones,
     * and its disabled-rules.txt switches built-in rules off. See docs/authoring.md.
     */
    public Builder policyFolder(Path folder) {
      spec = spec.withFolder(Objects.requireNonNull(folder, "folder"));
      return this;
    }

    /** Reloads (see {@link DroolsPolicyEngine#reload()}) whenever the policy files change. */
    public Builder watch() {
      this.watch = true;
      return this;
    }

    /** A check every changed policy must pass before it goes live, such as a scenario suite. */
    public Builder reloadGate(ReloadGate gate) {
      this.gate = Optional.of(Objects.requireNonNull(gate, "gate"));
      return this;
    }

    /**
     * Hears each decision (kind, outcome, duration), batch result and reload, for metrics and
     * monitoring; as many as you like, told in the order added. See {@link EngineListener}.
     */
    public Builder listener(EngineListener listener) {
      listeners.add(Objects.requireNonNull(listener, "listener"));
      return this;
    }

    /**
     * Hands every decision to this log, on the deciding thread: the log must return at once (the
     * JSON Lines log of csp-rules-json queues and writes on a thread of its own). The caller
     * closes the log.
     */
    public Builder decisionLog(DecisionLog log) {
      this.log = Optional.of(Objects.requireNonNull(log, "log"));
      return this;
    }

    /** The clock that stamps logged decisions (the system clock in UTC unless given). */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /**
     * Keeps the files of every policy version this engine decides with in {@code folder}, by
     * version, written when the version first goes live, so decisions logged under it can be
     * replayed with {@link #archivedPolicy}.
     */
    public Builder policyArchive(Path folder) {
      this.archive = Optional.of(Objects.requireNonNull(folder, "folder"));
      return this;
    }

    /**
     * Decides with policy {@code version} as kept in the archive {@code folder} instead of the
     * built-in policy and any folders; its policy-folder rules pass the sandbox as any folder's do.
     *
     * @throws PolicyLoadException (from {@link #build}) when the archive lacks the version or its
     *     files no longer load as that version
     */
    public Builder archivedPolicy(Path folder, String version) {
      spec = PolicyArchive.spec(Objects.requireNonNull(folder, "folder"), Objects.requireNonNull(version, "version"));
      archivedVersion = Optional.of(version);
      return this;
    }

    /**
     * Reads, compiles and checks the policy.
     *
     * @throws PolicyLoadException naming every problem in the rules and data files
     */
    public DroolsPolicyEngine build() {
      PolicyFiles files = spec.read();
      LoadedPolicy loaded = LoadedPolicy.load(files, budget);
      if (archivedVersion.isPresent() && !archivedVersion.get().equals(loaded.version())) {
        throw new PolicyLoadException(
            List.of("the archived files of policy " + archivedVersion.get() + " load as version " + loaded.version()
                + ": the archive was changed, or this csp-rules release reads them differently"));
      }
      archive.ifPresent(folder -> PolicyArchive.store(folder, loaded.version(), files));
      return new DroolsPolicyEngine(this, loaded);
    }
  }
}
