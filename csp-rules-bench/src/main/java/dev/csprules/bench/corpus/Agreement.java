package dev.csprules.bench.corpus;

import dev.csprules.api.Decision;
import dev.csprules.api.InvalidRequestException;
import dev.csprules.api.PolicyRequest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Decides every case with a reference engine and a candidate and lists where they differ. Two
 * decisions agree when they are equal in everything but the policy version and the order the
 * rules fired in: outcome, editions, every finding with its facts, messages and citations, and the
 * set of rules that fired. A case the reference rejects as bad input is left out (the yardstick
 * does not validate input; judging it is the engine's extra work). Any list of cases can be
 * checked: the generated corpus now, the scenario suite once it exists.
 */
public final class Agreement {
  /** The cases given, how many the reference rejected as bad input, and a line per difference. */
  public record Report(int cases, int rejected, List<String> differences) {
    public boolean agrees() {
      return differences.isEmpty();
    }
  }

  private Agreement() {}

  /** A way to decide: an engine's evaluate, the yardstick's, or a loaded policy's decide. */
  public interface Decider {
    Decision decide(PolicyRequest request, LocalDate asOf);
  }

  public static Report check(Decider reference, Decider candidate, List<RequestCorpus.Case> cases) {
    List<String> differences = new ArrayList<>();
    int rejected = 0;
    for (RequestCorpus.Case c : cases) {
      String where = c.request().id() + " as of " + c.asOf() + ": ";
      Decision expected;
      try {
        expected = reference.decide(c.request(), c.asOf());
      } catch (InvalidRequestException e) {
        rejected++;
        continue;
      }
      try {
        Decision actual = candidate.decide(c.request(), c.asOf());
        if (!comparable(expected).equals(comparable(actual))) {
          differences.add(
              where + "\n  expected: " + comparable(expected) + "\n  actual:   " + comparable(actual));
        }
      } catch (InvalidRequestException e) {
        differences.add(where + "only the candidate rejects it: " + e.getMessage());
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
