package dev.csprules.testkit;

import dev.csprules.api.Decision;
import dev.csprules.api.InvalidRequestException;
import java.util.Objects;

/** What became of a scenario's request: a decision, a rejection as bad input, or a failure. */
public sealed interface Evaluation {

  /** The engine decided the request. */
  record Decided(Decision decision) implements Evaluation {
    public Decided {
      Objects.requireNonNull(decision, "decision");
    }
  }

  /** The engine rejected the request as bad input, naming every problem. */
  record Rejected(InvalidRequestException error) implements Evaluation {
    public Rejected {
      Objects.requireNonNull(error, "error");
    }
  }

  /** The engine failed while deciding: a rule threw, or the rules never settled. */
  record Failed(RuntimeException error) implements Evaluation {
    public Failed {
      Objects.requireNonNull(error, "error");
    }
  }

  /** The scenario was skipped. */
  record NotRun() implements Evaluation {}
}
