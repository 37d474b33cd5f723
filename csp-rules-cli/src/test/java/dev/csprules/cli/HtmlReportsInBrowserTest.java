package dev.csprules.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.csprules.drools.DroolsPolicyEngine;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Both reports as the commands write them, rendered by headless Chromium: the DOM it builds is
 * checked, and a screenshot and a PDF of each are kept in target/browser-reports/. Where no
 * Chromium can start, every test here is skipped, saying why.
 */
class HtmlReportsInBrowserTest {
  private static final Path OUTPUT = Path.of("target", "browser-reports");
  private static final String HOSTILE_NAME = "<script>alert(1)</script>";

  private static HeadlessChromium chromium;
  /** Why no browser can render the pages here; empty once one has started. */
  private static String cannotStart;
  private static int ruleCount;

  /** Skips each test, saying why, where no Chromium starts: surefire then counts and names the skips. */
  @BeforeEach
  void requireChromium() throws IOException, InterruptedException {
    if (cannotStart == null) {
      cannotStart = startChromium();
    }
    if (!cannotStart.isEmpty()) {
      Assumptions.abort(cannotStart);
    }
  }

  private static String startChromium() throws IOException, InterruptedException {
    Files.createDirectories(OUTPUT);
    var found = HeadlessChromium.onPath(OUTPUT.resolve("chromium"));
    if (found.isEmpty()) {
      return "no chromium on the PATH (.ci/run installs Debian's chromium): the reports were not rendered";
    }
    chromium = found.get();
    HeadlessChromium.Run probe = chromium.run("--dump-dom", "data:text/html,<p>started</p>");
    if (probe.status() != 0 || !probe.out().contains("<p>started</p>")) {
      return chromium.executable() + " cannot start (exit " + probe.status() + "): "
          + probe.log().lines().reduce((first, last) -> last).orElse("no output")
          + "; the reports were not rendered";
    }
    ruleCount = DroolsPolicyEngine.builder().build().rules().size();
    return "";
  }

  @Test
  void theScenarioReportRendersItsCountsRulesAndScenarios() throws IOException, InterruptedException {
    Path html = OUTPUT.resolve("scenario-report.html");
    CliRun run =
        CliRun.of("test", "../scenarios/orders", hostileScenarios().toString(), HtmlFile.OPTION, html.toString());
    assertEquals(ExitCode.FAILED, run.status(), run.toString());
    List<Long> counts = Arrays.stream(run.lastOutLine().split("\\D+")).filter(s -> !s.isEmpty()).map(Long::valueOf).toList();

    Document dom = render(html);
    assertEquals(String.valueOf(counts.get(0)), dom.getElementById("passed").text(), run.lastOutLine());
    assertEquals(String.valueOf(counts.get(1)), dom.getElementById("failed").text(), run.lastOutLine());
    assertEquals(1, counts.get(1), "the hostile scenario fails");
    assertEquals(ruleCount, dom.select("#rule-table tr.rule").size(), "a row per rule");
    int neverFired = dom.select("#rule-table tr.rule.never-fired").size();
    assertTrue(neverFired > 0, "order scenarios alone leave the enrollment rules unfired");
    assertEquals(String.valueOf(neverFired), dom.getElementById("never-fired").text());
    assertEquals(neverFired, dom.select("#rule-table tr.never-fired .badge.never").size(), "each marked in words");
    assertEquals(counts.stream().mapToLong(Long::longValue).sum(), dom.select("section.scenario").size());

    Element failed = dom.selectFirst("section.scenario.FAILED");
    assertEquals("FAILED " + HOSTILE_NAME, failed.selectFirst("h3").text(), "the hostile name is text, not a script");
    assertTrue(failed.text().contains("outcome is DENIED, expected APPROVED"), failed.text());
    assertTrue(isJapanese(failed.select("td.ja[lang=ja]").text()), "the findings in Japanese");
    assertTrue(dom.select("script").isEmpty(), "no script in the page");
    keepPictures(html, "scenario-report");
  }

