package dev.csprules.drools.internal.load;

import org.kie.api.definition.rule.Rule;

/** Reads a rule's {@code @key("value")} metadata as plain text. */
public final class RuleMetadata {
  private RuleMetadata() {}

  /**
   * The value, or empty when absent. The executable model keeps a string value's quotes and the
   * classic build drops them; both read the same here.
   */
  public static String text(Rule rule, String key) {
    Object value = rule.getMetaData().get(key);
    if (value == null) {
      return "";
    }
    String text = String.valueOf(value).strip();
    if (text.length() >= 2 && text.startsWith("\"") && text.endsWith("\"")) {
      text = text.substring(1, text.length() - 1).strip();
    }
    return text;
  }
}
