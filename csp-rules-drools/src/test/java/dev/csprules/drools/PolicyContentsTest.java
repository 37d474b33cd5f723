package dev.csprules.drools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.csprules.api.Citation;
import dev.csprules.drools.PolicyContents.DisabledRule;
import dev.csprules.drools.PolicyContents.FolderChanges;
import dev.csprules.drools.PolicyContents.Market;
import dev.csprules.drools.PolicyContents.Parameter;
import dev.csprules.drools.PolicyContents.RuleSource;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class PolicyContentsTest {
  private static final Path HISTORY = PolicyFolderTest.HISTORY;

  @Test
  void builtInPolicyListsEveryRuleWithItsDrlAndCitedText() {
    DroolsPolicyEngine engine = SharedEngine.get();
    PolicyContents contents = engine.contents();

    assertEquals(engine.policyVersion(), contents.version());
    assertEquals(List.of("2018-01", "2020-10"), contents.editions().stream().map(PolicyContents.Edition::id).toList());
    assertEquals(LocalDate.of(2020, 10, 27), contents.editions().get(1).inForceFrom());
    assertEquals(engine.rules(), contents.rules().stream().map(RuleSource::rule).toList());

    RuleSource revenue = rule(contents, "ENR-140");
    assertEquals("rules/enrollment/check-direct-bill.drl", revenue.file());
    assertTrue(revenue.drl().startsWith("// \"at least USD300K\""), revenue.drl());
    assertTrue(revenue.drl().lines().anyMatch(line -> line.equals("rule \"ENR-140\"")), revenue.drl());
    assertEquals("end", revenue.drl().lines().reduce((a, b) -> b).orElse(""));
    assertFalse(revenue.drl().contains("ENR-150"), "one rule's text only");
    assertTrue(revenue.line() > 1);

    Citation cited = contents.sentences().get("cf5ff-132");
    assertTrue(cited.english().contains("USD300K"), cited.english());
    assertFalse(cited.japanese().isBlank());
    contents.rules().forEach(
        source -> source.rule().citations().forEach(id -> assertTrue(contents.sentences().containsKey(id), id)));

    Market japan = contents.markets().stream().filter(market -> market.countryCode().equals("JP")).findFirst().orElseThrow();
    assertTrue(japan.currencies().contains("JPY"));
    assertTrue(contents.parameters().contains(new Parameter("direct-bill.revenue-threshold-usd", "300000.00")));
    assertTrue(contents.folders().isEmpty());
  }

  @Test
  void aPolicyFolderShowsWhatItAddsAndDisables() {
    PolicyContents contents = DroolsPolicyEngine.builder().policyFolder(HISTORY).build().contents();

    assertEquals(1, contents.folders().size());
    FolderChanges folder = contents.folders().get(0);
    assertEquals(HISTORY.toString(), folder.folder());
    assertEquals(List.of("ENR-H110", "ENR-H120", "ENR-H130"), folder.addedRules());
    assertEquals(List.of(), folder.replacedFiles());
    assertEquals(List.of("ENR-110", "ENR-120"), folder.disabledRules().stream().map(DisabledRule::ruleId).toList());
    assertTrue(folder.disabledRules().get(0).where().endsWith("disabled-rules.txt:3"), folder.disabledRules().toString());
    assertTrue(folder.dataFiles().contains("editions.csv"), folder.dataFiles().toString());
    assertTrue(contents.rules().stream().noneMatch(source -> source.rule().id().equals("ENR-110")));
    assertTrue(rule(contents, "ENR-H130").file().endsWith("rules/history/direct-enrollment-2018.drl"));
    assertTrue(contents.sentences().containsKey("facts-2018-08-31"));
  }

  private static RuleSource rule(PolicyContents contents, String id) {
    return contents.rules().stream().filter(source -> source.rule().id().equals(id)).findFirst().orElseThrow();
  }
}
