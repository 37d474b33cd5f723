package dev.csprules.spring.sample;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import dev.csprules.api.fact.SupportPlan;
import dev.csprules.api.fact.Truth;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.boot.autoconfigure.jackson.Jackson2ObjectMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Reads the API records from JSON as the command line reads request files: a field left out takes
 * the default the API's builders give (blank text, empty collections, false, no support plan), so
 * a request names only what it knows. Jackson's record support does the rest.
 */
@Configuration(proxyBeanMethods = false)
class RequestJson {

  /**
   * A module bean, which Spring Boot adds to the ObjectMapper beside the others (the starter's
   * finding facts among them); {@code modulesToInstall} in a customizer would replace them.
   */
  @Bean
  Module requestDefaults() {
    return new SimpleModule("csp-rules-requests")
        .addDeserializer(SupportPlan.class, new SupportPlanOrNone())
        .addDeserializer(Truth.class, new TruthOrFalse());
  }

  @Bean
  Jackson2ObjectMapperBuilderCustomizer blankWhenLeftOut() {
    JsonSetter.Value empty = JsonSetter.Value.forValueNulls(Nulls.AS_EMPTY);
    return builder ->
        builder.postConfigurer(
            mapper -> {
              for (Class<?> type : List.of(String.class, List.class, Set.class, Map.class)) {
                mapper.configOverride(type).setSetterInfo(empty);
              }
            });
  }

  /** true, false or "unknown"; FALSE when left out, as Customer.of has it. */
  private static final class TruthOrFalse extends StdScalarDeserializer<Truth> {
    private static final long serialVersionUID = 1L;

    TruthOrFalse() {
      super(Truth.class);
    }

    @Override
    public Truth deserialize(JsonParser parser, DeserializationContext context) throws IOException {
      if (parser.currentToken() == JsonToken.VALUE_TRUE || parser.currentToken() == JsonToken.VALUE_FALSE) {
        return Truth.of(parser.getBooleanValue());
      }
      String text = parser.getValueAsString();
      if ("unknown".equals(text)) {
        return Truth.UNKNOWN;
      }
      return (Truth) context.handleWeirdStringValue(Truth.class, text, "not true, false or unknown");
    }

    @Override
    public Truth getNullValue(DeserializationContext context) {
      return Truth.FALSE;
    }

    @Override
    public Object getAbsentValue(DeserializationContext context) {
      return Truth.FALSE;
    }
  }

  /** A support plan by name; NONE when left out, as Partner.builder() has it. */
  private static final class SupportPlanOrNone extends StdScalarDeserializer<SupportPlan> {
    private static final long serialVersionUID = 1L;

    SupportPlanOrNone() {
      super(SupportPlan.class);
    }

    @Override
    public SupportPlan deserialize(JsonParser parser, DeserializationContext context) throws IOException {
      String name = parser.getValueAsString();
      for (SupportPlan plan : SupportPlan.values()) {
        if (plan.name().equals(name)) {
          return plan;
        }
      }
      return (SupportPlan)
          context.handleWeirdStringValue(
              SupportPlan.class, name, "not one of %s", Arrays.toString(SupportPlan.values()));
    }

    @Override
    public SupportPlan getNullValue(DeserializationContext context) {
      return SupportPlan.NONE;
    }

    @Override
    public Object getAbsentValue(DeserializationContext context) {
      return SupportPlan.NONE;
    }
  }
}
