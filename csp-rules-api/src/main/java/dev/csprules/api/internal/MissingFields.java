package dev.csprules.api.internal;

import dev.csprules.api.InvalidRequestException;
import dev.csprules.api.Problem;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What a builder checks before it builds: every field not set is noted, and {@link #check} then
 * throws once, naming them all, rather than at the first as a record's constructor does.
 */
public final class MissingFields {
  private final List<Problem> problems = new ArrayList<>();

  /** Notes {@code path} as missing when {@code value} is null. */
  public MissingFields require(@Nullable Object value, String path) {
    if (value == null) {
      problems.add(Problem.missing(path));
    }
    return this;
  }

  /** Notes {@code path} when the list holds nothing. */
  public MissingFields requireOne(List<?> values, String path) {
    if (values.isEmpty()) {
      problems.add(new Problem(path, "needs at least one"));
    }
    return this;
  }

  /**
   * @throws InvalidRequestException naming every field noted, when any was
   */
  public void check() {
    if (!problems.isEmpty()) {
      throw new InvalidRequestException(problems);
    }
  }
}
