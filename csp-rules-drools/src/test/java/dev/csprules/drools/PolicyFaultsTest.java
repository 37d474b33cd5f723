package dev.csprules.drools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.csprules.api.Outcome;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Faults in the policy files are reported clearly and never replace the running policy. */
class PolicyFaultsTest {
  @TempDir Path root;
  private Path folder;

  @BeforeEach
  void policyFolder() throws IOException {
    folder = Files.createDirectories(root.resolve("policy"));
    Files.writeString(folder.resolve("parameters.properties"), "direct-bill.revenue-threshold-usd = 1000000\n");
  }

  private DroolsPolicyEngine engine() {
    return DroolsPolicyEngine.builder().policyFolder(folder).build();
  }

  private static void assertStillServes(DroolsPolicyEngine engine, String version) {
    assertEquals(version, engine.policyVersion());
    assertEquals(Outcome.INELIGIBLE, engine.evaluate(Fixtures.directApplication(), Fixtures.IN_2020).outcome());
  }

  @Test
  void aFolderThatVanishesIsReportedAndThePolicyKept() throws IOException {
    DroolsPolicyEngine engine = engine();
    String running = engine.policyVersion();
    Files.delete(folder.resolve("parameters.properties"));
    Files.delete(folder);
    PolicyLoadException error = assertThrows(PolicyLoadException.class, engine::reload);
    assertEquals(java.util.List.of(folder + ": not a folder"), error.problems());
    assertStillServes(engine, running);
  }

  @Test
  void aDanglingLinkIsNamedAndNeverFollowed() throws IOException {
    DroolsPolicyEngine engine = engine();
    String running = engine.policyVersion();
    Files.createSymbolicLink(folder.resolve("markets.csv"), folder.resolve("gone.csv"));
    PolicyLoadException error = assertThrows(PolicyLoadException.class, engine::reload);
    assertEquals(java.util.List.of(folder.resolve("markets.csv") + ": " + FolderFaults.LINK), error.problems());
    assertStillServes(engine, running);
  }

  @Test
  void aFileThatIsNotUtf8IsNamed() throws IOException {
    DroolsPolicyEngine engine = engine();
    String running = engine.policyVersion();
    Files.write(folder.resolve("messages.properties"), new byte[] {'M', 'P', 'N', '_', (byte) 0xC3, (byte) 0x28});
    PolicyLoadException error = assertThrows(PolicyLoadException.class, engine::reload);
    assertEquals(java.util.List.of(folder.resolve("messages.properties") + ": not valid UTF-8"), error.problems());
    assertStillServes(engine, running);
  }

  @Test
  void aReferenceFileWithABadRowIsNamedWithItsLine() throws IOException {
    DroolsPolicyEngine engine = engine();
    String running = engine.policyVersion();
    Files.writeString(folder.resolve("markets.csv"), "country_code,country_name,market_region,currencies\nJP,Japan,Japan,JPY\nUS,United States,United States,DOLLARS\n");
    PolicyLoadException error = assertThrows(PolicyLoadException.class, engine::reload);
    assertEquals(java.util.List.of(folder.resolve("markets.csv") + ":3: unknown currency code 'DOLLARS'"), error.problems());
    assertStillServes(engine, running);
  }

  @Test
  void aChangeDuringAReloadIsNotMixedIn() throws IOException {
    AtomicBoolean changeDuringGate = new AtomicBoolean(true);
    DroolsPolicyEngine engine =
        DroolsPolicyEngine.builder()
            .policyFolder(folder)
            .reloadGate(candidate -> {
              // The files change after the reload read them: the candidate must not see it.
              if (changeDuringGate.getAndSet(false)) {
                Files.writeString(folder.resolve("parameters.properties"), "direct-bill.revenue-threshold-usd = 5\n");
              }
            })
            .build();
    String first = engine.policyVersion();
    Files.writeString(folder.resolve("parameters.properties"), "direct-bill.revenue-threshold-usd = 2000000\n");
    String second = engine.reload();
    assertNotEquals(first, second);
    assertTrue(engine.evaluate(Fixtures.directApplication(), Fixtures.IN_2020).has(dev.csprules.api.FindingCode.DIRECT_BILL_REVENUE_BELOW_THRESHOLD),
        "the policy that went live is the one read, with the 2,000,000 threshold");
    String third = engine.reload();
    assertNotEquals(second, third);
    assertEquals(Outcome.ELIGIBLE, engine.evaluate(Fixtures.directApplication(), Fixtures.IN_2020).outcome());
  }
}
