package dev.csprules.drools.rulefacts;

import dev.csprules.api.FindingCode;
import dev.csprules.api.Severity;
import dev.csprules.drools.internal.RuleMetadata;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.kie.api.runtime.rule.RuleContext;

/**
 * What a finding rule inserts (logically) when it fires: the rule, the finding code its
 * {@code @code} metadata names, its severity (the code's, unless the rule's {@code @severity}
 * says otherwise), and the facts it matched. The engine turns the evidence left at
 * the end into the decision's findings, so a finding whose conditions stop holding disappears
 * with its evidence.
 */
public record Evidence(String ruleId, FindingCode code, Severity severity, Map<String, String> facts) {
  private static final Map<String, FindingCode> CODES_BY_NAME =
      Arrays.stream(FindingCode.values()).collect(Collectors.toUnmodifiableMap(Enum::name, c -> c));

  public Evidence {
    facts = facts.isEmpty() ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(facts));
  }

  /**
   * Evidence from the rule now firing, with facts given as name, value, name, value...
   *
   * @throws IllegalStateException when the rule has no valid {@code @code} metadata
   */
  public static Evidence of(RuleContext context, Object... namesAndValues) {
    String ruleId = context.getRule().getName();
    String name = RuleMetadata.text(context.getRule(), "code");
    FindingCode code = CODES_BY_NAME.get(name);
    if (code == null) {
      throw new IllegalStateException("rule " + ruleId + " has no valid @code metadata: " + name);
    }
    if (namesAndValues.length % 2 != 0) {
      throw new IllegalArgumentException("rule " + ruleId + " gave a fact name without a value");
    }
    if (namesAndValues.length == 0) {
      return new Evidence(ruleId, code, severity(context, code), Map.of());
    }
    Map<String, String> facts = new LinkedHashMap<>();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      facts.put(String.valueOf(namesAndValues[i]), render(namesAndValues[i + 1]));
    }
    return new Evidence(ruleId, code, severity(context, code), facts);
  }

  /** The rule's {@code @severity} when it sets one, else the code's own. */
  private static Severity severity(RuleContext context, FindingCode code) {
    String severity = RuleMetadata.text(context.getRule(), "severity");
    return severity.isEmpty() ? code.severity() : Severity.valueOf(severity);
  }

  /** Renders a fact for people: money in plain notation, collections sorted and joined, or "none". */
  static String render(Object value) {
    if (value instanceof BigDecimal amount) {
      return amount.toPlainString();
    }
    if (value instanceof Collection<?> values) {
      if (values.isEmpty()) {
        return "none";
      }
      return values.stream().map(Evidence::render).sorted().collect(Collectors.joining(", "));
    }
    return String.valueOf(value);
  }
}
