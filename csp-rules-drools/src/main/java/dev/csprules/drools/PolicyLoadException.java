package dev.csprules.drools;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The policy could not be loaded: a rule does not compile or lacks its metadata, or a data file
 * does not parse. Names every problem, each as {@code file:line: message} where the line is
 * known. A running engine is never replaced by a policy that fails to load.
 */
public final class PolicyLoadException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient List<String> problems;

  public PolicyLoadException(List<String> problems) {
    super(describe(problems));
    this.problems = List.copyOf(problems);
  }

  public List<String> problems() {
    return problems;
  }

  private static String describe(List<String> problems) {
    String header =
        "the policy did not load: "
            + problems.size()
            + (problems.size() == 1 ? " problem" : " problems");
    return problems.stream().map(p -> "  " + p).collect(Collectors.joining("\n", header + "\n", ""));
  }
}
