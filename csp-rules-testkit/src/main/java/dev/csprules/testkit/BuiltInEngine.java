package dev.csprules.testkit;

import dev.csprules.drools.DroolsPolicyEngine;

/**
 * The engine with the built-in policy, built once per JVM on first use: building compiles the
 * rules (seconds), and every test class of a build can share it.
 */
final class BuiltInEngine {
  private BuiltInEngine() {}

  static DroolsPolicyEngine get() {
    return Holder.ENGINE;
  }

  private static final class Holder {
    static final DroolsPolicyEngine ENGINE = DroolsPolicyEngine.builder().build();
  }
}
