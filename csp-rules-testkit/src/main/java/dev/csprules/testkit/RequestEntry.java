package dev.csprules.testkit;

import dev.csprules.api.PolicyRequest;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A request read from a file to be evaluated: a request file's one request, or each request of a
 * scenario file.
 *
 * @param name the scenario's name, or the request's id for a request file
 * @param asOf the date the file gives; empty when it gives none
 */
public record RequestEntry(
    String name, Location location, Optional<LocalDate> asOf, PolicyRequest request) {
  public RequestEntry {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(location, "location");
    Objects.requireNonNull(asOf, "asOf");
    Objects.requireNonNull(request, "request");
  }
}
