package dev.csprules.drools.internal;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import dev.csprules.drools.DroolsPolicyEngine;
import org.junit.jupiter.api.Test;

/**
 * The internal packages by lifecycle form a one-way graph: loading and checking a policy come
 * before running a decision, and what they share ({@code policy}, {@code text}) depends on none of
 * them. {@link LoadedPolicy}, in the parent package, is the one place that joins them.
 */
class InternalLayoutTest {
  private static final String INTERNAL = "dev.csprules.drools.internal";
  private static final String ROOT = INTERNAL;
  private static final String LOAD = INTERNAL + ".load..";
  private static final String CHECK = INTERNAL + ".check..";
  private static final String RUN = INTERNAL + ".run..";
  private static final String POLICY = INTERNAL + ".policy..";
  private static final String TEXT = INTERNAL + ".text..";

  private static final JavaClasses CLASSES =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages(INTERNAL);

  @Test
  void theImportFindsEveryLifecycle() {
    // An empty import would pass every rule below.
    for (String lifecycle : new String[] {"load", "check", "run", "policy", "text"}) {
      CLASSES.stream()
          .filter(type -> type.getPackageName().equals(INTERNAL + "." + lifecycle))
          .findAny()
          .orElseThrow(() -> new AssertionError("no class imported from " + lifecycle));
    }
  }

  @Test
  void runningADecisionNeedsNothingOfLoadingOrChecking() {
    noClasses().that().resideInAPackage(RUN)
        .should().dependOnClassesThat().resideInAnyPackage(LOAD, CHECK, ROOT)
        .check(CLASSES);
  }

  @Test
  void checkingNeedsNothingOfRunning() {
    noClasses().that().resideInAPackage(CHECK)
        .should().dependOnClassesThat().resideInAnyPackage(RUN, ROOT)
        .check(CLASSES);
  }

  @Test
  void loadingNeedsNothingOfCheckingOrRunning() {
    noClasses().that().resideInAPackage(LOAD)
        .should().dependOnClassesThat().resideInAnyPackage(CHECK, RUN, ROOT)
        .check(CLASSES);
  }

  @Test
  void theSharedModelStandsOnItsOwn() {
    noClasses().that().resideInAnyPackage(POLICY, TEXT)
        .should().dependOnClassesThat().resideInAnyPackage(LOAD, CHECK, RUN, ROOT)
        .check(CLASSES);
  }

  @Test
  void nothingInternalReachesBackToTheEngine() {
    noClasses().that().resideInAPackage(INTERNAL + "..")
        .should().dependOnClassesThat().belongToAnyOf(DroolsPolicyEngine.class)
        .check(CLASSES);
  }

  @Test
  void theLifecyclePackagesHaveNoCycle() {
    slices().matching(INTERNAL + ".(*)..").should().beFreeOfCycles().check(CLASSES);
  }
}
