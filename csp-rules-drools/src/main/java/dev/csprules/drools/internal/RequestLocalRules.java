package dev.csprules.drools.internal;

import dev.csprules.api.DecisionKind;
import dev.csprules.api.EnrollmentApplication;
import dev.csprules.api.Order;
import dev.csprules.drools.internal.check.RuleLanguage;
import dev.csprules.drools.internal.load.RuleMetadata;
import dev.csprules.drools.internal.run.RuleSessions;
import dev.csprules.drools.rulefacts.AsOf;
import dev.csprules.drools.rulefacts.Evidence;
import dev.csprules.drools.rulefacts.ReferenceData;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.drools.base.base.ClassObjectType;
import org.drools.base.definitions.rule.impl.RuleImpl;
import org.drools.base.rule.Accumulate;
import org.drools.base.rule.Collect;
import org.drools.base.rule.EvalCondition;
import org.drools.base.rule.From;
import org.drools.base.rule.GroupElement;
import org.drools.base.rule.Pattern;
import org.drools.base.rule.RuleConditionElement;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;

/**
 * Whether a kind's rules decide each request on its own when many requests of that kind share one
 * session: the proof that lets a batch decide a chunk of requests in one session ({@link
 * RuleSessions#runTogether}) and get, for each request, the findings a session of its own gives.
 *
 * <p>The facts a session can hold are the request, the as-of date and the reference data the
 * engine inserts, and what the rules insert: a finding rule only {@link Evidence}, a derivation only
 * the type its {@code @derives} names (the verifier holds policy folders to this). A rule that
 * needs, at the top of its conditions, a fact of a type no such fact can be never fires (the
 * enrollment revenue total in an order session, say). Every other rule must be <em>request-local</em>:
 *
 * <ul>
 *   <li>exactly one condition, at the top, matches the kind's request itself;
 *   <li>every other condition that reads the session's facts, however nested (inside {@code not},
 *       {@code exists}, an accumulate), can only match the as-of date or the reference data, which
 *       are the same for every request of the chunk;
 *   <li>anything else comes {@code from} the matched facts (an order's lines, say), so it belongs
 *       to the matched request.
 * </ul>
 *
 * <p>Then every match holds one request and facts shared by all, no condition can see another
 * request's facts or findings, and a chunk decides each request as a session of its own would. A
 * rule that joins a derived fact or an {@code Evidence} (the enrollment next steps read every
 * blocking finding in the session) is not request-local, and that kind's batches decide one
 * request per session. Anything not understood here counts as not request-local.
 */
final class RequestLocalRules {
  private static final Set<Class<?>> SHARED = Set.of(AsOf.class, ReferenceData.class);

  private RequestLocalRules() {}

  /**
   * The first rule of this knowledge base that keeps {@code kind}'s requests from sharing a
   * session, with why; empty when every rule that can fire is request-local. A {@link
   * RuleSessions.Sharing}.
   */
  static Optional<String> firstObstacle(KieBase kieBase, DecisionKind kind) {
    Class<?> request = kind == DecisionKind.ORDER ? Order.class : EnrollmentApplication.class;
    List<Rule> rules = new ArrayList<>();
    for (KiePackage kiePackage : kieBase.getKiePackages()) {
      rules.addAll(kiePackage.getRules());
    }
    Set<Class<?>> present = presentTypes(rules, request);
    for (Rule rule : rules) {
      if (!(rule instanceof RuleImpl impl)) {
        return Optional.of("rule " + rule.getName() + " is of a kind not read here");
      }
      if (canFire(impl, present)) {
        Optional<String> obstacle = new Walk(request, present).obstacle(impl.getLhs());
        if (obstacle.isPresent()) {
          return Optional.of("rule " + rule.getName() + " " + obstacle.get());
        }
      }
    }
    return Optional.empty();
  }

