package dev.csprules.drools.internal.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.csprules.drools.internal.check.PrecompiledRules;
import dev.csprules.drools.internal.load.EditionsLoader;
import dev.csprules.drools.internal.load.PolicyFiles;
import dev.csprules.drools.internal.load.RuleCatalogReader;
import dev.csprules.drools.internal.load.SeedSentences;
import dev.csprules.drools.internal.policy.RuleCatalog;
import java.lang.reflect.Proxy;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.Match;

/** The agenda filter keeps the decision's time budget between firings. */
class FiredRulesTest {
  private static final LocalDate IN_2020 = LocalDate.of(2020, 11, 15);

  private final List<String> sessionCalls = new ArrayList<>();
  private final KieSession session =
      (KieSession) Proxy.newProxyInstance(
          getClass().getClassLoader(), new Class<?>[] {KieSession.class}, (proxy, method, args) -> {
            sessionCalls.add(method.getName());
            return null;
          });

  private static RuleCatalog builtInCatalog() {
    PolicyFiles files = PolicyFiles.builtIn();
    return RuleCatalogReader.read(
        PrecompiledRules.matchingOrCompiled(files.rules()).newKieBase(), files.rules(), EditionsLoader.load(files), SeedSentences.load(files), Set.of());
  }

  private static Match firing(String ruleId) {
    Rule rule = (Rule) Proxy.newProxyInstance(
        FiredRulesTest.class.getClassLoader(), new Class<?>[] {Rule.class},
        (proxy, method, args) -> method.getName().equals("getName") ? ruleId : null);
    return (Match) Proxy.newProxyInstance(
        FiredRulesTest.class.getClassLoader(), new Class<?>[] {Match.class},
        (proxy, method, args) -> method.getName().equals("getRule") ? rule : null);
  }

  @Test
  void onceTheBudgetIsSpentNothingMoreFiresAndTheSessionHaltsNamingTheRuleThatRanLast() throws InterruptedException {
    FiredRules fired = new FiredRules(builtInCatalog(), IN_2020, session, System.nanoTime() + 200_000_000L);
    assertTrue(fired.accept(firing("ORD-030")));
    assertFalse(fired.overBudget());
    Thread.sleep(250);

    assertFalse(fired.accept(firing("ORD-040")));
    assertTrue(fired.overBudget());
    assertEquals("ORD-030", fired.lastFired());
    assertEquals(List.of("halt"), sessionCalls);
    assertEquals(List.of("ORD-030"), fired.ids());
  }
}
