package dev.csprules.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import dev.csprules.api.FactValue;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * A finding's fact in JSON: an object with one field, named for the kind of value, holding it.
 *
 * <pre>
 * {"text": "JP"}            {"amount": "300000.00"}     {"count": 3}
 * {"month": "2019-11"}      {"day": "2020-11-15"}       {"moment": "2020-11-15T09:30+09:00"}
 * {"flag": true}            {"list": [{"text": "BILLING"}, {"text": "PROVISIONING"}]}
 * </pre>
 *
 * Money is plain decimal text, as everywhere in the canonical form (exact, scale kept, never a
 * double); months, days and instants are ISO text. The kind is written, not guessed from the
 * text, so that reading gives back an equal value: {@code "2019-11"} may be a month or a word.
 * docs/decision-record.schema.json describes the shape.
 */
public final class FactJson {
  private FactJson() {}

  /**
   * The Jackson module that writes and reads {@link FactValue} in this shape: for an application's
   * own ObjectMapper (the Spring Boot starter registers it), so that its JSON of a decision is the
   * canonical form's.
   */
  public static Module module() {
    return new SimpleModule("csp-rules facts")
        .addSerializer(FactValue.class, new Writer())
        .addDeserializer(FactValue.class, new Reader());
  }

  private static final class Writer extends StdSerializer<FactValue> {
    private static final long serialVersionUID = 1L;

    Writer() {
      super(FactValue.class);
    }

    @Override
    public void serialize(FactValue value, JsonGenerator json, SerializerProvider provider) throws IOException {
      json.writeStartObject();
      if (value instanceof FactValue.Count count) {
        json.writeNumberField("count", count.value());
      } else if (value instanceof FactValue.Flag flag) {
        json.writeBooleanField("flag", flag.value());
      } else if (value instanceof FactValue.ListOf list) {
        json.writeArrayFieldStart("list");
        for (FactValue item : list.items()) {
          serialize(item, json, provider);
        }
        json.writeEndArray();
      } else {
        json.writeStringField(kind(value), value.text());
      }
      json.writeEndObject();
    }

    private static String kind(FactValue value) {
      if (value instanceof FactValue.Amount) {
        return "amount";
      }
      if (value instanceof FactValue.Month) {
        return "month";
      }
      if (value instanceof FactValue.Day) {
        return "day";
      }
      if (value instanceof FactValue.Moment) {
        return "moment";
      }
      return "text";
    }
  }

  private static final class Reader extends StdDeserializer<FactValue> {
    private static final long serialVersionUID = 1L;

    Reader() {
      super(FactValue.class);
    }

    @Override
    public FactValue deserialize(JsonParser parser, DeserializationContext context) throws IOException {
      JsonNode node = parser.readValueAsTree();
      try {
        return read(node);
      } catch (IllegalArgumentException | DateTimeParseException e) {
        return context.reportInputMismatch(this, "%s: %s", e.getMessage(), node);
      }
    }

    private static FactValue read(JsonNode node) {
      if (node == null || !node.isObject() || node.size() != 1) {
        throw new IllegalArgumentException(
            "a fact is an object with one field: text, amount, count, month, day, moment, flag or list");
      }
      Map.Entry<String, JsonNode> field = node.fields().next();
      JsonNode value = field.getValue();
      return switch (field.getKey()) {
        case "text" -> new FactValue.Text(text(value, "text"));
        case "amount" -> new FactValue.Amount(new BigDecimal(text(value, "amount")));
        case "count" -> new FactValue.Count(whole(value));
        case "month" -> new FactValue.Month(YearMonth.parse(text(value, "month")));
        case "day" -> new FactValue.Day(LocalDate.parse(text(value, "day")));
        case "moment" -> new FactValue.Moment(OffsetDateTime.parse(text(value, "moment")));
        case "flag" -> new FactValue.Flag(flag(value));
        case "list" -> new FactValue.ListOf(list(value));
        default -> throw new IllegalArgumentException("'" + field.getKey() + "' is not a kind of fact");
      };
    }

    private static String text(JsonNode value, String kind) {
      if (!value.isTextual()) {
        throw new IllegalArgumentException("a fact's " + kind + " is text");
      }
      return value.asText();
    }

    private static long whole(JsonNode value) {
      if (!value.canConvertToLong() || !value.isIntegralNumber()) {
        throw new IllegalArgumentException("a fact's count is a whole number");
      }
      return value.asLong();
    }

    private static boolean flag(JsonNode value) {
      if (!value.isBoolean()) {
        throw new IllegalArgumentException("a fact's flag is true or false");
      }
      return value.asBoolean();
    }

    private static List<FactValue> list(JsonNode value) {
      if (!value.isArray()) {
        throw new IllegalArgumentException("a fact's list is an array of facts");
      }
      List<FactValue> items = new ArrayList<>();
      for (Iterator<JsonNode> it = value.elements(); it.hasNext(); ) {
        items.add(read(it.next()));
      }
      return items;
    }
  }
}
