package dev.csprules.json;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.csprules.api.Decision;
import dev.csprules.api.EnrollmentApplication;
import dev.csprules.api.ExplainedFinding;
import dev.csprules.api.Explanation;
import dev.csprules.api.Order;
import dev.csprules.api.PolicyRequest;
import dev.csprules.api.fact.PointInTime;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;

/**
 * The one JSON form of requests and decisions: the records' own component names in declared
 * order, a request's kind as its {@code kind} field ({@code ENROLLMENT} or {@code ORDER}), map
 * entries and set elements sorted, money as plain decimal text (exact, scale kept, safe in any
 * JSON reader), dates and months as ISO text, a finding's facts each as an object naming its kind
 * ({@link FactJson}). The same value always gives the same bytes, so the
 * SHA-256 of a request's JSON identifies it, and reading the JSON back gives an equal request.
 */
public final class CanonicalJson {
  private static final ObjectMapper MAPPER =
      JsonMapper.builder()
          .addModule(new JavaTimeModule())
          .addModule(apiModule())
          .addModule(FactJson.module())
          .addMixIn(PolicyRequest.class, PolicyRequestKind.class)
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
          .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
          .build();

  private CanonicalJson() {}

  /** The mapper behind the canonical form, for writers that embed it in a larger document. */
  static ObjectMapper mapper() {
    return MAPPER;
  }

  /** The request's canonical JSON, compact, as UTF-8: what its SHA-256 is taken over. */
  public static byte[] requestBytes(PolicyRequest request) {
    try {
      return MAPPER.writeValueAsBytes(request);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The SHA-256 of the request's canonical JSON, in lower-case hex. */
  public static String sha256(PolicyRequest request) {
    return sha256(requestBytes(request));
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }

  public static ObjectNode requestTree(PolicyRequest request) {
    return MAPPER.valueToTree(request);
  }

  /**
   * Reads a request from its canonical JSON.
   *
   * @throws IllegalArgumentException naming what is wrong when the JSON is not a request
   */
  public static PolicyRequest request(JsonNode json) {
    try {
      return MAPPER.treeToValue(json, PolicyRequest.class);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("not a request: " + e.getOriginalMessage(), e);
    }
  }

  public static PolicyRequest request(String json) {
    try {
      return request(MAPPER.readTree(json));
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("not JSON: " + e.getOriginalMessage(), e);
    }
  }

  public static ObjectNode decisionTree(Decision decision) {
    return MAPPER.valueToTree(decision);
  }

  /** @throws IllegalArgumentException naming what is wrong when the JSON is not a decision */
  public static Decision decision(JsonNode json) {
    try {
      return MAPPER.treeToValue(json, Decision.class);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("not a decision: " + e.getOriginalMessage(), e);
    }
  }

  /**
   * The decision's fields with an {@code explanation} beside them: for each finding its rule, the
   * rule's title and the cited sentences, and the revenue count when there is one.
   */
  public static ObjectNode explanationTree(Explanation explanation) {
    ObjectNode json = decisionTree(explanation.decision());
    ObjectNode explained = json.putObject("explanation");
    ArrayNode findings = explained.putArray("findings");
    for (ExplainedFinding finding : explanation.findings()) {
      ObjectNode node = findings.addObject();
      node.put("ruleId", finding.finding().ruleId());
      node.put("ruleTitle", finding.ruleTitle());
      node.set("citations", MAPPER.valueToTree(finding.citations()));
    }
    explanation.revenue().ifPresent(revenue -> explained.set("revenue", MAPPER.valueToTree(revenue)));
    return json;
  }

  /** Pretty-printed, for people: one object, or an array when there are several. */
  public static String pretty(List<? extends JsonNode> values) {
    try {
      JsonNode json = values.size() == 1 ? values.get(0) : MAPPER.createArrayNode().addAll(values);
      return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(json) + "\n";
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Compact UTF-8 JSON of a tree; the same bytes as the value the tree was made from. */
  static byte[] bytes(JsonNode json) {
    try {
      return MAPPER.writeValueAsBytes(json);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static SimpleModule apiModule() {
    SimpleModule module = new SimpleModule("csp-rules canonical form");
    module.addSerializer(BigDecimal.class, new PlainDecimal());
    @SuppressWarnings({"unchecked", "rawtypes"})
    Class<Set<?>> sets = (Class) Set.class;
    module.addSerializer(sets, new SortedSet());
    // A point in time is its ISO text (a date, a date-time with its offset, or "unknown"), read
    // back through PointInTime.valueOf.
    module.addSerializer(PointInTime.class, ToStringSerializer.instance);
    return module;
  }

  /** A request names its kind, so one reader reads either. */
  @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "kind")
  @JsonSubTypes({
    @JsonSubTypes.Type(value = EnrollmentApplication.class, name = "ENROLLMENT"),
    @JsonSubTypes.Type(value = Order.class, name = "ORDER")
  })
  private interface PolicyRequestKind {}

  /** Money as text: {@code 1200.50}, never {@code 1.2005E+3}, and no reader turns it into a double. */
  private static final class PlainDecimal extends StdSerializer<BigDecimal> {
    private static final long serialVersionUID = 1L;

    PlainDecimal() {
      super(BigDecimal.class);
    }

    @Override
    public void serialize(BigDecimal value, JsonGenerator json, SerializerProvider provider) throws IOException {
      json.writeString(value.toPlainString());
    }
  }

  /** Sets in their elements' natural order (enums by declaration), whatever order they hold. */
  private static final class SortedSet extends StdSerializer<Set<?>> {
    private static final long serialVersionUID = 1L;

    @SuppressWarnings({"unchecked", "rawtypes"})
    SortedSet() {
      super((Class) Set.class);
    }

    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public void serialize(Set<?> value, JsonGenerator json, SerializerProvider provider) throws IOException {
      List sorted = new ArrayList<>(value);
      sorted.sort(null);
      json.writeStartArray(value, sorted.size());
      for (Object element : sorted) {
        provider.defaultSerializeValue(element, json);
      }
      json.writeEndArray();
    }
  }
}
