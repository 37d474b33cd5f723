package dev.csprules.spring.boot;

import dev.csprules.api.EngineListener;
import dev.csprules.api.PolicyEngine;
import dev.csprules.drools.DroolsPolicyEngine;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * A {@link PolicyEngine} bean built from the {@code csp-rules.*} properties, unless the
 * application defines its own; every {@link EngineListener} bean hears it. With Micrometer, its
 * decisions, batch results and reloads are meters ({@link DecisionMetrics}). The engine is closed
 * with the context, which stops watching the policy folders. {@link
 * CspRulesActuatorAutoConfiguration} shows it on the actuator.
 */
@AutoConfiguration(
    afterName = "org.springframework.boot.actuate.autoconfigure.metrics.CompositeMeterRegistryAutoConfiguration")
@ConditionalOnClass(DroolsPolicyEngine.class)
@EnableConfigurationProperties(CspRulesProperties.class)
public class CspRulesAutoConfiguration {

  @Bean(destroyMethod = "close")
  @ConditionalOnMissingBean(PolicyEngine.class)
  public DroolsPolicyEngine cspRulesPolicyEngine(
      CspRulesProperties properties, ObjectProvider<EngineListener> listeners) {
    DroolsPolicyEngine.Builder builder = DroolsPolicyEngine.builder();
    properties.policyFolders().forEach(builder::policyFolder);
    if (properties.marketsFile() != null) {
      builder.marketsFile(properties.marketsFile());
    }
    if (properties.parametersFile() != null) {
      builder.parametersFile(properties.parametersFile());
    }
    if (properties.watch()) {
      builder.watch();
    }
    listeners.orderedStream().forEach(builder::listener);
    return builder.build();
  }

  @Bean
  @ConditionalOnMissingBean
  public PolicyReloads cspRulesPolicyReloads() {
    return new PolicyReloads(Clock.systemUTC());
  }

  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass(MeterRegistry.class)
  @ConditionalOnBean(MeterRegistry.class)
  static class Metrics {
    @Bean
    @ConditionalOnMissingBean
    DecisionMetrics cspRulesDecisionMetrics(MeterRegistry registry) {
      return new DecisionMetrics(registry);
    }
  }
}
