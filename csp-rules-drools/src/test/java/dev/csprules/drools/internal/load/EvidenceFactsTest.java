package dev.csprules.drools.internal.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.csprules.api.FindingCode;
import dev.csprules.drools.internal.policy.PolicySource;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The fact names of each finding rule, read from its DRL, and the built-in messages' use of them. */
class EvidenceFactsTest {
  private static final PolicyFiles BUILT_IN = PolicyFiles.builtIn();

  @Test
  void everyBuiltInMessagePlaceholderIsAFactItsRulesGive() {
    List<EvidenceFacts.FindingRule> rules = EvidenceFacts.findingRules(BUILT_IN.rules());
    assertEquals(List.of(), Messages.load(BUILT_IN).unfilledPlaceholders(rules, Set.of()));
  }

  @Test
  void theFactNamesAreTheLiteralsGivenToEvidenceOf() {
    List<EvidenceFacts.FindingRule> rules = EvidenceFacts.findingRules(BUILT_IN.rules());
    assertTrue(rules.contains(new EvidenceFacts.FindingRule("ENR-020", FindingCode.BUSINESS_ADDRESS_INCOMPLETE, Set.of("missing"))), rules.toString());
    assertTrue(rules.contains(new EvidenceFacts.FindingRule("ENR-010", FindingCode.MPN_ID_MISSING, Set.of())), rules.toString());
  }

  @Test
  void aRuleWhoseFactNameIsNotALiteralIsLeftOut() {
    PolicySource drl =
        new PolicySource(
            "rules/x.drl",
            "package p;\nrule \"ENR-900\"\n  @code(\"MPN_ID_MISSING\")\nwhen\nthen\n  insertLogical(Evidence.of(kcontext, NAME, 1));\nend\n"
                + "rule \"ENR-901\"\n  @code(\"MPN_ID_MISSING\")\nwhen\nthen\n  insertLogical(Evidence.of(kcontext, \"a\", 1, \"b\", 2));\nend\n",
            false);
    assertEquals(
        List.of(new EvidenceFacts.FindingRule("ENR-901", FindingCode.MPN_ID_MISSING, Set.of("a", "b"))),
        EvidenceFacts.findingRules(List.of(drl)));
  }
}
