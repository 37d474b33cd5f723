package dev.csprules.drools.internal.run;

import dev.csprules.api.DecisionKind;
import dev.csprules.api.PolicyRequest;
import dev.csprules.drools.PolicyEvaluationException;
import dev.csprules.drools.internal.policy.CompiledRules;
import dev.csprules.drools.internal.policy.RuleCatalog;
import dev.csprules.drools.rulefacts.AsOf;
import dev.csprules.drools.rulefacts.CountedRevenue;
import dev.csprules.drools.rulefacts.Evidence;
import dev.csprules.drools.rulefacts.ExcludedRevenue;
import dev.csprules.drools.rulefacts.ReferenceData;
import dev.csprules.drools.rulefacts.TrailingRevenue;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.AtomicReferenceArray;
import org.drools.core.impl.InternalRuleBase;
import org.drools.core.reteoo.ObjectTypeNode;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.ClassObjectFilter;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.KieSessionsPool;
import org.kie.api.runtime.ObjectFilter;
import org.kie.api.runtime.rule.ConsequenceException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where decisions run. Per decision kind, a knowledge base holding only the rules that can fire
 * for that kind ({@link RequestKinds}), and a pool of its sessions: a session is reset and reused
 * rather than built per decision, which keeps the node memories Drools would otherwise allocate
 * again for every request. Any number of threads may run decisions at once; each takes a session
 * of its own from the pool, which grows to the most decisions ever run at the same time.
 *
 * <p>A kind's knowledge base and first session are made when the first request of that kind
 * comes, not when the policy loads: an engine that only decides orders never builds the
 * enrollment rules, and start-up stays short. The first kind asked for takes the knowledge base
 * the policy load built to read the rule catalog, rather than building another.
 *
 * <p>The as-of date goes into a decision's session only when a rule of the kind reads it: an
 * order rule does not, and a fact no pattern matches still costs a fact handle and an object
 * store entry.
 */
public final class RuleSessions {
  private static final Logger LOG = LoggerFactory.getLogger(RuleSessions.class);
  /** No decision of this policy needs more than a few dozen firings; more means a loop. */
  static final int MAX_FIRINGS = 10_000;

  private static final ClassObjectFilter EVIDENCE = new ClassObjectFilter(Evidence.class);

  /**
   * The evidence left in the session once the rules settled, the rules that fired, and, when an
   * explanation asked for them, the revenue facts the derivations left.
   */
  public record RuleRun(List<Evidence> evidence, List<String> firedRules, List<Object> derived) {}

  private static final ObjectFilter REVENUE_FACTS =
      fact -> fact instanceof CountedRevenue || fact instanceof ExcludedRevenue || fact instanceof TrailingRevenue;

  /**
   * Whether requests of a kind may share a session: the first of its rules that keeps them apart,
   * with why, or empty when each request of a shared session gets what a session of its own gives
   * it. Read from the kind's knowledge base when it is built.
   */
  @FunctionalInterface
  public interface Sharing {
    Optional<String> obstacle(KieBase kindRules, DecisionKind kind);
  }

  /**
   * A kind's pool of sessions, why its requests may not share one (empty when they may), and
   * whether any of its rules reads the as-of date.
   */
  private record KindSessions(KieSessionsPool pool, Optional<String> notShared, boolean readsAsOf) {}

  private final CompiledRules rules;
  private final Sharing sharing;
  /** A knowledge base of every rule no kind has taken yet; empty once one has. */
  private final AtomicReference<KieBase> unused;
  /** Per kind, by ordinal; empty until the kind's first request. */
  private final AtomicReferenceArray<KindSessions> pools =
      new AtomicReferenceArray<>(DecisionKind.values().length);

  private RuleSessions(CompiledRules rules, KieBase unused, Sharing sharing) {
    this.rules = rules;
    this.unused = new AtomicReference<>(unused);
    this.sharing = sharing;
  }

