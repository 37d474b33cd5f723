package dev.csprules.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import dev.csprules.api.Citation;
import dev.csprules.api.Decision;
import dev.csprules.api.ExplainedFinding;
import dev.csprules.api.Explanation;
import dev.csprules.api.RevenueCount;
import dev.csprules.api.fact.RevenueRecord;
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

  /**
   * @param explained adds each finding's rule title and cited text, and the revenue count, as an
   *     {@code explanation} beside the decision's fields
   */
  static void write(List<Explanation> explanations, boolean explained, Writer out) {
    try (JsonGenerator json = FACTORY.createGenerator(out)) {
      json.useDefaultPrettyPrinter();
      if (explanations.size() > 1) {
        json.writeStartArray();
      }
      for (Explanation explanation : explanations) {
        decision(json, explanation, explained);
      }
      if (explanations.size() > 1) {
        json.writeEndArray();
      }
      json.writeRaw('\n');
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void decision(JsonGenerator json, Explanation explanation, boolean explained) throws IOException {
    Decision decision = explanation.decision();
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
    if (explained) {
      explanation(json, explanation);
    }
    json.writeEndObject();
  }

  private static void explanation(JsonGenerator json, Explanation explanation) throws IOException {
    json.writeObjectFieldStart("explanation");
    json.writeArrayFieldStart("findings");
    for (ExplainedFinding finding : explanation.findings()) {
      json.writeStartObject();
      json.writeStringField("ruleId", finding.finding().ruleId());
      json.writeStringField("ruleTitle", finding.ruleTitle());
      json.writeArrayFieldStart("citations");
      for (Citation citation : finding.citations()) {
        json.writeStartObject();
        json.writeStringField("sentenceId", citation.sentenceId());
        json.writeStringField("english", citation.english());
        json.writeStringField("japanese", citation.japanese());
        json.writeEndObject();
      }
      json.writeEndArray();
      json.writeEndObject();
    }
    json.writeEndArray();
    if (explanation.revenue().isPresent()) {
      RevenueCount revenue = explanation.revenue().get();
      json.writeObjectFieldStart("revenue");
      json.writeStringField("firstMonth", revenue.firstMonth().toString());
      json.writeStringField("lastMonth", revenue.lastMonth().toString());
      json.writeStringField("countedUsd", revenue.countedUsd().toPlainString());
      json.writeArrayFieldStart("counted");
      for (RevenueRecord record : revenue.counted()) {
        revenueRecord(json, record, null);
      }
      json.writeEndArray();
      json.writeArrayFieldStart("excluded");
      for (RevenueCount.Excluded excluded : revenue.excluded()) {
        revenueRecord(json, excluded.record(), excluded.reason());
      }
      json.writeEndArray();
      json.writeEndObject();
    }
    json.writeEndObject();
  }

  private static void revenueRecord(JsonGenerator json, RevenueRecord record, String reason) throws IOException {
    json.writeStartObject();
    json.writeStringField("month", record.month().toString());
    json.writeStringField("amount", record.amount().toPlainString());
    json.writeStringField("currency", record.currency());
    json.writeStringField("kind", record.kind().name());
    json.writeStringField("channel", record.channel().name());
    if (reason != null) {
      json.writeStringField("reason", reason);
    }
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
