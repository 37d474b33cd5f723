package dev.csprules.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import dev.csprules.api.Decision;
import dev.csprules.api.Finding;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;

/**
 * Decisions as JSON, in the API's field names: one object for one decision, an array for more.
 * Written field by field so the output does not depend on how a library maps records.
 */
final class DecisionJson {
  private static final JsonFactory FACTORY =
      JsonFactory.builder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();

  private DecisionJson() {}

  static void write(List<Decision> decisions, Writer out) {
    try (JsonGenerator json = FACTORY.createGenerator(out)) {
      json.useDefaultPrettyPrinter();
      if (decisions.size() == 1) {
        decision(json, decisions.get(0));
      } else {
        json.writeStartArray();
        for (Decision decision : decisions) {
          decision(json, decision);
        }
        json.writeEndArray();
      }
      json.writeRaw('\n');
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void decision(JsonGenerator json, Decision decision) throws IOException {
    json.writeStartObject();
    json.writeStringField("requestId", decision.requestId());
    json.writeStringField("kind", decision.kind().name());
    json.writeStringField("outcome", decision.outcome().name());
    json.writeStringField("asOf", decision.asOf().toString());
    strings(json, "editions", decision.editions());
    json.writeArrayFieldStart("findings");
    for (Finding finding : decision.findings()) {
      finding(json, finding);
    }
    json.writeEndArray();
    strings(json, "firedRules", decision.firedRules());
    json.writeStringField("policyVersion", decision.policyVersion());
    json.writeEndObject();
  }

  private static void finding(JsonGenerator json, Finding finding) throws IOException {
    json.writeStartObject();
    json.writeStringField("code", finding.code().name());
    json.writeStringField("severity", finding.severity().name());
    json.writeStringField("messageEn", finding.messageEn());
    json.writeStringField("messageJa", finding.messageJa());
    json.writeStringField("ruleId", finding.ruleId());
    strings(json, "citations", finding.citations());
    json.writeObjectFieldStart("facts");
    for (Map.Entry<String, String> fact : finding.facts().entrySet()) {
      json.writeStringField(fact.getKey(), fact.getValue());
    }
    json.writeEndObject();
    json.writeEndObject();
  }

  private static void strings(JsonGenerator json, String name, List<String> values) throws IOException {
    json.writeArrayFieldStart(name);
    for (String value : values) {
      json.writeString(value);
    }
    json.writeEndArray();
  }
}