  /**
   * @param unused a knowledge base of every rule that nothing else uses (the one the rule catalog
   *     was read from): the first kind to need a knowledge base trims and keeps it
   */
  public static RuleSessions of(CompiledRules rules, KieBase unused, Sharing sharing) {
    return new RuleSessions(rules, unused, sharing);
  }

  private KindSessions pool(DecisionKind kind) {
    KindSessions pool = pools.get(kind.ordinal());
    if (pool != null) {
      return pool;
    }
    // Only the first requests of a kind get here; the lock keeps two of them from building it twice.
    synchronized (pools) {
      pool = pools.get(kind.ordinal());
      if (pool == null) {
        KieBase everyRule = unused.getAndSet(null);
        KieBase kieBase = onlyRulesFor(kind, everyRule == null ? rules.newKieBase() : everyRule);
        Optional<String> notShared = sharing.obstacle(kieBase, kind);
        notShared.ifPresent(why -> LOG.debug("{} batches decide one request per session: {}", kind, why));
        pool = new KindSessions(kieBase.newKieSessionsPool(0), notShared, matchesAny(kieBase, AsOf.class));
        pools.set(kind.ordinal(), pool);
      }
      return pool;
    }
  }

  /** Whether some pattern of the knowledge base can match a fact of this type. */
  private static boolean matchesAny(KieBase kieBase, Class<?> type) {
    for (ObjectTypeNode node : ((InternalRuleBase) kieBase).getRete().getObjectTypeNodes()) {
      if (node.getObjectType().isAssignableFrom(type) && !node.getObjectSinkPropagator().isEmpty()) {
        return true;
      }
    }
    return false;
  }

  public static KieBase onlyRulesFor(DecisionKind kind, KieBase kieBase) {
    List<Rule> others = new ArrayList<>();
    for (KiePackage kiePackage : kieBase.getKiePackages()) {
      for (Rule rule : kiePackage.getRules()) {
        if (!RequestKinds.of(rule).contains(kind)) {
          others.add(rule);
        }
      }
    }
    others.forEach(rule -> kieBase.removeRule(rule.getPackageName(), rule.getName()));
    return kieBase;
  }

  /**
   * Runs the rules in force on {@code asOf} over one request.
   *
   * @param budget how long the rules may run: checked between firings, since Drools cannot stop
   *     a rule while it runs
   * @throws PolicyEvaluationException when a rule throws, the rules fire without end or they
   *     run past the budget
   */
  public RuleRun run(
      PolicyRequest request,
      LocalDate asOf,
      ReferenceData referenceData,
      RuleCatalog catalog,
      Duration budget,
      boolean keepDerived) {
    KindSessions kind = pool(request.kind());
    KieSession session = kind.pool().newKieSession();
    try {
      session.insert(request);
      if (kind.readsAsOf()) {
        session.insert(new AsOf(asOf));
      }
      session.insert(referenceData);
      // From here: a kind's first request builds its knowledge base above, which is not the rules' time.
      FiredRules fired = new FiredRules(catalog, asOf, session, System.nanoTime() + budget.toNanos());
      int firings = DecisionCatalog.during(catalog, () -> session.fireAllRules(fired, MAX_FIRINGS));
      if (fired.overBudget()) {
        throw new PolicyEvaluationException(
            "request " + request.id() + ": the rules ran past the time budget of " + budget.toMillis()
                + " ms; rule " + fired.lastFired() + " was running");
      }
      if (firings >= MAX_FIRINGS) {
        throw new PolicyEvaluationException(
            "request " + request.id() + ": rules fired " + MAX_FIRINGS
                + " times without settling; most fired: " + fired.mostFired());
      }
      Collection<?> facts = session.getObjects(EVIDENCE);
      List<Evidence> evidence = new ArrayList<>(facts.size());
      facts.forEach(fact -> evidence.add((Evidence) fact));
      List<Object> derived = keepDerived ? List.copyOf(session.getObjects(REVENUE_FACTS)) : List.of();
      return new RuleRun(evidence, fired.ids(), derived);
    } catch (ConsequenceException e) {
      // The cause's message may quote request data (an email in a NumberFormatException, say):
      // the error names the cause's type only, and carries its stack trace without its message.
      Throwable cause = e.getCause() == null ? e : e.getCause();
      throw new PolicyEvaluationException(
          "request " + request.id() + ": rule " + e.getMatch().getRule().getName() + " failed with "
              + cause.getClass().getSimpleName(),
          WithoutMessage.of(cause));
    } catch (PolicyEvaluationException e) {
      throw e;
    } catch (RuntimeException | StackOverflowError e) {
      // A condition failed (an arithmetic error in an accumulate, say) or a rule recursed without
      // end: the request gets no decision, the caller one clear error, and the engine serves on.
      Throwable root = e;
      while (root.getCause() != null && root.getCause() != root) {
        root = root.getCause();
      }
      throw new PolicyEvaluationException(
          "request " + request.id() + ": the rules failed with " + root.getClass().getSimpleName(),
          WithoutMessage.of(root));
    } finally {
      // A pooled session's dispose() resets it and hands it back to the pool.
      session.dispose();
    }
  }

