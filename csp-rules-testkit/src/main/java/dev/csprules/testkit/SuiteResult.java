package dev.csprules.testkit;

import java.util.List;

/** How a run of scenarios went, in the order the scenarios were given. */
public record SuiteResult(List<ScenarioResult> results) {
  public SuiteResult {
    results = List.copyOf(results);
  }

  public long passed() {
    return count(ScenarioResult.Status.PASSED);
  }

  public long failed() {
    return count(ScenarioResult.Status.FAILED);
  }

  public long skipped() {
    return count(ScenarioResult.Status.SKIPPED);
  }

  public List<ScenarioResult> failures() {
    return results.stream().filter(ScenarioResult::failed).toList();
  }

  /** {@code N passed, N failed}, and {@code , N skipped} when any was. */
  public String summary() {
    return passed() + " passed, " + failed() + " failed" + (skipped() > 0 ? ", " + skipped() + " skipped" : "");
  }

  private long count(ScenarioResult.Status status) {
    return results.stream().filter(result -> result.status() == status).count();
  }
}
