package dev.csprules.testkit;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.testkit.engine.EventConditions.displayName;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;

import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Events;

/** Runs ScenarioTests as JUnit would in a user's build, and checks what JUnit reports. */
class ScenarioTestsTest {
  @TempDir Path folder;

  /** The user's test class; run only through the EngineTestKit below. */
  static class UserSuite {
    static Path scenarios;
    static double minimumCoverage;

    @TestFactory
    Stream<DynamicNode> scenarios() {
      return ScenarioTests.in(scenarios).requireCoverage(minimumCoverage).tests();
    }
  }

  @Test
  void eachScenarioIsATestThatPassesFailsOrIsSkipped() {
    TestFiles.write(
        folder,
        "suite.yaml",
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
          - name: passes
            asOf: 2018-06-01
            application: {use: indirect}
            expect: {outcome: ELIGIBLE}
          - name: fails
            asOf: 2018-06-01
            application: {use: indirect}
            expect: {outcome: INELIGIBLE}
          - name: todo_skipped
            asOf: 2018-06-01
            application: {use: indirect}
            expect: {outcome: INELIGIBLE}
        """);
    TestFiles.write(folder, "broken.yaml", "scenarios: [\n");
    UserSuite.scenarios = folder;
    UserSuite.minimumCoverage = 100;

    Events tests = EngineTestKit.engine("junit-jupiter").selectors(selectClass(UserSuite.class)).execute().testEvents();

    tests.assertStatistics(stats -> stats.started(5).succeeded(1).failed(3).aborted(1));
    tests.assertThatEvents()
        .haveExactly(
            1,
            event(
                displayName("fails"),
                finishedWithFailure(message(text -> text.contains("outcome is ELIGIBLE, expected INELIGIBLE")))))
        .haveExactly(
            1,
            event(
                displayName(folder.resolve("broken.yaml") + " (cannot be read)"),
                finishedWithFailure(message(text -> text.contains("broken.yaml:2:1")))))
        .haveExactly(
            1,
            event(displayName("rule coverage"), finishedWithFailure(message(text -> text.contains("never fired: ")))));
    assertTrue(
        tests.aborted().stream().anyMatch(event -> event.getTestDescriptor().getDisplayName().equals("todo_skipped")));
  }
}
