package dev.csprules.spring.boot;

import dev.csprules.drools.DroolsPolicyEngine;
import dev.csprules.drools.PolicyRule;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.actuate.info.Info;
import org.springframework.boot.actuate.info.InfoContributor;

/** The policy on the actuator's info endpoint, under {@code csp-rules}: version, editions, rule count. */
public final class PolicyInfoContributor implements InfoContributor {
  private final DroolsPolicyEngine engine;

  public PolicyInfoContributor(DroolsPolicyEngine engine) {
    this.engine = engine;
  }

  @Override
  public void contribute(Info.Builder builder) {
    List<PolicyRule> rules = engine.rules();
    List<String> editions = rules.stream().map(PolicyRule::edition).distinct().sorted().toList();
    Map<String, Object> policy = new LinkedHashMap<>();
    policy.put("policyVersion", engine.policyVersion());
    policy.put("editions", editions);
    policy.put("rules", rules.size());
    builder.withDetail("csp-rules", policy);
  }
}
