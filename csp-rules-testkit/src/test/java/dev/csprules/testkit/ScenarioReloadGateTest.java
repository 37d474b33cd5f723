package dev.csprules.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.csprules.drools.DroolsPolicyEngine;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A changed policy goes live only when the configured scenario suite passes against it. */
class ScenarioReloadGateTest {
  private static final Path HISTORY = Path.of("..", "examples", "policy-2018-history");

  @TempDir Path policy;

  @Test
  void aChangeThatBreaksAScenarioStaysOutAndOneThatKeepsThemGoesLive() throws IOException {
    Files.writeString(policy.resolve("parameters.properties"), "direct-bill.revenue-threshold-usd = 300000\n");
    DroolsPolicyEngine engine =
        DroolsPolicyEngine.builder()
            .policyFolder(policy)
            .reloadGate(ScenarioReloadGate.of(Path.of("..", "scenarios", "enrollment", "direct-bill-revenue.yaml")))
            .build();
    String running = engine.policyVersion();

    Files.writeString(policy.resolve("parameters.properties"), "direct-bill.revenue-threshold-usd = 250000\n");
    IllegalStateException refused = assertThrows(IllegalStateException.class, engine::reload);
    assertTrue(refused.getMessage().startsWith("the changed policy fails "), refused.getMessage());
    assertTrue(refused.getMessage().contains("direct-bill-revenue.yaml:"), refused.getMessage());
    assertEquals(running, engine.policyVersion());

    Files.writeString(policy.resolve("parameters.properties"), "direct-bill.revenue-threshold-usd = 300000.00\n");
    assertNotEquals(running, engine.reload());
  }

  @Test
  void theWorkedExampleFolderPassesItsOwnScenarios() {
    ScenarioReloadGate gate = ScenarioReloadGate.of(HISTORY.resolve("scenarios"));
    gate.check(DroolsPolicyEngine.builder().policyFolder(HISTORY).build());
    assertThrows(IllegalStateException.class, () -> gate.check(DroolsPolicyEngine.builder().build()));
  }
}
