package dev.csprules.testkit.internal;

import dev.csprules.testkit.Location;
import dev.csprules.testkit.ScenarioFileException;
import dev.csprules.testkit.ScenarioProblem;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Collects every problem of a read, so that one run of the reader reports them all. A fixture
 * used by fifty scenarios is read fifty times: a problem at the same place, field and message is
 * kept once, under the path it was first met at.
 */
public final class Problems {
  private final List<ScenarioProblem> problems = new ArrayList<>();
  private final Set<String> seen = new HashSet<>();
  private final Set<String> paths = new HashSet<>();

  /**
   * @param path the field the problem is with, such as {@code order.lines[0].quantity}; empty for
   *     the file as a whole
   */
  public void add(Location location, String path, String message) {
    String field = path.substring(path.lastIndexOf('.') + 1);
    paths.add(path);
    if (seen.add(location + "|" + field + "|" + message)) {
      problems.add(new ScenarioProblem(location, path.isEmpty() ? message : path + ": " + message));
    }
  }

  /** A problem with a value, at its place. */
  public void at(Value value, String path, String message) {
    add(value.location(), path, message);
  }

  /**
   * Whether a problem was reported at {@code path} or at a field that holds it: a value the reader
   * could not read stands in as a default, and what the engine says of the default is no news.
   */
  boolean covers(String path) {
    for (int end = path.length(); end > 0; end = Math.max(path.lastIndexOf('.', end - 1), path.lastIndexOf('[', end - 1))) {
      if (paths.contains(path.substring(0, end))) {
        return true;
      }
    }
    return false;
  }

  public int count() {
    return problems.size();
  }

  /** In file order (files as first met), then by line and column. */
  public List<ScenarioProblem> all() {
    List<Path> files = problems.stream().map(problem -> problem.location().file()).distinct().toList();
    return problems.stream()
        .sorted(
            Comparator.comparingInt((ScenarioProblem problem) -> files.indexOf(problem.location().file()))
                .thenComparingInt(problem -> problem.location().line())
                .thenComparingInt(problem -> problem.location().column()))
        .toList();
  }

  /** Throws when anything was found. */
  public void throwIfAny() {
    if (!problems.isEmpty()) {
      throw new ScenarioFileException(all());
    }
  }
}