  /** The engine's facts, and what every rule that can fire inserts, until nothing more can join. */
  private static Set<Class<?>> presentTypes(List<Rule> rules, Class<?> request) {
    Set<Class<?>> present = new LinkedHashSet<>(List.of(request, AsOf.class, ReferenceData.class));
    boolean grew = true;
    while (grew) {
      grew = false;
      for (Rule rule : rules) {
        if (rule instanceof RuleImpl impl && canFire(impl, present)) {
          grew |= present.add(inserted(rule));
        }
      }
    }
    return present;
  }

  private static Class<?> inserted(Rule rule) {
    String derives = RuleMetadata.text(rule, "derives");
    if (derives.isEmpty()) {
      return Evidence.class;
    }
    // An unknown name cannot pass the verifier; were it to, Object makes every pattern non-local.
    return RuleLanguage.DERIVED_TYPES.getOrDefault(derives, Object.class);
  }

  /** False when a top-level condition needs a fact of a type the session never holds. */
  private static boolean canFire(RuleImpl rule, Set<Class<?>> present) {
    GroupElement lhs = rule.getLhs();
    if (!lhs.isAnd()) {
      return true;
    }
    for (RuleConditionElement condition : lhs.getChildren()) {
      if (condition instanceof Pattern pattern
          && pattern.getSource() == null
          && pattern.getObjectType() instanceof ClassObjectType type
          && matchable(type.getClassType(), present).isEmpty()) {
        return false;
      }
    }
    return true;
  }

  /** The types present that a pattern of {@code type} matches. */
  private static List<Class<?>> matchable(Class<?> type, Set<Class<?>> present) {
    return present.stream().filter(type::isAssignableFrom).toList();
  }

  /** One rule's conditions, read for the first that is not request-local. */
  private static final class Walk {
    private final Class<?> request;
    private final Set<Class<?>> present;
    private int roots;

    Walk(Class<?> request, Set<Class<?>> present) {
      this.request = request;
      this.present = present;
    }

    Optional<String> obstacle(GroupElement lhs) {
      if (!lhs.isAnd()) {
        return Optional.of("has conditions that are not a conjunction");
      }
      for (RuleConditionElement condition : lhs.getChildren()) {
        if (condition instanceof Pattern pattern
            && pattern.getSource() == null
            && pattern.getObjectType() instanceof ClassObjectType type
            && type.getClassType() == request) {
          roots++;
          continue;
        }
        Optional<String> obstacle = nested(condition);
        if (obstacle.isPresent()) {
          return obstacle;
        }
      }
      return roots == 1 ? Optional.empty() : Optional.of("matches " + roots + " " + request.getSimpleName() + " facts, not one");
    }

    private Optional<String> nested(RuleConditionElement condition) {
      if (condition instanceof EvalCondition) {
        return Optional.empty();
      }
      if (condition instanceof GroupElement group) {
        for (RuleConditionElement child : group.getChildren()) {
          Optional<String> obstacle = nested(child);
          if (obstacle.isPresent()) {
            return obstacle;
          }
        }
        return Optional.empty();
      }
      if (condition instanceof Pattern pattern) {
        return pattern(pattern);
      }
      return Optional.of("has a condition of a kind not read here (" + condition.getClass().getSimpleName() + ")");
    }

    private Optional<String> pattern(Pattern pattern) {
      Object source = pattern.getSource();
      if (source instanceof From) {
        return Optional.empty();
      }
      if (source instanceof Accumulate || source instanceof Collect) {
        for (RuleConditionElement inner : ((RuleConditionElement) source).getNestedElements()) {
          Optional<String> obstacle = nested(inner);
          if (obstacle.isPresent()) {
            return obstacle;
          }
        }
        return Optional.empty();
      }
      if (source != null || !(pattern.getObjectType() instanceof ClassObjectType type)) {
        return Optional.of("reads facts from a source not read here");
      }
      List<Class<?>> matched = matchable(type.getClassType(), present);
      if (SHARED.containsAll(matched)) {
        return Optional.empty();
      }
      return Optional.of("joins " + type.getClassType().getSimpleName()
          + " facts, which are not the same for every request of a session");
    }
  }
}
