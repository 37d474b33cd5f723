package dev.csprules.partnercenter;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Partner Center's JSON spells keys in camelCase or PascalCase; both are read. */
final class Fields {
  private Fields() {}

  /** The field at a dotted path such as {@code billingProfile.defaultAddress.country}. */
  static JsonNode at(JsonNode node, String path) {
    JsonNode current = node;
    for (String key : path.split("\\.")) {
      JsonNode next = current.get(key);
      if (next == null) {
        next = current.get(key.substring(0, 1).toUpperCase(Locale.ROOT) + key.substring(1));
      }
      if (next == null || next.isNull()) {
        return MissingNode.getInstance();
      }
      current = next;
    }
    return current;
  }

  /** Non-blank text at the path. */
  static Optional<String> text(JsonNode node, String path) {
    JsonNode value = at(node, path);
    return value.isValueNode() && !value.asText().isBlank() ? Optional.of(value.asText().strip()) : Optional.empty();
  }

  /** The items of a collection payload ({@code items}), or the payload itself when it is an array. */
  static List<JsonNode> items(JsonNode payload) {
    JsonNode items = payload.isArray() ? payload : at(payload, "items");
    List<JsonNode> list = new ArrayList<>();
    items.forEach(list::add);
    return list;
  }
}
