package dev.csprules.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Finding scenario files, request files, and files that are not safe or not readable. */
class ScenarioFilesTest {
  @TempDir Path folder;

  private static final String ONE_SCENARIO =
      """
      scenarios:
        - {name: one, asOf: 2020-11-15, application: {model: DIRECT_BILL}, expect: {outcome: INELIGIBLE}}
      """;

  @Test
  void findSearchesFoldersAndLeavesOutFixturesHiddenAndOtherFiles() {
    TestFiles.write(folder, "b.yaml", ONE_SCENARIO);
    TestFiles.write(folder, "a/deep/c.json", "{}");
    TestFiles.write(folder, "a/d.yml", ONE_SCENARIO);
    TestFiles.write(folder, "_fixtures.yaml", "fixtures: {}");
    TestFiles.write(folder, ".hidden/e.yaml", ONE_SCENARIO);
    TestFiles.write(folder, "notes.md", "# notes");

    List<Path> found = ScenarioReader.find(List.of(folder));

    assertEquals(
        List.of(folder.resolve("a/d.yml"), folder.resolve("a/deep/c.json"), folder.resolve("b.yaml")), found);
  }

  @Test
  void aMissingPathAndAnEmptyFolderAreProblems() {
    Path empty = folder.resolve("empty");
    TestFiles.write(folder, "empty/README.md", "");
    Path missing = folder.resolve("missing.yaml");

    List<String> problems = ReadFailures.of(() -> ScenarioReader.find(List.of(missing, empty)));

    assertEquals(
        List.of(
            missing + ":1:1: no such file or folder",
            empty + ":1:1: no scenario file (.yaml, .yml, .json) in this folder"),
        problems);
  }

  @Test
  void aRequestFileHoldsOneRequestWithAnOptionalDate() {
    Path dated =
        TestFiles.write(
            folder,
            "dated.yaml",
            "asOf: 2020-11-15\napplication: {applicationId: app-7, model: DIRECT_BILL}\n");
    Path undated = TestFiles.write(folder, "undated.json", "{\"name\": \"mine\", \"application\": {\"model\": \"DIRECT_BILL\"}}");

    RequestEntry datedEntry = ScenarioReader.readRequests(dated).get(0);
    RequestEntry undatedEntry = ScenarioReader.readRequests(undated).get(0);

    assertEquals("app-7", datedEntry.name());
    assertEquals(Optional.of(LocalDate.of(2020, 11, 15)), datedEntry.asOf());
    assertEquals("mine", undatedEntry.name());
    assertEquals(Optional.empty(), undatedEntry.asOf());
  }

  @Test
  void aScenarioFileGivesEveryScenariosRequestToEvaluate() {
    Path file = TestFiles.write(folder, "scenarios.yaml", ONE_SCENARIO);

    List<RequestEntry> requests = ScenarioReader.readRequests(file);

    assertEquals(1, requests.size());
    assertEquals("one", requests.get(0).name());
    assertEquals(Optional.of(LocalDate.of(2020, 11, 15)), requests.get(0).asOf());
  }

  @Test
  void aRequestFileIsNotAScenarioFile() {
    Path file = TestFiles.write(folder, "request.yaml", "application: {model: DIRECT_BILL}\n");

    List<String> problems = ReadFailures.of(() -> ScenarioReader.read(file));

    assertEquals(
        List.of(
            file + ":1:1: this file holds a single request (application: or order:), not a list of scenarios:"
                + " write it under scenarios: with a name, an asOf and an expect"),
        problems);
  }

  @Test
  void anAliasBombIsAProblemNotAnOutOfMemoryError() {
    StringBuilder yaml = new StringBuilder("a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
    for (int level = 1; level <= 9; level++) {
      yaml.append("a").append(level).append(": &a").append(level).append(" [");
      for (int i = 0; i < 4; i++) {
        yaml.append(i == 0 ? "" : ", ").append("*a").append(level - 1);
      }
      yaml.append("]\n");
    }
    yaml.append("scenarios: *a9\n");
    Path file = TestFiles.write(folder, "bomb.yaml", yaml.toString());

    List<String> problems = ReadFailures.of(() -> ScenarioReader.read(file));

    assertEquals(1, problems.size());
    assertTrue(problems.get(0).endsWith("more than 100000 values (do aliases expand without end?)"), problems.get(0));
  }

  @Test
  void anAliasToItselfIsAProblem() {
    Path file = TestFiles.write(folder, "loop.yaml", "scenarios: &loop [*loop]\n");

    List<String> problems = ReadFailures.of(() -> ScenarioReader.read(file));

    assertEquals(1, problems.size(), problems.toString());
    assertTrue(problems.get(0).contains("does an alias refer to itself?"), problems.get(0));
  }

  @Test
  void anEmptyFileAndATopLevelListAreProblems() {
    Path empty = TestFiles.write(folder, "empty.yaml", "# nothing\n");
    Path list = TestFiles.write(folder, "list.yaml", "- name: x\n");

    List<String> problems = ReadFailures.of(() -> ScenarioReader.readAll(List.of(empty, list)));

    assertEquals(
        List.of(empty + ":1:1: the file is empty", list + ":1:1: expected a mapping of fields, found a list"),
        problems);
  }

  @Test
  void textThatIsNotUtf8IsAProblem() throws Exception {
    Path file = folder.resolve("latin1.yaml");
    Files.write(file, new byte[] {'a', ':', ' ', (byte) 0xE9, '\n'});

    assertEquals(List.of(file + ":1:1: not UTF-8 text"), ReadFailures.of(() -> ScenarioReader.read(file)));
  }
}
