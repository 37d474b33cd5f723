package dev.csprules.spark;

import dev.csprules.api.PolicyEngine;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One engine per policy version per JVM, built at the first task that needs it and shared by every
 * task thread after it. An engine cannot travel (a KieBase is not serializable, and Spark's
 * serializers cannot handle the API records), so each executor builds its own from the bundle and
 * checks that it decides under the version the driver built: a folder that compiled differently
 * there would otherwise give decisions under a policy nobody chose.
 */
final class ExecutorEngines {
  private static final Logger LOG = LoggerFactory.getLogger(ExecutorEngines.class);
  private static final Map<String, PolicyEngine> BY_VERSION = new ConcurrentHashMap<>();
  private static final Map<String, AtomicInteger> BUILDS = new ConcurrentHashMap<>();

  private ExecutorEngines() {}

  /** The engine for {@code version}, built from {@code bundle} unless this JVM has it already. */
  static PolicyEngine forVersion(String version, PolicyBundle bundle) {
    // computeIfAbsent holds back the JVM's other tasks while the first builds: one build, not one per task.
    return BY_VERSION.computeIfAbsent(version, expected -> build(expected, bundle));
  }

  /** How many engines of this version this JVM has built: one, however many tasks ran. */
  static int builds(String version) {
    AtomicInteger builds = BUILDS.get(version);
    return builds == null ? 0 : builds.get();
  }

  private static PolicyEngine build(String expected, PolicyBundle bundle) {
    long start = System.nanoTime();
    var engine = bundle.buildFromBytes();
    BUILDS.computeIfAbsent(expected, version -> new AtomicInteger()).incrementAndGet();
    if (!engine.policyVersion().equals(expected)) {
      throw new IllegalStateException(
          "this executor built policy " + engine.policyVersion() + " but the driver built " + expected
              + ": the policy files differ between them");
    }
    LOG.info("policy {} built in {} ms", expected, (System.nanoTime() - start) / 1_000_000);
    return engine;
  }
}
