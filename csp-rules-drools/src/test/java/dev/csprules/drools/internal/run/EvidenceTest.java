package dev.csprules.drools.internal.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.csprules.drools.rulefacts.Evidence;
import java.lang.reflect.Modifier;
import java.lang.reflect.Proxy;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.rule.RuleContext;

/** Evidence can be made only by the rule now firing, with its catalog entry's code and severity. */
class EvidenceTest {
  private static RuleContext firing(String ruleId) {
    Rule rule = (Rule) Proxy.newProxyInstance(
        EvidenceTest.class.getClassLoader(), new Class<?>[] {Rule.class},
        (proxy, method, args) -> method.getName().equals("getName") ? ruleId : null);
    return (RuleContext) Proxy.newProxyInstance(
        EvidenceTest.class.getClassLoader(), new Class<?>[] {RuleContext.class},
        (proxy, method, args) -> method.getName().equals("getRule") ? rule : null);
  }

  @Test
  void evidenceHasNoConstructorToCallAndIsFinal() {
    assertEquals(0, Evidence.class.getConstructors().length);
    assertTrue(Modifier.isFinal(Evidence.class.getModifiers()));
    assertTrue(Arrays.stream(Evidence.class.getDeclaredConstructors()).allMatch(c -> Modifier.isPrivate(c.getModifiers())));
  }

  @Test
  void evidenceIsMadeOnlyWhileADecisionRuns() {
    IllegalStateException outside = assertThrows(IllegalStateException.class, () -> Evidence.of(firing("ENR-010")));
    assertEquals("evidence is made only while a decision runs", outside.getMessage());
  }
}
