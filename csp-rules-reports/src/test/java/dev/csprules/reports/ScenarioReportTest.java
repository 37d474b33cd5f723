package dev.csprules.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.csprules.drools.DroolsPolicyEngine;
import dev.csprules.drools.PolicyContents;
import dev.csprules.testkit.ScenarioFile;
import dev.csprules.testkit.ScenarioReader;
import dev.csprules.testkit.ScenarioRunner;
import dev.csprules.testkit.SuiteResult;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScenarioReportTest {
  private static PolicyContents policy;
  private static SuiteResult suite;
  private static String html;

  @BeforeAll
  static void runHostileScenarios(@TempDir Path folder) throws IOException {
    DroolsPolicyEngine engine = DroolsPolicyEngine.builder().build();
    List<ScenarioFile> files = ScenarioReader.readAll(List.of(HostileInput.scenarios(folder)));
    suite = ScenarioRunner.of(engine).run(files.stream().flatMap(file -> file.scenarios().stream()).toList());
    policy = engine.contents();
    html = ScenarioReport.html(policy, suite);
  }

  @Test
  void everyStringFromAScenarioFileIsEscaped() {
    assertFalse(HostileInput.hasInjectedMarkup(html), html);
    assertTrue(html.contains(HostileInput.SCRIPT_ESCAPED), "the hostile name is shown, as text");
    assertTrue(html.contains("it's \"quoted\" &lt;/td&gt;&lt;td&gt;x"), "quotes and a closing cell, as text");
    assertTrue(html.contains("waiting for &lt;b onmouseover=alert(1)&gt;a ruling&lt;/b&gt;"), "the skip reason, as text");
  }

  @Test
  void headerCountsTheRun() {
    assertEquals(List.of(1L, 1L, 1L), List.of(suite.passed(), suite.failed(), suite.skipped()));
    assertEquals("1", idText("passed"));
    assertEquals("1", idText("failed"));
    assertEquals("1", idText("skipped"));
    assertEquals(policy.version(), idText("policy-version"));
    assertTrue(html.contains("<strong>2018-01</strong> from 2018-01-24"), "the editions");
  }

  @Test
  void everyRuleHasARowAndTheNeverFiredAreMarked() {
    long neverFired = ScenarioReport.page(policy, suite).rules().stream().filter(rule -> rule.firedBy().isEmpty()).count();
    assertTrue(neverFired > 0 && neverFired < policy.rules().size(), "two decided scenarios fire some rules, not all");
    assertEquals(policy.rules().size(), count("<tr class=\"rule "));
    assertEquals(neverFired, count("<tr class=\"rule never-fired\">"));
    assertEquals(neverFired, count("<span class=\"badge never\">never fired</span>"));
    assertEquals(String.valueOf(neverFired), idText("never-fired"));
  }

  @Test
  void theFailingScenarioShowsWhatItExpectedAndItsFindingsInBothLanguages() {
    String failed = html.substring(html.indexOf("<section class=\"card scenario FAILED\""));
    failed = failed.substring(0, failed.indexOf("</section>"));
    assertTrue(failed.contains("hostile.yaml:2"), failed);
    assertTrue(failed.contains("outcome APPROVED"), "expected");
    assertTrue(failed.contains("outcome DENIED"), "actual");
    assertTrue(failed.contains("outcome is DENIED, expected APPROVED"), "why");
    assertTrue(failed.contains("<code>CURRENCY_MISMATCH</code>"));
    assertTrue(failed.contains("lang=\"ja\""));
    assertTrue(failed.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HIRAGANA
        || Character.UnicodeScript.of(c) == Character.UnicodeScript.KATAKANA), "Japanese text in the findings");
  }

  @Test
  void thePageNeedsNothingFromOutside() {
    Matcher external = Pattern.compile("(?i)<link|<script|<iframe|<img|@import|url\\(|src=").matcher(html);
    assertFalse(external.find(), () -> "loads " + html.substring(external.start(), Math.min(html.length(), external.start() + 80)));
    assertTrue(html.contains("@media print"));
  }

  private static String idText(String id) {
    Matcher matcher = Pattern.compile("id=\"" + id + "\">([^<]*)<").matcher(html);
    assertTrue(matcher.find(), "no element " + id);
    return matcher.group(1);
  }

  private static long count(String text) {
    return html.split(Pattern.quote(text), -1).length - 1L;
  }
}
