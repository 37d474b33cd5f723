package dev.csprules.drools;

import dev.csprules.api.PolicyEngine;

/**
 * A last check on a changed policy before it goes live, such as running a scenario suite against
 * it. Throwing refuses the change: the running policy stays.
 */
@FunctionalInterface
public interface ReloadGate {
  void check(PolicyEngine candidate) throws Exception;
}
