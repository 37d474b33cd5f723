package dev.csprules.spring.boot;

import dev.csprules.drools.DroolsPolicyEngine;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.actuate.info.InfoContributor;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The engine on the actuator: a health indicator ({@code cspRules}) and an info contributor
 * ({@code csp-rules}), each when its class is present and the engine is a {@link
 * DroolsPolicyEngine}, the starter's or the application's own.
 */
@AutoConfiguration(after = CspRulesAutoConfiguration.class)
@ConditionalOnBean(DroolsPolicyEngine.class)
public class CspRulesActuatorAutoConfiguration {

  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass(HealthIndicator.class)
  static class Health {
    @Bean
    @ConditionalOnMissingBean(name = "cspRulesHealthIndicator")
    PolicyHealthIndicator cspRulesHealthIndicator(DroolsPolicyEngine engine, PolicyReloads reloads) {
      return new PolicyHealthIndicator(engine, reloads);
    }
  }

  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass(InfoContributor.class)
  static class Info {
    @Bean
    @ConditionalOnMissingBean(name = "cspRulesInfoContributor")
    PolicyInfoContributor cspRulesInfoContributor(DroolsPolicyEngine engine) {
      return new PolicyInfoContributor(engine);
    }
  }
}
