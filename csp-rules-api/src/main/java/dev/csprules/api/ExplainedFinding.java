package dev.csprules.api;

import java.util.List;

/**
 * A finding with what explains it: the rule that raised it, by title, and the text of every
 * sentence it cites. The facts it matched are the finding's own {@link Finding#facts()}.
 */
public record ExplainedFinding(Finding finding, String ruleTitle, List<Citation> citations) {
  public ExplainedFinding {
    citations = List.copyOf(citations);
  }
}