  /** Whether requests of {@code kind} may share a session: its rules are request-local. */
  public boolean sharesSessions(DecisionKind kind) {
    return pool(kind).notShared().isEmpty();
  }

  /**
   * Runs the rules in force on {@code asOf} over many valid requests of one kind in one session:
   * the as-of date and the reference data inserted once, then every request, one firing of the
   * rules, and each request's evidence and fired rules sorted out by the request they matched.
   * Only for a kind whose rules are request-local ({@link Sharing}), so each request
   * gets what a session of its own gives it.
   *
   * @param requests valid requests of {@code kind}; one given twice is decided once
   * @return one run per request, in order; empty when the requests must be decided one per session
   *     instead: the kind's rules are not request-local, or the shared session failed, looped, ran
   *     past the budget or met a match not tied to one request. The single runs then say which
   *     request failed and why.
   */
  public Optional<List<RuleRun>> runTogether(
      DecisionKind kind,
      List<? extends PolicyRequest> requests,
      LocalDate asOf,
      ReferenceData referenceData,
      RuleCatalog catalog,
      Duration budget) {
    if (!sharesSessions(kind)) {
      return Optional.empty();
    }
    KieSession session = pool(kind).pool().newKieSession();
    try {
      session.insert(new AsOf(asOf));
      session.insert(referenceData);
      Map<PolicyRequest, Integer> indexes = new IdentityHashMap<>(requests.size() * 2);
      for (PolicyRequest request : requests) {
        if (indexes.putIfAbsent(request, indexes.size()) == null) {
          session.insert(request);
        }
      }
      FiredRulesByRequest fired =
          new FiredRulesByRequest(catalog, asOf, session, System.nanoTime() + budget.toNanos(), indexes);
      int limit = MAX_FIRINGS * indexes.size();
      int firings = DecisionCatalog.during(catalog, () -> session.fireAllRules(fired, limit));
      if (fired.refused() || firings >= limit) {
        return Optional.empty();
      }
      List<List<Evidence>> evidence = new ArrayList<>(Collections.nCopies(indexes.size(), List.of()));
      for (Object fact : session.getObjects(EVIDENCE)) {
        Integer index = Evidence.requestOf((Evidence) fact).map(indexes::get).orElse(null);
        if (index == null) {
          return Optional.empty();
        }
        if (evidence.get(index).isEmpty()) {
          evidence.set(index, new ArrayList<>(4));
        }
        evidence.get(index).add((Evidence) fact);
      }
      List<RuleRun> runs = new ArrayList<>(requests.size());
      for (PolicyRequest request : requests) {
        int index = indexes.get(request);
        runs.add(new RuleRun(evidence.get(index), fired.ids(index), List.of()));
      }
      return Optional.of(runs);
    } catch (RuntimeException | StackOverflowError e) {
      // Whatever failed is found again, and reported for its own request, by the single runs.
      return Optional.empty();
    } finally {
      session.dispose();
    }
  }
}
