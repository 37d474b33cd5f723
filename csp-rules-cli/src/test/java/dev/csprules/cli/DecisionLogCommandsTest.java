package dev.csprules.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * evaluate --decision-log then replay: the log the command line writes holds no personal data and
 * replays with nothing changed; under a changed policy, replay names the decisions that change and
 * the rules responsible.
 */
class DecisionLogCommandsTest {
  private static final Path SCENARIOS = Path.of("..", "scenarios");
  private static final String DIRECT_BILL = EvaluateCommandTest.DIRECT_BILL;

  @TempDir Path folder;

  @Test
  void aLogOfTheExamplesAndTheScenarioSuiteReplaysWithNothingChanged() throws IOException {
    Path log = folder.resolve("decisions.jsonl");
    List<String> scenarioFiles;
    try (Stream<Path> walk = Files.walk(SCENARIOS)) {
      scenarioFiles =
          walk.filter(file -> file.toString().endsWith(".yaml") && !file.getFileName().toString().startsWith("_"))
              .filter(file -> !file.getFileName().toString().equals("bad-input.yaml"))
              .map(Path::toString)
              .sorted()
              .toList();
    }
    CliRun examples = CliRun.of("evaluate", "--decision-log", log.toString(), DIRECT_BILL, EvaluateCommandTest.EXAMPLES.resolve("order.yaml").toString());
    assertEquals(0, examples.status(), examples.toString());
    String[] suite = Stream.concat(Stream.of("evaluate", "--explain", "--decision-log", log.toString()), scenarioFiles.stream()).toArray(String[]::new);
    CliRun scenarios = CliRun.of(suite);
    assertEquals(0, scenarios.status(), scenarios.toString());

    long records = Files.readAllLines(log, StandardCharsets.UTF_8).size();
    assertTrue(records > 100, records + " records");
    assertTrue(Files.isDirectory(folder.resolve("policy-archive")), "the policy archive is beside the log");

    CliRun replay = CliRun.of("replay", log.toString());
    assertEquals(0, replay.status(), replay.toString());
    assertEquals(records + " reproduced, 0 changed", replay.lastOutLine());
    assertEquals("", replay.err());

    String text = Files.readString(log, StandardCharsets.UTF_8);
    String example = Files.readString(Path.of(DIRECT_BILL), StandardCharsets.UTF_8);
    for (String personal : List.of("admin@contoso.co.jp", "Hanako Sato", "1-2-3 Minato", "Contoso KK", "105-0001")) {
      assertTrue(example.contains(personal), personal + " is in the example");
      assertFalse(text.contains(personal), personal + " is in the log");
    }
  }

  @Test
  void replayUnderAChangedPolicyListsWhatChangedWithTheRulesResponsible() throws IOException {
    Path log = folder.resolve("decisions.jsonl");
    assertEquals(0, CliRun.of("evaluate", "--decision-log", log.toString(), DIRECT_BILL).status());
    Path changed = Files.createDirectories(folder.resolve("no-revenue-threshold"));
    Files.writeString(changed.resolve("disabled-rules.txt"), "ENR-140\n");

    CliRun replay = CliRun.of("replay", log.toString(), "--policy", changed.toString());

    assertEquals(1, replay.status(), replay.toString());
    assertEquals("0 reproduced, 1 changed", replay.lastOutLine());
    String line = replay.outLines().get(0);
    assertTrue(line.startsWith("changed: app-2020-0042 (decision "), line);
    // Without the threshold the application is eligible, so the next steps of an eligible one appear.
    assertTrue(
        line.endsWith(
            ", as of 2020-11-15): INELIGIBLE -> ELIGIBLE; rules ENR-140, ENR-200, ENR-210, ENR-240;"
                + " - ENR-140 DIRECT_BILL_REVENUE_BELOW_THRESHOLD {actual=275000.00, from=2019-11, needed=300000.00, to=2020-10};"
                + " + ENR-200 NEXT_STEP_AWAIT_REVIEW; + ENR-210 NEXT_STEP_SET_UP_ACCOUNT; + ENR-240 NEXT_STEP_ASSOCIATE_EXISTING_CUSTOMERS"),
        line);
  }

  @Test
  void aTornLastLineIsSkippedAndSaidSo() throws IOException {
    Path log = folder.resolve("decisions.jsonl");
    assertEquals(0, CliRun.of("evaluate", "--decision-log", log.toString(), DIRECT_BILL).status());
    Files.writeString(log, "{\"decisionId\":\"0f", StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.APPEND);

    CliRun replay = CliRun.of("replay", log.toString());

    assertEquals(0, replay.status(), replay.toString());
    assertEquals("1 reproduced, 0 changed", replay.lastOutLine());
    assertEquals(
        "csp-rules: " + log + ":2: the last line ends before its record does (a crash while writing?); skipped",
        replay.err().strip());
  }

  @Test
  void aPolicyVersionMissingFromTheArchiveIsBadInputNamingIt() throws IOException {
    Path log = folder.resolve("decisions.jsonl");
    Path archive = folder.resolve("elsewhere");
    assertEquals(0, CliRun.of("evaluate", "--decision-log", log.toString(), "--policy-archive", archive.toString(), DIRECT_BILL).status());
    String line = Files.readAllLines(log, StandardCharsets.UTF_8).get(0);
    String version = line.replaceAll(".*\"policyVersion\":\"([0-9a-f]+)\".*", "$1");
    Files.writeString(log, line.replace(version, "00000000000000ff") + "\n", StandardCharsets.UTF_8);

    CliRun replay = CliRun.of("replay", log.toString(), "--archive", archive.toString());

    assertEquals(2, replay.status(), replay.toString());
    assertEquals(
        "csp-rules: policy version 00000000000000ff is not in the archive " + archive
            + ": give --archive DIR, or --policy DIR to replay under another policy",
        replay.err().strip());
  }

  @Test
  void anUnwritableLogIsBadInputAndNothingIsDecided() throws IOException {
    Path notAFolder = Files.writeString(folder.resolve("file"), "x");
    CliRun run = CliRun.of("evaluate", "--decision-log", notAFolder.resolve("decisions.jsonl").toString(), DIRECT_BILL);
    assertEquals(2, run.status(), run.toString());
    assertTrue(run.err().startsWith("csp-rules: cannot write the decision log "), run.err());
    assertEquals("", run.out());
  }
}
