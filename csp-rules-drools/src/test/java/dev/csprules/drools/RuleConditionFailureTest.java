package dev.csprules.drools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.csprules.api.Outcome;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A rule whose condition throws gives one clear error for that request; the engine serves on. */
class RuleConditionFailureTest {
  @TempDir Path folder;

  @Test
  void aFailingConditionIsAnEvaluationErrorNotARawException() throws IOException {
    Files.createDirectories(folder.resolve("rules"));
    Files.writeString(
        folder.resolve("rules/divides.drl"),
        """
        package dev.csprules.policy.rules.divides;
        import dev.csprules.api.EnrollmentApplication;
        import dev.csprules.drools.rulefacts.Evidence;

        rule "ENR-980"
          @title("a condition that divides by the number of tenants")
          @code("MPN_ID_MISSING")
          @edition("2018-01")
          @cites("4d1ce-110")
        when
          EnrollmentApplication( 10 / partner.tenants.size() > 100 )
        then
          insertLogical(Evidence.of(kcontext));
        end
        """);
    DroolsPolicyEngine engine = DroolsPolicyEngine.builder().policyFolder(folder).build();
    var noTenants = Fixtures.application(dev.csprules.api.fact.CspModel.INDIRECT_RESELLER, Fixtures.partner().tenants(java.util.List.of()).build());
    PolicyEvaluationException error =
        assertThrows(PolicyEvaluationException.class, () -> engine.evaluate(noTenants, Fixtures.IN_2020));
    assertTrue(error.getMessage().startsWith("request application-1: "), error.getMessage());
    assertTrue(error.getMessage().contains("ArithmeticException"), error.getMessage());
    assertEquals(Outcome.ELIGIBLE, engine.evaluate(Fixtures.indirectApplication(), Fixtures.IN_2020).outcome());
  }
}
