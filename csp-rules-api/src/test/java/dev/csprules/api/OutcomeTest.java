package dev.csprules.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class OutcomeTest {
  @Test
  void anyBlockingFindingRefusesWhateverElseIsThere() {
    List<Severity> mixed = List.of(Severity.ADVICE, Severity.REVIEW, Severity.BLOCKING);
    assertEquals(Outcome.INELIGIBLE, Outcome.of(DecisionKind.ENROLLMENT, mixed));
    assertEquals(Outcome.DENIED, Outcome.of(DecisionKind.ORDER, mixed));
  }

  @Test
  void reviewWithoutBlockingRefers() {
    assertEquals(Outcome.REFER, Outcome.of(DecisionKind.ENROLLMENT, List.of(Severity.REVIEW, Severity.ADVICE)));
    assertEquals(Outcome.REFER, Outcome.of(DecisionKind.ORDER, List.of(Severity.REVIEW)));
  }

  @Test
  void adviceNeverChangesTheOutcome() {
    assertEquals(Outcome.ELIGIBLE, Outcome.of(DecisionKind.ENROLLMENT, List.of(Severity.ADVICE)));
    assertEquals(Outcome.APPROVED, Outcome.of(DecisionKind.ORDER, List.of()));
    assertTrue(Outcome.APPROVED.allowed());
    assertFalse(Outcome.REFER.allowed());
  }
}
