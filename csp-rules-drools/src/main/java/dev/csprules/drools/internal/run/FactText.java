package dev.csprules.drools.internal.run;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/** Renders the facts of a finding for people, where the finding is assembled. */
public final class FactText {
  private FactText() {}

  public static Map<String, String> render(Map<String, Object> facts) {
    if (facts.isEmpty()) {
      return Map.of();
    }
    Map<String, String> text = new LinkedHashMap<>();
    facts.forEach((name, value) -> text.put(name, render(value)));
    return text;
  }

  /** Money in plain notation, collections sorted and joined, or "none". */
  static String render(Object value) {
    if (value instanceof BigDecimal amount) {
      return amount.toPlainString();
    }
    if (value instanceof Collection<?> values) {
      if (values.isEmpty()) {
        return "none";
      }
      return values.stream().map(FactText::render).sorted().collect(Collectors.joining(", "));
    }
    return String.valueOf(value);
  }
}
