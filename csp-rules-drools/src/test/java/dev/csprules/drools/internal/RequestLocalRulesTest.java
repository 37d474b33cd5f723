package dev.csprules.drools.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.csprules.api.DecisionKind;
import dev.csprules.drools.internal.check.PolicyCompiler;
import dev.csprules.drools.internal.load.PolicyFiles;
import dev.csprules.drools.internal.check.PrecompiledRules;
import dev.csprules.drools.internal.policy.PolicySource;
import dev.csprules.drools.internal.run.RuleSessions;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.kie.api.KieBase;

/** Which kinds' requests may share a session, read from the rules' conditions. */
class RequestLocalRulesTest {
  private static final String HEADER =
      """
      package dev.csprules.policy.rules.extra;
      import dev.csprules.api.Order;
      import dev.csprules.api.Severity;
      import dev.csprules.drools.rulefacts.Evidence;
      import dev.csprules.drools.rulefacts.MissingAddressPart;
      import dev.csprules.drools.rulefacts.ReferenceData;
      """;

  private static Optional<String> obstacle(DecisionKind kind, String... extraRules) {
    List<PolicySource> sources = new ArrayList<>(PolicyFiles.builtIn().rules());
    for (int i = 0; i < extraRules.length; i++) {
      sources.add(new PolicySource("extra" + i + ".drl", HEADER + extraRules[i], false));
    }
    KieBase kieBase = RuleSessions.onlyRulesFor(kind, PolicyCompiler.compile(sources).newKieBase());
    return RequestLocalRules.firstObstacle(kieBase, kind);
  }

  private static String rule(String id, String conditions) {
    return "rule \"" + id + "\" @code(\"SELLER_NOT_ENROLLED\") @edition(\"2018-01\") @cites(\"4d1ce-115\")\n"
        + "when\n" + conditions + "\nthen\n  insertLogical(Evidence.of(kcontext));\nend\n";
  }

  @Test
  void theBuiltInOrderRulesAreRequestLocal() {
    KieBase orders = RuleSessions.onlyRulesFor(DecisionKind.ORDER, PrecompiledRules.matchingOrCompiled(PolicyFiles.builtIn().rules()).newKieBase());
    assertEquals(Optional.empty(), RequestLocalRules.firstObstacle(orders, DecisionKind.ORDER));
  }

  @Test
  void theBuiltInEnrollmentRulesAreNotTheirNextStepsReadEveryFindingOfTheSession() {
    KieBase applications =
        RuleSessions.onlyRulesFor(DecisionKind.ENROLLMENT, PrecompiledRules.matchingOrCompiled(PolicyFiles.builtIn().rules()).newKieBase());
    Optional<String> obstacle = RequestLocalRules.firstObstacle(applications, DecisionKind.ENROLLMENT);
    assertTrue(obstacle.isPresent());
    assertTrue(obstacle.get().contains(" joins "), obstacle.get());
  }

  @Test
  void anOrderRuleThatReadsFindingsIsNotRequestLocal() {
    Optional<String> obstacle = obstacle(DecisionKind.ORDER, rule("ORD-981", "Order()\nnot Evidence( severity == Severity.BLOCKING )"));
    assertEquals(Optional.of("rule ORD-981 joins Evidence facts, which are not the same for every request of a session"), obstacle);
  }

  @Test
  void anOrderRuleThatMatchesTwoOrdersIsNotRequestLocal() {
    Optional<String> obstacle = obstacle(DecisionKind.ORDER, rule("ORD-982", "Order( $id : id )\nOrder( id != $id )"));
    assertEquals(Optional.of("rule ORD-982 matches 2 Order facts, not one"), obstacle);
  }

  @Test
  void aRuleWithoutTheRequestThatCanFireIsNotRequestLocal() {
    Optional<String> obstacle = obstacle(DecisionKind.ORDER, rule("ORD-983", "ReferenceData( directBillRevenueThresholdUsd != null )"));
    assertEquals(Optional.of("rule ORD-983 matches 0 Order facts, not one"), obstacle);
  }

  @Test
  void aRuleNeedingAFactNoOrderSessionHoldsNeverFiresAndKeepsNothingApart() {
    assertEquals(Optional.empty(), obstacle(DecisionKind.ORDER, rule("ORD-984", "Order()\nMissingAddressPart()")));
  }

  @Test
  void theReferenceDataAndWhatComesFromTheOrderAreShared() {
    assertEquals(
        Optional.empty(),
        obstacle(DecisionKind.ORDER, rule("ORD-985", "$order : Order( $currency : currency )\n"
            + "ReferenceData( currenciesOf($order.customer.country) not contains $currency )\n"
            + "not ReferenceData( directBillRevenueThresholdUsd == null )")));
  }
}
