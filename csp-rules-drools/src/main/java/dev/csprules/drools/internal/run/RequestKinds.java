package dev.csprules.drools.internal.run;

import dev.csprules.api.DecisionKind;
import dev.csprules.api.EnrollmentApplication;
import dev.csprules.api.Order;
import java.util.EnumSet;
import java.util.Set;
import org.drools.base.base.ClassObjectType;
import org.drools.base.definitions.rule.impl.RuleImpl;
import org.drools.base.rule.Pattern;
import org.drools.base.rule.RuleConditionElement;
import org.kie.api.definition.rule.Rule;

/**
 * Which kinds of request a rule can fire for, read from its conditions. A rule whose top-level
 * conditions match an {@link Order} cannot fire in a session that holds no order, so the
 * enrollment knowledge base leaves it out, and the other way round; every other rule (one that
 * reads only derived facts, the reference data or the date) is kept in both. This relies on what
 * the engine guarantees: it inserts the one request itself, and rules only derive other facts.
 */
final class RequestKinds {
  private RequestKinds() {}

  static Set<DecisionKind> of(Rule rule) {
    if (rule instanceof RuleImpl impl && impl.getLhs().isAnd()) {
      for (RuleConditionElement condition : impl.getLhs().getChildren()) {
        if (condition instanceof Pattern pattern
            && pattern.getSource() == null
            && pattern.getObjectType() instanceof ClassObjectType type) {
          if (type.getClassType() == EnrollmentApplication.class) {
            return EnumSet.of(DecisionKind.ENROLLMENT);
          }
          if (type.getClassType() == Order.class) {
            return EnumSet.of(DecisionKind.ORDER);
          }
        }
      }
    }
    return EnumSet.allOf(DecisionKind.class);
  }
}
