package dev.csprules.bench.corpus;

import dev.csprules.api.Decision;
import dev.csprules.api.InvalidRequestException;
import dev.csprules.api.PolicyEngine;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Decides every case with two engines and lists where they differ. Two decisions agree when they
 * are equal in everything but the policy version and the order the rules fired in: outcome,
 * editions, every finding with its facts, messages and citations, and the set of rules that fired.
 * Cases both engines reject as bad input agree too. Any list of cases can be checked: the
 * generated corpus now, the scenario suite once it exists.
 */
public final class Agreement {
  /** The cases compared, how many both rejected as bad input, and a line per difference. */
  public record Report(int compared, int rejectedByBoth, List<String> differences) {
    public boolean agrees() {
      return differences.isEmpty();
    }
  }

  private Agreement() {}

  public static Report check(PolicyEngine expected, PolicyEngine actual, List<RequestCorpus.Case> cases) {
    List<String> differences = new ArrayList<>();
    int rejected = 0;
    for (RequestCorpus.Case c : cases) {
      String where = c.request().id() + " as of " + c.asOf() + ": ";
      Decision left;
      Decision right;
      try {
        left = expected.evaluate(c.request(), c.asOf());
      } catch (InvalidRequestException e) {
        left = null;
      }
      try {
        right = actual.evaluate(c.request(), c.asOf());
      } catch (InvalidRequestException e) {
        right = null;
      }
      if (left == null && right == null) {
        rejected++;
      } else if (left == null || right == null) {
        differences.add(where + (left == null ? "only the first" : "only the second") + " rejects it");
      } else if (!comparable(left).equals(comparable(right))) {
        differences.add(where + "\n  first:  " + comparable(left) + "\n  second: " + comparable(right));
      }
    }
    return new Report(cases.size(), rejected, List.copyOf(differences));
  }

  /** The decision without what may rightly differ: its policy version and the firing order. */
  private static Decision comparable(Decision decision) {
    Set<String> fired = new TreeSet<>(decision.firedRules());
    return new Decision(
        decision.requestId(),
        decision.kind(),
        decision.outcome(),
        decision.asOf(),
        decision.editions(),
        decision.findings(),
        List.copyOf(fired),
        "-");
  }
}
