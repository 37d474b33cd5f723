package dev.csprules.drools;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.csprules.api.Decision;
import dev.csprules.api.FindingCode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The engine leaves the as-of date out of a session whose rules never read it (no built-in order
 * rule does); an order rule a policy folder adds that reads it still sees it.
 */
class AsOfInOrderRulesTest {
  @TempDir Path folder;

  @Test
  void anOrderRuleThatReadsTheDateSeesIt() throws IOException {
    Files.createDirectories(folder.resolve("rules"));
    Files.writeString(
        folder.resolve("rules/dated-order.drl"),
        """
        package dev.csprules.policy.rules.dated;
        import dev.csprules.api.Order;
        import dev.csprules.drools.rulefacts.AsOf;
        import dev.csprules.drools.rulefacts.Evidence;

        rule "ORD-981"
          @title("an order decided as of some day")
          @code("SELLER_NOT_ENROLLED")
          @edition("2018-01")
          @cites("4d1ce-115")
        when
          Order()
          AsOf()
        then
          insertLogical(Evidence.of(kcontext));
        end
        """);
    DroolsPolicyEngine engine = DroolsPolicyEngine.builder().policyFolder(folder).build();

    Decision dated = engine.evaluate(Fixtures.order(), Fixtures.IN_2020);
    assertTrue(dated.firedRules().contains("ORD-981"), dated.firedRules().toString());
    assertTrue(dated.has(FindingCode.SELLER_NOT_ENROLLED));

    Decision builtIn = SharedEngine.decide(Fixtures.order(), Fixtures.IN_2020);
    assertFalse(builtIn.has(FindingCode.SELLER_NOT_ENROLLED));
  }
}
