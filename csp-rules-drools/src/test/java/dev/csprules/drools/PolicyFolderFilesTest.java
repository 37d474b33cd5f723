package dev.csprules.drools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.csprules.api.EngineListener;
import dev.csprules.api.Outcome;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A policy folder's files are untrusted: links, FIFOs and devices are refused by name and never
 * opened, nothing outside the folder is read, sizes are capped, and no file makes a load hang.
 */
class PolicyFolderFilesTest {
  private static final String SECRET = "SECRET-HOST-CONTENT-7f3a";
  private static final Duration NEVER_HANGS = Duration.ofSeconds(30);

  @TempDir Path root;
  private Path folder;
  private Path outside;

  @BeforeEach
  void folders() throws IOException {
    folder = Files.createDirectories(root.resolve("policy"));
    outside = Files.createDirectories(root.resolve("host"));
    Files.writeString(outside.resolve("secret.txt"), "direct-bill.revenue-threshold-usd = " + SECRET + "\n" + SECRET + "\n");
  }

  private PolicyLoadException refused() {
    return assertTimeoutPreemptively(
        NEVER_HANGS, () -> assertThrows(PolicyLoadException.class, () -> DroolsPolicyEngine.builder().policyFolder(folder).build()));
  }

  private static void assertNothingOfTheHostIn(PolicyLoadException error) {
    assertFalse(error.getMessage().contains(SECRET), error.getMessage());
    assertFalse(error.getMessage().contains("root:"), error.getMessage());
  }

  @Test
  void linksToHostFilesAreRefusedByNameAndNeverRead() throws IOException {
    Files.createSymbolicLink(folder.resolve("parameters.properties"), outside.resolve("secret.txt"));
    Files.createDirectories(folder.resolve("rules"));
    Files.createSymbolicLink(folder.resolve("rules/leak.drl"), Path.of("/etc/passwd"));
    PolicyLoadException error = refused();
    assertEquals(
        List.of(
            folder.resolve("parameters.properties") + ": " + FolderFaults.LINK,
            folder.resolve("rules/leak.drl") + ": " + FolderFaults.LINK),
        error.problems());
    assertNothingOfTheHostIn(error);
  }

  @Test
  void aLinkedFolderIsRefusedAndNotEntered() throws IOException {
    Files.writeString(outside.resolve("leak.drl"), "package p;\nrule \"" + SECRET + "\" when then end\n");
    Files.createSymbolicLink(folder.resolve("rules"), outside);
    PolicyLoadException error = refused();
    assertEquals(List.of(folder.resolve("rules") + ": " + FolderFaults.LINK), error.problems());
    assertNothingOfTheHostIn(error);
  }

  @Test
  void aFifoIsRefusedWithoutBeingOpened() {
    FolderFaults.fifo(folder.resolve("markets.csv"));
    PolicyLoadException error = refused();
    assertEquals(List.of(folder.resolve("markets.csv") + ": " + FolderFaults.NOT_REGULAR), error.problems());
  }

  @Test
  void aFileNamedByTheBuilderMayBeALinkButNotAFifo() throws IOException {
    String builtIn;
    try (var in = PolicyFolderFilesTest.class.getResourceAsStream("/dev/csprules/policy/parameters.properties")) {
      builtIn = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    }
    Path parameters = Files.writeString(outside.resolve("parameters.properties"), builtIn.replace("300000.00", "1000000"));
    Path link = Files.createSymbolicLink(root.resolve("deployed.properties"), parameters);
    DroolsPolicyEngine engine = DroolsPolicyEngine.builder().parametersFile(link).build();
    assertEquals(Outcome.INELIGIBLE, engine.evaluate(Fixtures.directApplication(), Fixtures.IN_2020).outcome(),
        "the linked file's 1,000,000 threshold decides");

    Path fifo = FolderFaults.fifo(root.resolve("parameters.properties"));
    PolicyLoadException error =
        assertTimeoutPreemptively(
            NEVER_HANGS, () -> assertThrows(PolicyLoadException.class, () -> DroolsPolicyEngine.builder().parametersFile(fifo).build()));
    assertEquals(List.of(fifo + ": " + FolderFaults.NOT_REGULAR), error.problems());
  }

  @Test
  void aFileOverTheSizeLimitIsRefusedUnread() throws IOException {
    Files.writeString(folder.resolve("messages.properties"), "# " + "x".repeat(256 * 1024) + "\n");
    assertEquals(List.of(folder.resolve("messages.properties") + ": is larger than 256 KiB"), refused().problems());
  }

  @Test
  void aFolderOverItsSizeLimitIsRefused() throws IOException {
    Path rules = Files.createDirectories(folder.resolve("rules"));
    String comment = "// " + "x".repeat(250 * 1024) + "\n";
    for (int i = 10; i < 27; i++) {
      Files.writeString(rules.resolve("r" + i + ".drl"), comment);
    }
    assertEquals(List.of(rules.resolve("r26.drl") + ": takes the folder's files past 4 MiB"), refused().problems());
  }

