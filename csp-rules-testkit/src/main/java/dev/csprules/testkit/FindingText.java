package dev.csprules.testkit;

import dev.csprules.api.Finding;
import java.util.stream.Collectors;

/** A finding as people read it in a terminal or a test report. */
public final class FindingText {
  private FindingText() {}

  /** {@code BLOCKING CODE (rule ENR-140; cites cf5ff-132, cf5ff-135): message}. */
  public static String headline(Finding finding, Language language) {
    return finding.severity() + " " + finding.code() + " (rule " + finding.ruleId()
        + (finding.citations().isEmpty() ? "" : "; cites " + String.join(", ", finding.citations()))
        + "): " + language.message(finding);
  }

  /** {@code needed: 300000.00, actual: 299999.99}; blank when the finding has no facts. */
  public static String facts(Finding finding) {
    return finding.facts().entrySet().stream()
        .map(fact -> fact.getKey() + ": " + fact.getValue().text())
        .collect(Collectors.joining(", "));
  }

  /** The headline, and the facts on the next line when there are any, indented by {@code indent}. */
  public static String describe(Finding finding, Language language, String indent) {
    String facts = facts(finding);
    return indent + headline(finding, language) + (facts.isEmpty() ? "" : "\n" + indent + "    " + facts);
  }
}
