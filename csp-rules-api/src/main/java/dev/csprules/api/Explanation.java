package dev.csprules.api;

import java.util.List;
import java.util.Optional;

/**
 * A decision with the reasons behind it spelled out: each finding's rule and cited text, and for
 * a direct bill application, how the revenue was counted.
 *
 * @param findings one per finding of the decision, in the same order
 * @param revenue present when the revenue threshold was tested
 */
public record Explanation(Decision decision, List<ExplainedFinding> findings, Optional<RevenueCount> revenue) {
  public Explanation {
    findings = List.copyOf(findings);
  }
}
