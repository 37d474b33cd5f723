package dev.csprules.api;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Bad input: the request was not evaluated. Names every problem found, each with its path, so a
 * caller can fix them all at once.
 */
public final class InvalidRequestException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final transient List<Problem> problems;

  public InvalidRequestException(List<Problem> problems) {
    super(describe(problems));
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("an invalid request needs at least one problem");
    }
    this.problems = List.copyOf(problems);
  }

  public List<Problem> problems() {
    return problems;
  }

  private static String describe(List<Problem> problems) {
    String header =
        problems.size() == 1
            ? "invalid request: 1 problem"
            : "invalid request: " + problems.size() + " problems";
    return problems.stream()
        .map(problem -> "  " + problem)
        .collect(Collectors.joining("\n", header + "\n", ""));
  }
}
