package dev.csprules.spring.boot;

import dev.csprules.drools.DroolsPolicyEngine;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;

/**
 * The engine on the actuator's health endpoint: UP while it serves (always, once built: a refused
 * reload leaves the running policy deciding), with the policy version and the last reload.
 */
public final class PolicyHealthIndicator implements HealthIndicator {
  private final DroolsPolicyEngine engine;
  private final PolicyReloads reloads;

  public PolicyHealthIndicator(DroolsPolicyEngine engine, PolicyReloads reloads) {
    this.engine = engine;
    this.reloads = reloads;
  }

  @Override
  public Health health() {
    Health.Builder health = Health.up().withDetail("policyVersion", engine.policyVersion());
    reloads.last().ifPresent(last -> health.withDetail("lastReload", details(last)));
    return health.build();
  }

  private static Map<String, Object> details(LastReload last) {
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("at", last.at().toString());
    details.put("refused", last.refused());
    details.put("version", last.version());
    if (last.refused()) {
      details.put("reason", last.reason());
    }
    return details;
  }
}
