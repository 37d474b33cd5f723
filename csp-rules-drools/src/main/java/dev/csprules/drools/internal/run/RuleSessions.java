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
import java.util.List;
import java.util.concurrent.atomic.AtomicReferenceArray;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.ClassObjectFilter;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.KieSessionsPool;
import org.kie.api.runtime.ObjectFilter;
import org.kie.api.runtime.rule.ConsequenceException;

/**
 * Where decisions run. Per decision kind, a knowledge base holding only the rules that can fire
 * for that kind ({@link RequestKinds}), and a pool of its sessions: a session is reset and reused
 * rather than built per decision, which keeps the node memories Drools would otherwise allocate
 * again for every request. Any number of threads may run decisions at once; each takes a session
 * of its own from the pool, which grows to the most decisions ever run at the same time.
 *
 * <p>A kind's knowledge base and first session are made when the first request of that kind
 * comes, not when the policy loads: an engine that only decides orders never builds the
 * enrollment rules, and start-up stays short.
 */
public final class RuleSessions {
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

  private final CompiledRules rules;
  /** Per kind, by ordinal; empty until the kind's first request. */
  private final AtomicReferenceArray<KieSessionsPool> pools =
      new AtomicReferenceArray<>(DecisionKind.values().length);

  private RuleSessions(CompiledRules rules) {
    this.rules = rules;
  }

  public static RuleSessions of(CompiledRules rules) {
    return new RuleSessions(rules);
  }

  private KieSessionsPool pool(DecisionKind kind) {
    KieSessionsPool pool = pools.get(kind.ordinal());
    if (pool != null) {
      return pool;
    }
    // Only the first requests of a kind get here; the lock keeps two of them from building it twice.
    synchronized (pools) {
      pool = pools.get(kind.ordinal());
      if (pool == null) {
        pool = onlyRulesFor(kind, rules.newKieBase()).newKieSessionsPool(0);
        pools.set(kind.ordinal(), pool);
      }
      return pool;
    }
  }

  private static KieBase onlyRulesFor(DecisionKind kind, KieBase kieBase) {
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
    KieSession session = pool(request.kind()).newKieSession();
    try {
      session.insert(request);
      session.insert(new AsOf(asOf));
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
}
