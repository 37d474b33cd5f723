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
  /** Each path a problem was reported at, every path above one, and each object whose fixture failed. */
  private final Set<String> paths = new HashSet<>();
  private final Set<String> above = new HashSet<>();
  private final Set<String> standIns = new HashSet<>();

  /**
   * @param path the field the problem is with, such as {@code order.lines[0].quantity}; empty for
   *     the file as a whole
   */
  public void add(Location location, String path, String message) {
    String field = path.substring(path.lastIndexOf('.') + 1);
    paths.add(path);
    for (String holder = parent(path); !holder.isEmpty(); holder = parent(holder)) {
      above.add(holder);
    }
    if (path.endsWith("." + Fixtures.USE)) {
      standIns.add(parent(path));
    }
    if (seen.add(location + "|" + field + "|" + message)) {
      problems.add(new ScenarioProblem(location, path.isEmpty() ? message : path + ": " + message));
    }
  }

  /** A problem with a value, at its place. */
  public void at(Value value, String path, String message) {
    add(value.location(), path, message);
  }

  /**
   * Whether a problem the reader reported explains one at {@code path}: it is at that path, at a
   * field that holds it, or at a part of it (an unreadable list item leaves the list short), or
   * the fixture of an object holding it could not be used. What could not be read stands in as a
   * default, and what the engine says of the default is no news.
   */
  boolean covers(String path) {
    if (above.contains(path)) {
      return true;
    }
    for (String at = path; !at.isEmpty(); at = parent(at)) {
      if (paths.contains(at) || standIns.contains(at)) {
        return true;
      }
    }
    return false;
  }

  /** {@code a.b[1]} for {@code a.b[1].c}, {@code a.b} for {@code a.b[1]}, empty at the top. */
  private static String parent(String path) {
    int end = Math.max(path.lastIndexOf('.'), path.lastIndexOf('['));
    return end < 0 ? "" : path.substring(0, end);
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
