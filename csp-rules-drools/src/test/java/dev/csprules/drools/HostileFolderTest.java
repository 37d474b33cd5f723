package dev.csprules.drools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.csprules.api.EngineListener;
import dev.csprules.api.Order;
import dev.csprules.api.Outcome;
import dev.csprules.drools.internal.check.HostileCorpus;
import dev.csprules.drools.internal.LoadedPolicy;
import dev.csprules.drools.internal.load.PolicyFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The hostile files whose payload would write a marker, as policy folders: building an engine on
 * one, and a watched reload to one, refuse it with its problem at its line, and nothing of it
 * runs. A refused reload leaves the running policy deciding.
 */
class HostileFolderTest {
  @TempDir Path temp;

  static List<HostileCorpus> markerFiles() {
    List<HostileCorpus> files = HostileCorpus.all().stream().filter(HostileCorpus::writesMarker).toList();
    assertTrue(files.size() >= 10, "only " + files.size() + " files write a marker");
    return files;
  }

  @ParameterizedTest
  @MethodSource("markerFiles")
  void buildingAnEngineOnTheFolderRunsNothingOfIt(HostileCorpus file) throws Exception {
    Path folder = temp.resolve("policy");
    Path marker = temp.resolve("marker");
    Path rule = folder.resolve("rules/" + file.fileName());
    Files.createDirectories(rule.getParent());
    Files.writeString(rule, file.text(marker));

    PolicyLoadException error =
        assertThrows(PolicyLoadException.class, () -> DroolsPolicyEngine.builder().policyFolder(folder).build());

    assertTrue(file.refusedAsExpected(rule.toString(), error.problems()), error.getMessage());
    assertFalse(Files.exists(marker), "the payload of " + file + " ran");
  }

  /** Drools copies a rule file's name into generated code; a folder's names never get there. */
  @Test
  void aQuoteInAFileNameRunsNothing() throws Exception {
    Path marker = temp.resolve("marker");
    String chars = marker.toString().chars().mapToObj(Integer::toString).collect(Collectors.joining(","));
    String name = "rules/x\" + new java.io.File(new String(new char[] {" + chars + "})).mkdirs() + \".drl";
    String rule =
        Files.readString(Path.of("..", "examples", "policy-2020-customer-agreement", "rules", "agreement", "customer-agreement-2020-02.drl"))
            .replace("@edition(\"2020-02\")", "@edition(\"2018-01\")")
            .replace("facts-2020-02-01, ", "");

    LoadedPolicy policy = LoadedPolicy.load(PolicyFiles.builtIn().with(name, rule));

    LocalDate day = LocalDate.of(2019, 6, 1);
    Order beforeTheAgreement = Fixtures.order(Fixtures.partner().build(), Fixtures.customer(), "JPY", day);
    assertTrue(policy.decide(beforeTheAgreement, day).firedRules().contains("ORD-C050"), "the rule of the oddly named file runs");
    assertFalse(Files.exists(marker), "the file name ran as code");
  }

  @Test
  void aWatchedReloadToAHostileFolderRunsNothingAndThePolicyKeepsServing() throws Exception {
    Path folder = temp.resolve("watched");
    Files.createDirectories(folder.resolve("rules"));
    LinkedBlockingQueue<Exception> refusals = new LinkedBlockingQueue<>();
    EngineListener listener =
        new EngineListener() {
          @Override
          public void reloaded(String previousVersion, String newVersion) {}

          @Override
          public void reloadRefused(String runningVersion, Exception reason) {
            refusals.add(reason);
          }
        };
    try (DroolsPolicyEngine engine = DroolsPolicyEngine.builder().policyFolder(folder).listener(listener).watch().build()) {
      String running = engine.policyVersion();
      for (HostileCorpus file : markerFiles()) {
        Path marker = temp.resolve("marker-" + file.fileName());
        Path rule = folder.resolve("rules/" + file.fileName());
        Files.writeString(rule, file.text(marker));
        Exception refusal = refusals.poll(30, TimeUnit.SECONDS);
        assertTrue(refusal instanceof PolicyLoadException, file + ": no refused reload within 30 s, or " + refusal);
        assertTrue(file.refusedAsExpected(rule.toString(), ((PolicyLoadException) refusal).problems()), refusal.getMessage());
        assertFalse(Files.exists(marker), "the payload of " + file + " ran");
        assertEquals(running, engine.policyVersion());
        assertEquals(Outcome.APPROVED, engine.evaluate(Fixtures.order(), Fixtures.IN_2020).outcome());
        Files.delete(rule);
      }
    }
  }
}
