package dev.csprules.cli;

import dev.csprules.api.Citation;
import dev.csprules.api.ExplainedFinding;
import dev.csprules.api.Explanation;
import dev.csprules.api.RevenueCount;
import dev.csprules.api.fact.RevenueRecord;
import dev.csprules.testkit.FindingText;
import dev.csprules.testkit.Language;
import dev.csprules.testkit.RequestEntry;
import java.util.ArrayList;
import java.util.List;

/** A decision with its reasons spelled out, as a person reads it at a terminal. */
final class ExplanationText {
  private ExplanationText() {}

  static String describe(RequestEntry entry, Explanation explanation, Language language) {
    List<String> lines = new ArrayList<>(DecisionText.summary(entry, explanation.decision()));
    if (explanation.findings().isEmpty()) {
      lines.add("  findings: none");
    } else {
      lines.add("  findings:");
    }
    for (ExplainedFinding explained : explanation.findings()) {
      lines.add("    " + FindingText.headline(explained.finding(), language));
      lines.add("      rule " + explained.finding().ruleId() + ": " + explained.ruleTitle());
      String facts = FindingText.facts(explained.finding());
      if (!facts.isEmpty()) {
        lines.add("      matched: " + facts);
      }
      for (Citation citation : explained.citations()) {
        lines.add("      " + citation.sentenceId() + "  " + citation.english());
        lines.add("      " + " ".repeat(citation.sentenceId().length()) + "  " + citation.japanese());
      }
    }
    explanation.revenue().ifPresent(revenue -> revenue(revenue, lines));
    lines.addAll(DecisionText.trailer(explanation.decision()));
    return String.join("\n", lines);
  }

  private static void revenue(RevenueCount revenue, List<String> lines) {
    lines.add(
        "  revenue counted for the direct bill threshold: USD " + revenue.countedUsd().toPlainString() + " over "
            + revenue.firstMonth() + " to " + revenue.lastMonth());
    revenue.counted().forEach(record -> lines.add("    counted   " + record(record)));
    revenue.excluded().forEach(excluded -> lines.add("    excluded  " + record(excluded.record()) + ": " + excluded.reason()));
  }

  private static String record(RevenueRecord record) {
    return record.month() + "  " + record.currency() + " " + record.amount().toPlainString() + "  " + record.kind() + ", "
        + record.channel();
  }
}
