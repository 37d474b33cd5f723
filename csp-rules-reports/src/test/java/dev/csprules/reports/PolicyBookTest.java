package dev.csprules.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.csprules.drools.DroolsPolicyEngine;
import dev.csprules.drools.PolicyContents;
import dev.csprules.testkit.ScenarioReader;
import dev.csprules.testkit.ScenarioRunner;
import dev.csprules.testkit.SuiteResult;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PolicyBookTest {
  private static final Path HISTORY = Path.of("..", "examples", "policy-2018-history");

  @Test
  void eachEditionListsItsRulesInForceAndShowsTheRulesItBringsWithTheirTextAndDrl() {
    PolicyContents policy = DroolsPolicyEngine.builder().build().contents();
    PolicyBookPage page = PolicyBook.page(policy, Optional.empty());

    assertEquals(List.of("2018-01", "2020-10"), page.editions().stream().map(PolicyBookPage.EditionSection::id).toList());
    PolicyBookPage.EditionSection first = page.editions().get(0);
    PolicyBookPage.EditionSection second = page.editions().get(1);
    assertEquals("2018-01-24 to 2020-10-26", first.span());
    assertEquals("2020-10-27 on", second.span());
    assertTrue(ids(first.inForce()).contains("ENR-110"), "closed until 2018-03-31: in force in 2018-01");
    assertFalse(ids(second.inForce()).contains("ENR-110"), "ended before 2020-10");
    assertTrue(ids(second.inForce()).contains("ENR-140"));
    assertTrue(ids(first.inForce()).contains("ENR-010") && ids(second.inForce()).contains("ENR-010"), "in force from 2018-01 on");
    assertEquals(policy.rules().size(), page.editions().stream().mapToInt(edition -> edition.introduced().size()).sum(),
        "every rule is shown in full once, under its edition");

    String html = PolicyBook.html(policy, Optional.empty());
    assertTrue(html.contains("id=\"rule-ENR-140\""));
    assertTrue(html.contains("rule \"ENR-140\""), "the DRL, escaped");
    assertTrue(html.contains("パフォーマンス要件"), "the cited sentence in Japanese");
    assertTrue(html.contains("<code>JP</code>") && html.contains("JPY"), "the markets");
    assertTrue(html.contains("direct-bill.revenue-threshold-usd"));
    assertFalse(html.contains("id=\"policy-folders\""), "no folder, no folder section");
  }

  @Test
  void withScenariosEachRuleNamesThoseThatFireItAndTheNeverFiredAreMarked() {
    DroolsPolicyEngine engine = DroolsPolicyEngine.builder().build();
    SuiteResult suite =
        ScenarioRunner.of(engine)
            .run(ScenarioReader.readAll(List.of(Path.of("..", "scenarios", "orders", "currency.yaml"))).stream()
                .flatMap(file -> file.scenarios().stream())
                .toList());
    String html = PolicyBook.html(engine.contents(), Optional.of(suite));

    assertTrue(html.contains(suite.summary()));
    assertTrue(html.contains("a Japanese customer's order in USD is denied"), html);
    assertTrue(html.contains("<span class=\"badge never\">never fired</span> by the scenarios run"));
  }

  /** One engine with both folders: compiling a folder's rules takes seconds. */
  @Test
  void eachPolicyFolderShowsWhatItAddsAndDisablesAndEveryStringFromItIsEscaped(@TempDir Path hostile) throws IOException {
    PolicyContents policy =
        DroolsPolicyEngine.builder().policyFolder(HISTORY).policyFolder(HostileInput.policyFolder(hostile)).build().contents();
    String html = PolicyBook.html(policy, Optional.empty());

    String folders = html.substring(html.indexOf("id=\"policy-folders\""));
    assertTrue(folders.indexOf(HISTORY.toString()) < folders.indexOf(hostile.toString()), "in the order layered");
    assertTrue(folders.contains("<a href=\"#rule-ENR-H110\"><code>ENR-H110</code></a>"), folders);
    assertTrue(folders.contains("<code class=\"disabled\">ENR-110</code>"));
    assertTrue(folders.contains("adds editions"));
    assertTrue(html.contains("Edition 2018-08"));

    assertFalse(HostileInput.hasInjectedMarkup(html), html);
    assertTrue(html.contains("Tom &amp; Jerry's 'quoted' rule"), "the title, as text");
    assertTrue(html.contains("// &lt;/code&gt;&lt;/pre&gt;" + HostileInput.SCRIPT_ESCAPED), "the DRL comment, as text");
    assertTrue(html.contains("&lt;img src=x onerror=alert(1)&gt; \"quoted\""), "the cited sentence, as text");
  }

  private static List<String> ids(List<PolicyBookPage.Entry> entries) {
    return entries.stream().map(PolicyBookPage.Entry::id).toList();
  }
}
