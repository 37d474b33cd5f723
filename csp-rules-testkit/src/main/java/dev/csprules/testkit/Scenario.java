package dev.csprules.testkit;

import dev.csprules.api.PolicyRequest;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One rule scenario: a request, the day it is decided on, and what the decision must be.
 *
 * @param description free text for people; blank when none was written
 * @param location where the scenario starts in its file
 * @param skip why the scenario is not run; empty when it runs
 */
public record Scenario(
    String name,
    String description,
    Location location,
    LocalDate asOf,
    PolicyRequest request,
    Expectation expect,
    Optional<String> skip) {

  public Scenario {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(location, "location");
    Objects.requireNonNull(asOf, "asOf");
    Objects.requireNonNull(request, "request");
    Objects.requireNonNull(expect, "expect");
    Objects.requireNonNull(skip, "skip");
  }
}
