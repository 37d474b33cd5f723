package dev.csprules.spring.boot;

import com.fasterxml.jackson.databind.Module;
import dev.csprules.api.DecisionLog;
import dev.csprules.api.EngineListener;
import dev.csprules.api.PolicyEngine;
import dev.csprules.drools.DroolsPolicyEngine;
import dev.csprules.json.FactJson;
import dev.csprules.json.JsonLinesDecisionLog;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.lang.Nullable;

/**
 * A {@link PolicyEngine} bean built from the {@code csp-rules.*} properties, unless the
 * application defines its own; every {@link EngineListener} bean hears it. With Micrometer, its
 * decisions, batch results and reloads are meters ({@link DecisionMetrics}). The engine is closed
 * with the context, which stops watching the policy folders. {@link
 * CspRulesActuatorAutoConfiguration} shows it on the actuator.
 *
 * <p>With {@code csp-rules.decision-log.path}, every decision goes to a {@link
 * JsonLinesDecisionLog}, unless the application defines a {@link DecisionLog} of its own. The
 * engine does not close the log it is given: the log is a bean of its own, which the engine
 * depends on, so the context closes it after the engine and what is queued is written out.
 */
@AutoConfiguration(
    afterName = "org.springframework.boot.actuate.autoconfigure.metrics.CompositeMeterRegistryAutoConfiguration")
@ConditionalOnClass(DroolsPolicyEngine.class)
@EnableConfigurationProperties(CspRulesProperties.class)
public class CspRulesAutoConfiguration {

  @Bean(destroyMethod = "close")
  @ConditionalOnMissingBean(PolicyEngine.class)
  public DroolsPolicyEngine cspRulesPolicyEngine(
      CspRulesProperties properties,
      ObjectProvider<EngineListener> listeners,
      // Injected as a bean, not through a provider, so the context knows the engine depends on it.
      @Nullable DecisionLog decisionLog) {
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
    if (properties.decisionTimeBudget() != null) {
      builder.decisionTimeBudget(properties.decisionTimeBudget());
    }
    if (properties.batchThreads() != null) {
      builder.batchThreads(properties.batchThreads());
    }
    if (properties.policyArchive() != null) {
      builder.policyArchive(properties.policyArchive());
    }
    if (decisionLog != null) {
      builder.decisionLog(decisionLog);
    }
    listeners.orderedStream().forEach(builder::listener);
    return builder.build();
  }

  @Bean(destroyMethod = "close")
  @ConditionalOnProperty("csp-rules.decision-log.path")
  @ConditionalOnMissingBean(DecisionLog.class)
  public JsonLinesDecisionLog cspRulesDecisionLog(CspRulesProperties properties) {
    CspRulesProperties.DecisionLogFile settings = properties.decisionLog();
    JsonLinesDecisionLog.Builder log = JsonLinesDecisionLog.to(settings.path());
    if (settings.whenFull() != null) {
      log.whenFull(settings.whenFull());
    }
    if (settings.maxFileSize() != null) {
      log.maxFileBytes(settings.maxFileSize().toBytes());
    }
    return log.build();
  }

  /**
   * Findings' facts in the shape of the decision log and the command line ({@code {"amount":
   * "300000.00"}}, {@code {"month": "2019-11"}}...; {@link FactJson}): Spring Boot adds every
   * Jackson module bean to the application's ObjectMapper, so a decision a controller returns
   * names each fact's kind rather than Jackson's view of the record.
   */
  @Bean
  @ConditionalOnMissingBean(name = "cspRulesFactJson")
  public Module cspRulesFactJson() {
    return FactJson.module();
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
