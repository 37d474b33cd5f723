package dev.csprules.api;

import dev.csprules.api.internal.Require;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One reason behind a decision: what the rule found, how much it weighs, in English and Japanese,
 * which rule raised it, the seed sentences it rests on, and the facts that triggered it (for a
 * threshold, {@code needed} and {@code actual}).
 *
 * @param citations seed sentence ids such as {@code cf5ff-132}
 * @param facts the values the rule matched, typed ({@link FactValue}), in the order the rule gives
 *     them; the messages render them in their language
 */
public record Finding(
    FindingCode code,
    Severity severity,
    String messageEn,
    String messageJa,
    String ruleId,
    List<String> citations,
    Map<String, FactValue> facts) {

  public Finding {
    Require.Components components = Require.components();
    components.present(code, "code");
    components.present(severity, "severity");
    components.present(messageEn, "messageEn");
    components.present(messageJa, "messageJa");
    components.present(ruleId, "ruleId");
    citations = components.list(citations, "citations");
    facts = components.map(facts, "facts");
    components.done();
  }

  /**
   * The fact of that name.
   *
   * @param name the fact's name, such as {@code needed}
   * @return the value, or empty when the rule gave no fact of that name
   */
  public Optional<FactValue> fact(String name) {
    return Optional.ofNullable(facts.get(name));
  }

  /**
   * The facts as their canonical text ({@link FactValue#text()}), in the rule's order: for tables
   * and tools that hold one string per fact.
   */
  public Map<String, String> factTexts() {
    if (facts.isEmpty()) {
      return Map.of();
    }
    Map<String, String> texts = new LinkedHashMap<>();
    facts.forEach((name, value) -> texts.put(name, value.text()));
    return Collections.unmodifiableMap(texts);
  }
}
