package dev.csprules.drools;

import static dev.csprules.api.FindingCode.CONSIDER_INDIRECT_RESELLER;
import static dev.csprules.api.FindingCode.DIRECT_BILL_KEY_CAPABILITY_RECOMMENDED;
import static dev.csprules.api.FindingCode.DIRECT_ENROLLMENT_CLOSED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.csprules.api.Decision;
import dev.csprules.api.Finding;
import dev.csprules.api.Outcome;
import dev.csprules.api.Severity;
import dev.csprules.api.fact.CspModel;
import dev.csprules.api.fact.ServiceOffering;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The worked example folder changes 2018 decisions, with no Java change; folders are checked. */
class PolicyFolderTest {
  static final Path HISTORY = Path.of("..", "examples", "policy-2018-history");
  private static DroolsPolicyEngine withHistory;

  @TempDir Path folder;

  @BeforeAll
  static void build() {
    withHistory = DroolsPolicyEngine.builder().policyFolder(HISTORY).build();
  }

  private static Decision direct(DroolsPolicyEngine engine, LocalDate asOf, Set<ServiceOffering> services) {
    return engine.evaluate(
        Fixtures.application(CspModel.DIRECT_BILL, Fixtures.partner().servicesOffered(services).build()), asOf);
  }

  @Test
  void directEnrollmentStaysClosedUntilAugust30WithTheFolderOnly() {
    LocalDate june = LocalDate.of(2018, 6, 1);
    Decision closed = direct(withHistory, june, Set.of(ServiceOffering.MANAGED_SERVICE));
    assertEquals(Outcome.INELIGIBLE, closed.outcome());
    assertEquals(Set.of(DIRECT_ENROLLMENT_CLOSED, CONSIDER_INDIRECT_RESELLER), closed.findingCodes());
    Finding closure = closed.findings().get(0);
    assertEquals("ENR-H110", closure.ruleId());
    assertEquals("Direct partner applications are not accepted until August 31, 2018.", closure.messageEn());
    assertEquals(List.of("4d1ce-131", "4d1ce-132", "facts-2018-04-26"), closure.citations());

    assertEquals(Outcome.ELIGIBLE, SharedEngine.decide(Fixtures.directApplication(), june).outcome());
    assertTrue(direct(withHistory, LocalDate.of(2018, 8, 30), Set.of(ServiceOffering.MANAGED_SERVICE)).has(DIRECT_ENROLLMENT_CLOSED));
  }

  @Test
  void fromAugust31AKeyCapabilityIsRequiredUntilThe2020Edition() {
    LocalDate reopening = LocalDate.of(2018, 8, 31);
    Decision without = direct(withHistory, reopening, Set.of());
    assertEquals(Outcome.INELIGIBLE, without.outcome());
    Finding requirement = without.findings().get(0);
    assertEquals(DIRECT_BILL_KEY_CAPABILITY_RECOMMENDED, requirement.code());
    assertEquals(Severity.BLOCKING, requirement.severity());
    assertEquals("ENR-H130", requirement.ruleId());
    assertEquals(List.of("2018-01", "2018-08"), without.editions());
    assertEquals(Outcome.ELIGIBLE, direct(withHistory, reopening, Set.of(ServiceOffering.IP_SERVICE)).outcome());
    assertEquals(Outcome.ELIGIBLE, direct(SharedEngine.get(), reopening, Set.of()).outcome());

    Decision in2020 = direct(withHistory, Fixtures.IN_2020, Set.of());
    assertEquals(Outcome.ELIGIBLE, in2020.outcome());
    Finding advice = in2020.findings().stream().filter(f -> f.code() == DIRECT_BILL_KEY_CAPABILITY_RECOMMENDED).findFirst().orElseThrow();
    assertEquals(Severity.ADVICE, advice.severity());
    assertEquals("ENR-170", advice.ruleId());
  }

  @Test
  void theFolderSwitchesBuiltInRulesOffAndChangesThePolicyVersion() {
    List<String> ids = withHistory.rules().stream().map(PolicyRule::id).toList();
    assertFalse(ids.contains("ENR-110"));
    assertFalse(ids.contains("ENR-120"));
    assertTrue(ids.containsAll(List.of("ENR-H110", "ENR-H120", "ENR-H130", "ENR-140")));
    assertNotEquals(SharedEngine.get().policyVersion(), withHistory.policyVersion());
  }

  @Test
  void everyProblemOfABadFolderIsNamedWithItsFile() throws IOException {
    Files.writeString(folder.resolve("disabled-rules.txt"), "ENR-999\n");
    Files.writeString(folder.resolve("parameter.properties"), "typo = 1\n");
    Files.writeString(folder.resolve("editions.csv"), "edition,in_force_from,source\n2020-11,2020-10-27,clashes with 2020-10\n");
    String overlap = folder.resolve("editions.csv") + ":2: edition 2020-11 overlaps edition 2020-10 (editions.csv:3):"
        + " both come into force on 2020-10-27";
    PolicyLoadException error =
        assertThrows(PolicyLoadException.class, () -> DroolsPolicyEngine.builder().policyFolder(folder).build());
    assertEquals(2, error.problems().size(), error.getMessage());
    assertTrue(error.problems().get(0).startsWith(folder.resolve("parameter.properties") + ": not a policy file"), error.getMessage());
    assertEquals(overlap, error.problems().get(1),
        "the data files are checked even when another file is refused");

    Files.delete(folder.resolve("parameter.properties"));
    error = assertThrows(PolicyLoadException.class, () -> DroolsPolicyEngine.builder().policyFolder(folder).build());
    assertEquals(
        List.of(
            overlap,
            folder.resolve("disabled-rules.txt") + ":1: disables ENR-999, which no rule has"),
        error.problems());
  }

  @Test
  void aFolderParameterOverridesOnlyItsOwnKey() throws IOException {
    Files.writeString(folder.resolve("parameters.properties"), "direct-bill.revenue-threshold-usd = 1000000\n");
    DroolsPolicyEngine engine = DroolsPolicyEngine.builder().policyFolder(folder).build();
    Finding finding =
        engine.evaluate(Fixtures.directApplication(), Fixtures.IN_2020).findings().stream()
            .filter(f -> f.code() == dev.csprules.api.FindingCode.DIRECT_BILL_REVENUE_BELOW_THRESHOLD)
            .findFirst()
            .orElseThrow();
    assertEquals("1000000", finding.factTexts().get("needed"));
    assertTrue(engine.evaluate(Fixtures.indirectApplication(), Fixtures.IN_2020.withDayOfMonth(1)).outcome().allowed());
  }

  @Test
  void aMissingFolderIsAClearError() {
    PolicyLoadException error =
        assertThrows(PolicyLoadException.class, () -> DroolsPolicyEngine.builder().policyFolder(folder.resolve("nope")).build());
    assertEquals(List.of(folder.resolve("nope") + ": not a folder"), error.problems());
  }
}
