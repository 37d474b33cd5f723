package dev.csprules.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class TestCommandTest {
  @TempDir Path folder;

  static final String SCENARIOS =
      """
      fixtures:
        applications:
          indirect:
            applicationId: app-1
            model: INDIRECT_RESELLER
            sellLocation: JP
            partner:
              companyName: Contoso KK
              mpnId: "1234567"
              address: {street: 1-2-3 Minato, city: Tokyo, postalCode: 105-0001, country: JP}
              bankInformationOnFile: true
              adminEmail: admin@contoso.co.jp
      scenarios:
        - name: eligible in 2018
          asOf: 2018-06-01
          application: {use: indirect}
          expect: {outcome: ELIGIBLE, present: FIND_INDIRECT_PROVIDER}
        - name: no bank information <&> "quotes"
          asOf: 2018-06-01
          application:
            use: indirect
            partner: {bankInformationOnFile: false}
          expect: {outcome: ELIGIBLE}
        - name: later
          skip: waiting for the 2021 edition
          asOf: 2018-06-01
          application: {use: indirect}
          expect: {outcome: ELIGIBLE}
      """;

  private Path write(String name, String text) throws Exception {
    return Files.writeString(folder.resolve(name), text);
  }

  @Test
  void aPassingSuiteExitsZeroAndEndsWithTheSummary() throws Exception {
    Path file = write("pass.yaml", SCENARIOS.substring(0, SCENARIOS.indexOf("  - name: no bank")));

    CliRun run = CliRun.of("test", file.toString());

    assertEquals(0, run.status(), run.toString());
    assertEquals("1 passed, 0 failed", run.lastOutLine());
    assertEquals("", run.err());
  }

  @Test
  void aFailureIsExplainedAndExitsOne() throws Exception {
    Path file = write("suite.yaml", SCENARIOS);

    CliRun run = CliRun.of("test", file.toString());

    assertEquals(1, run.status(), run.toString());
    assertEquals("1 passed, 1 failed, 1 skipped", run.lastOutLine());
    assertTrue(run.out().contains("FAILED no bank information <&> \"quotes\"\n  at " + file + ":18 (as of 2018-06-01)"), run.out());
    assertTrue(run.out().contains("  expected: outcome ELIGIBLE\n  actual:   outcome INELIGIBLE; codes BANK_INFORMATION_MISSING, FIND_INDIRECT_PROVIDER;"), run.out());
    assertTrue(run.out().contains("    - outcome is INELIGIBLE, expected ELIGIBLE"), run.out());
    assertTrue(
        run.out().contains("    BLOCKING BANK_INFORMATION_MISSING (rule ENR-030; cites 4d1ce-110): No bank information was given with the application."),
        run.out());
    assertTrue(run.out().contains("SKIPPED later (" + file + ":24): waiting for the 2021 edition"), run.out());
  }

  @Test
  void runPicksScenariosByName() throws Exception {
    Path file = write("suite.yaml", SCENARIOS);

    CliRun run = CliRun.of("test", "--run", "^eligible", file.toString());

    assertEquals(0, run.status(), run.toString());
    assertEquals("1 passed, 0 failed", run.lastOutLine());
  }

  @Test
  void theJUnitXmlReportIsWellFormedAndCountsEachStatus() throws Exception {
    Path file = write("suite.yaml", SCENARIOS);
    Path report = folder.resolve("reports/scenarios.xml");

    CliRun run = CliRun.of("test", "--junit-xml", report.toString(), file.toString());

    assertEquals(1, run.status(), run.toString());
    Document xml = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(report.toFile());
    Element suites = xml.getDocumentElement();
    assertEquals("testsuites", suites.getTagName());
    assertEquals("3", suites.getAttribute("tests"));
    assertEquals("1", suites.getAttribute("failures"));
    assertEquals("1", suites.getAttribute("skipped"));
    Element suite = (Element) suites.getElementsByTagName("testsuite").item(0);
    assertEquals(file.toString(), suite.getAttribute("name"));
    Element failed = (Element) suite.getElementsByTagName("testcase").item(1);
    assertEquals("no bank information <&> \"quotes\"", failed.getAttribute("name"));
    assertEquals("18", failed.getAttribute("line"));
    Element failure = (Element) failed.getElementsByTagName("failure").item(0);
    assertEquals("outcome is INELIGIBLE, expected ELIGIBLE", failure.getAttribute("message"));
    assertTrue(failure.getTextContent().contains("BLOCKING BANK_INFORMATION_MISSING"));
    assertEquals(1, suite.getElementsByTagName("skipped").getLength());
  }

  @Test
  void aFileWithProblemsExitsTwoNamingEachProblemWithoutAStackTrace() throws Exception {
    Path file = write("broken.yaml", "scenarios:\n  - name: x\n    asOf: 2020-11-15\n    aplication: {}\n    expect: {outcome: ELIGIBLE}\n");

    CliRun run = CliRun.of("test", file.toString());

    assertEquals(2, run.status(), run.toString());
    assertEquals("", run.out());
    assertTrue(
        run.err().contains(file + ":4:5: scenarios[0].aplication: unknown field (did you mean 'application'?)"),
        run.err());
    assertFalse(run.err().contains("\tat "), run.err());
  }

  @Test
  void aPathThatDoesNotExistExitsTwo() {
    CliRun run = CliRun.of("test", folder.resolve("nowhere").toString());

    assertEquals(2, run.status(), run.toString());
    assertTrue(run.err().startsWith("csp-rules: 1 problem in scenario files:\n"), run.err());
    assertTrue(run.err().contains("nowhere:1:1: no such file or folder"), run.err());
  }

  @Test
  void findingMessagesCanBeJapanese() throws Exception {
    Path file = write("suite.yaml", SCENARIOS);

    CliRun run = CliRun.of("test", "--lang", "ja", file.toString());

    assertTrue(run.out().contains("BLOCKING BANK_INFORMATION_MISSING (rule ENR-030; cites 4d1ce-110): "), run.out());
    assertFalse(run.out().contains("No bank information was given"), run.out());
  }
}
