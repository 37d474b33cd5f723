package dev.csprules.api;

import dev.csprules.api.internal.Require;
import java.util.List;
import java.util.Map;

/**
 * One reason behind a decision: what the rule found, how much it weighs, in English and Japanese,
 * which rule raised it, the seed sentences it rests on, and the facts that triggered it (for a
 * threshold, {@code needed} and {@code actual}).
 *
 * @param citations seed sentence ids such as {@code cf5ff-132}
 * @param facts the values the rule matched, rendered as text, in the order the rule gives them
 */
public record Finding(
    FindingCode code,
    Severity severity,
    String messageEn,
    String messageJa,
    String ruleId,
    List<String> citations,
    Map<String, String> facts) {

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
}