  @Test
  void aFolderWithTooManyEntriesIsRefused() throws IOException {
    Path scenarios = Files.createDirectories(folder.resolve("scenarios"));
    for (int i = 0; i < 1_000; i++) {
      Files.writeString(scenarios.resolve("s" + i + ".yaml"), "");
    }
    assertEquals(List.of(folder + ": holds more than 1000 files and folders; the rest is not read"), refused().problems());
  }

  @Test
  void aFolderTooDeepIsRefused() throws IOException {
    Path deep = Files.createDirectories(folder.resolve("rules/a/b/c/d/e/f/g/h"));
    Files.writeString(deep.resolve("x.drl"), "package p;\n");
    assertEquals(List.of(folder.resolve("rules/a/b/c/d/e/f/g") + ": is more than 8 folders deep; its files are not read"), refused().problems());
  }

  @Test
  void aHardLinkedFileIsRefused() throws IOException {
    Path own = Files.writeString(outside.resolve("parameters.properties"), "direct-bill.revenue-threshold-usd = 1\n");
    Files.createLink(folder.resolve("parameters.properties"), own);
    assertEquals(
        List.of(folder.resolve("parameters.properties") + ": has other hard links; a policy file must be a file of its own"),
        refused().problems());
  }

  @Test
  void ruleFileAndFolderNamesThatCouldReachGeneratedCodeAreRefused() throws IOException {
    Files.createDirectories(folder.resolve("rules/Odd Folder"));
    Files.writeString(folder.resolve("rules/Odd Folder/fine.drl"), "package p;\n");
    Files.writeString(folder.resolve("rules/x\"+y.drl"), "package p;\n");
    assertEquals(
        List.of(
            folder.resolve("rules/Odd Folder/fine.drl")
                + ": a folder holding rules is named with lower-case letters, digits and hyphens (at most 64)",
            folder.resolve("rules/x\"+y.drl")
                + ": a rule file's name is lower-case letters, digits and hyphens (at most 64) before .drl"),
        refused().problems());
  }

  @Test
  void aFolderGivenThroughALinkIsReadAtItsRealPath() throws IOException {
    Files.writeString(folder.resolve("parameters.properties"), "direct-bill.revenue-threshold-usd = 1000000\n");
    Path link = Files.createSymbolicLink(root.resolve("current"), folder);
    DroolsPolicyEngine engine = DroolsPolicyEngine.builder().policyFolder(link).build();
    assertEquals(Outcome.INELIGIBLE, engine.evaluate(Fixtures.directApplication(), Fixtures.IN_2020).outcome(),
        "the folder's 1,000,000 threshold decides");
  }

  @Test
  void dotFilesAndFilesTheEngineDoesNotReadAreLeftAlone() throws IOException {
    Files.createSymbolicLink(folder.resolve(".#markets.csv"), Path.of("user@host.1234"));
    Files.createDirectories(folder.resolve(".git"));
    Files.writeString(folder.resolve("README.md"), "notes\n");
    Files.writeString(folder.resolve("parameters.properties"), "direct-bill.revenue-threshold-usd = 1000000\n");
    DroolsPolicyEngine engine = DroolsPolicyEngine.builder().policyFolder(folder).build();
    assertEquals(Outcome.INELIGIBLE, engine.evaluate(Fixtures.directApplication(), Fixtures.IN_2020).outcome());
  }

  @Test
  void aWatchedReloadRefusesAFifoAndTheRunningPolicyKeepsServing() throws Exception {
    Files.writeString(folder.resolve("parameters.properties"), "direct-bill.revenue-threshold-usd = 1000000\n");
    List<String> heard = new CopyOnWriteArrayList<>();
    EngineListener listener =
        new EngineListener() {
          @Override
          public void reloaded(String previousVersion, String newVersion) {
            heard.add("reloaded");
          }

          @Override
          public void reloadRefused(String runningVersion, Exception reason) {
            heard.add(reason.getMessage());
          }
        };
    try (DroolsPolicyEngine engine = DroolsPolicyEngine.builder().policyFolder(folder).listener(listener).watch().build()) {
      String running = engine.policyVersion();
      FolderFaults.fifo(folder.resolve("messages.properties"));
      Files.createSymbolicLink(folder.resolve("markets.csv"), outside.resolve("secret.txt"));
      long deadline = System.nanoTime() + NEVER_HANGS.toNanos();
      while (heard.stream().noneMatch(message -> message.contains("markets.csv")) && System.nanoTime() < deadline) {
        Thread.sleep(50);
      }
      String last = heard.get(heard.size() - 1);
      assertTrue(last.contains(folder.resolve("messages.properties") + ": " + FolderFaults.NOT_REGULAR), last);
      assertTrue(last.contains(folder.resolve("markets.csv") + ": " + FolderFaults.LINK), last);
      assertFalse(last.contains(SECRET), last);
      assertFalse(heard.contains("reloaded"));
      assertEquals(running, engine.policyVersion());
      assertEquals(Outcome.INELIGIBLE, engine.evaluate(Fixtures.directApplication(), Fixtures.IN_2020).outcome());
    }
  }
}
