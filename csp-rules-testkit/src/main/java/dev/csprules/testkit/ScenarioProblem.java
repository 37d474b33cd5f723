package dev.csprules.testkit;

import java.util.Objects;

/**
 * One thing wrong in a scenario file, where it is and what was expected there, such as {@code
 * scenarios/orders.yaml:12:7: order.lines[0].quantity: expected a whole number, found 'ten'}.
 */
public record ScenarioProblem(Location location, String message) {
  public ScenarioProblem {
    Objects.requireNonNull(location, "location");
    Objects.requireNonNull(message, "message");
  }

  @Override
  public String toString() {
    return location + ": " + message;
  }
}
