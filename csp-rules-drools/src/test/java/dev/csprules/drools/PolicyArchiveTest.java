package dev.csprules.drools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.csprules.api.EnrollmentApplication;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The policy archive keeps every version an engine decided with, by version, and gives back an
 * engine of exactly that version, or refuses: a changed archive never passes for the original,
 * and built-in rules never come from a folder on disk.
 */
class PolicyArchiveTest {
  private static final Path HISTORY = PolicyFolderTest.HISTORY;
  private static final LocalDate SPRING_2018 = LocalDate.of(2018, 5, 2);

  @TempDir Path archive;

  @Test
  void aPolicyWithAFolderIsArchivedByVersionAndLoadsBackDecidingTheSame() throws IOException {
    DroolsPolicyEngine original = DroolsPolicyEngine.builder().policyFolder(HISTORY).policyArchive(archive).build();
    String version = original.policyVersion();

    assertEquals(List.of(version), children(archive));
    assertEquals(List.of("built-in", "layer-1"), children(archive.resolve(version)));
    assertEquals(
        Files.readString(HISTORY.resolve("disabled-rules.txt")),
        Files.readString(archive.resolve(version).resolve("layer-1/disabled-rules.txt")));

    DroolsPolicyEngine archived = DroolsPolicyEngine.builder().archivedPolicy(archive, version).build();
    assertEquals(version, archived.policyVersion());
    EnrollmentApplication application = Fixtures.directApplication();
    assertEquals(original.evaluate(application, SPRING_2018), archived.evaluate(application, SPRING_2018));
    // Not the built-in policy: the folder's history rules decide spring 2018 differently.
    assertTrue(!DroolsPolicyEngine.builder().build().evaluate(application, SPRING_2018).firedRules()
        .equals(archived.evaluate(application, SPRING_2018).firedRules()));
  }

  @Test
  void archivingAVersionAgainChangesNothingAndLeavesNoStagingFolder() throws IOException {
    String version = DroolsPolicyEngine.builder().policyArchive(archive).build().policyVersion();
    Path marker = Files.writeString(archive.resolve(version).resolve("built-in/markets.csv"), "changed", StandardCharsets.UTF_8);
    DroolsPolicyEngine.builder().policyArchive(archive).build();
    assertEquals("changed", Files.readString(marker));
    assertEquals(List.of(version), children(archive));
  }

  @Test
  void anArchiveWhoseFilesWereChangedIsRefusedNamingTheVersions() throws IOException {
    String version = DroolsPolicyEngine.builder().policyFolder(HISTORY).policyArchive(archive).build().policyVersion();
    Path messages = archive.resolve(version).resolve("layer-1/messages.properties");
    Files.writeString(messages, Files.readString(messages) + "\n# edited\n");

    PolicyLoadException refused =
        assertThrows(PolicyLoadException.class, () -> DroolsPolicyEngine.builder().archivedPolicy(archive, version).build());
    assertTrue(refused.getMessage().contains("the archived files of policy " + version + " load as version "), refused.getMessage());
  }

  @Test
  void builtInRulesThatDifferFromThisReleaseAreRefusedNotTrusted() throws IOException {
    String version = DroolsPolicyEngine.builder().policyArchive(archive).build().policyVersion();
    Path rule = archive.resolve(version).resolve("built-in/rules/orders/check-seller.drl");
    Files.writeString(rule, Files.readString(rule) + "\n// edited\n");

    PolicyLoadException refused =
        assertThrows(PolicyLoadException.class, () -> DroolsPolicyEngine.builder().archivedPolicy(archive, version));
    assertEquals(
        List.of(rule + ": differs from this library's built-in rules/orders/check-seller.drl; replay version " + version
            + " with the csp-rules release that decided it"),
        refused.problems());
  }

  @Test
  void aVersionTheArchiveDoesNotHoldIsRefused() {
    PolicyLoadException refused =
        assertThrows(PolicyLoadException.class, () -> DroolsPolicyEngine.builder().archivedPolicy(archive, "00000000000000ff"));
    assertEquals(List.of(archive + ": holds no policy version 00000000000000ff"), refused.problems());
    assertThrows(PolicyLoadException.class, () -> DroolsPolicyEngine.builder().archivedPolicy(archive, "../escape"));
  }

  @Test
  void aReloadThatChangesThePolicyArchivesTheNewVersion() throws IOException {
    Path folder = Files.createDirectories(archive.resolveSibling(archive.getFileName() + "-policy"));
    Files.writeString(folder.resolve("disabled-rules.txt"), "ENR-110\n");
    try (DroolsPolicyEngine engine = DroolsPolicyEngine.builder().policyFolder(folder).policyArchive(archive).build()) {
      String first = engine.policyVersion();
      Files.writeString(folder.resolve("disabled-rules.txt"), "ENR-120\n");
      String second = engine.reload();
      assertEquals(List.of(first, second).stream().sorted().toList(), children(archive));
    }
  }

  private static List<String> children(Path folder) throws IOException {
    try (Stream<Path> list = Files.list(folder)) {
      return list.map(path -> path.getFileName().toString()).sorted().toList();
    }
  }
}