  @Test
  void thePolicyBookRendersEveryRuleWithItsCitedTextAndReferenceData() throws IOException, InterruptedException {
    Path html = OUTPUT.resolve("policy-book.html");
    CliRun run = CliRun.of("book", "--scenarios", "../scenarios/orders", HtmlFile.OPTION, html.toString());
    assertEquals(ExitCode.OK, run.status(), run.toString());

    Document dom = render(html);
    assertEquals(List.of("Edition 2018-01: 2018-01-24 to 2020-10-26", "Edition 2020-10: 2020-10-27 on"),
        dom.select("section.edition > h2").eachText());
    assertEquals(ruleCount, dom.select("article.rule").size(), "every rule in full once");
    Element revenue = dom.getElementById("rule-ENR-140");
    assertTrue(revenue.selectFirst("pre.drl").text().contains("rule \"ENR-140\""), "its DRL");
    assertTrue(isJapanese(revenue.select("table.cited td.ja[lang=ja]").text()), "its cited text in Japanese");
    assertTrue(revenue.select("table.cited td.en").text().contains("USD300K"), "and in English");
    assertTrue(revenue.selectFirst("p.exercised").text().startsWith("never fired"), "order scenarios never reach it");
    assertFalse(dom.select("section.edition tr.never-fired .badge.never").isEmpty(), "never-fired rules marked in the tables");
    assertTrue(dom.select("table.markets tbody tr").size() > 100, "the markets table");
    assertEquals(3, dom.select("table.parameters tbody tr").size());
    assertTrue(dom.select("script").isEmpty(), "no script in the page");
    keepPictures(html, "policy-book");
  }

  /** An order scenario named like a script, failing, beside the order fixtures it uses. */
  private static Path hostileScenarios() throws IOException {
    Path folder = Files.createDirectories(OUTPUT.resolve("hostile-scenarios"));
    Files.copy(Path.of("..", "scenarios", "orders", "_fixtures.yaml"), folder.resolve("_fixtures.yaml"),
        java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    Files.writeString(
        folder.resolve("hostile.yaml"),
        """
        scenarios:
          - name: "<script>alert(1)</script>"
            description: 'a "quoted" </td></tr></table> description'
            asOf: 2020-11-15
            order: {use: office, currency: USD}
            expect: {outcome: APPROVED}
        """);
    return folder;
  }

  /** The DOM Chromium builds from the page, after checking no script reported an error. */
  private static Document render(Path html) throws IOException, InterruptedException {
    HeadlessChromium.Run run = chromium.dumpDom(html);
    assertEquals(0, run.status(), run.log());
    assertEquals(List.of(), run.scriptErrors(), "script errors");
    return Jsoup.parse(run.out());
  }

  private static void keepPictures(Path html, String name) throws IOException, InterruptedException {
    Path png = OUTPUT.resolve(name + ".png");
    Path pdf = OUTPUT.resolve(name + ".pdf");
    Files.deleteIfExists(png);
    Files.deleteIfExists(pdf);
    assertEquals(0, chromium.screenshot(html, png, 1280, 1000).status());
    assertEquals(0, chromium.printToPdf(html, pdf).status());
    assertTrue(startsWith(png, new byte[] {(byte) 0x89, 'P', 'N', 'G'}), png + " is a PNG");
    assertTrue(startsWith(pdf, "%PDF".getBytes(java.nio.charset.StandardCharsets.US_ASCII)), pdf + " is a PDF");
  }

  private static boolean startsWith(Path file, byte[] signature) throws IOException {
    byte[] bytes = Files.readAllBytes(file);
    return bytes.length > signature.length && Arrays.equals(Arrays.copyOf(bytes, signature.length), signature);
  }

  private static boolean isJapanese(String text) {
    return text.codePoints()
        .anyMatch(
            c -> {
              Character.UnicodeScript script = Character.UnicodeScript.of(c);
              return script == Character.UnicodeScript.HIRAGANA || script == Character.UnicodeScript.KATAKANA
                  || script == Character.UnicodeScript.HAN;
            });
  }
}
