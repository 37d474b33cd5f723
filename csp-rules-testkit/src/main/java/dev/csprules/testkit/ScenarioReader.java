package dev.csprules.testkit;

import dev.csprules.api.PolicyEngine;
import dev.csprules.testkit.internal.Problems;
import dev.csprules.testkit.internal.ScenarioFileReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Reads scenario files (YAML or JSON) and request files; see docs/scenarios.md for the format.
 * Each method reads everything it is given before failing, and fails with every problem found.
 *
 * <pre>{@code
 * List<ScenarioFile> files = ScenarioReader.readAll(List.of(Path.of("scenarios")));
 * }</pre>
 */
public final class ScenarioReader {
  private static final List<String> EXTENSIONS = List.of(".yaml", ".yml", ".json");

  private ScenarioReader() {}

  /**
   * The scenario files under the paths, in path order: a file as given; a folder searched at every
   * depth for {@code .yaml}, {@code .yml} and {@code .json} files, leaving out the names that start
   * with {@code _} (shared fixtures) or {@code .} (hidden).
   *
   * @throws ScenarioFileException when a path does not exist or a folder holds no scenario file
   */
  public static List<Path> find(Collection<Path> paths) {
    Problems problems = new Problems();
    Set<Path> files = new LinkedHashSet<>();
    for (Path given : paths) {
      // ./scenarios and scenarios/ name the same files: normalised, each is run once.
      Path path = given.normalize();
      if (Files.isDirectory(path)) {
        List<Path> found = scenarioFilesUnder(path);
        if (found.isEmpty()) {
          problems.add(Location.startOf(path), "", "no scenario file (.yaml, .yml, .json) in this folder");
        }
        files.addAll(found);
      } else if (Files.isRegularFile(path)) {
        files.add(path);
      } else {
        problems.add(Location.startOf(path), "", "no such file or folder");
      }
    }
    problems.throwIfAny();
    return List.copyOf(files);
  }

  /**
   * @throws ScenarioFileException naming every problem in the file
   */
  public static ScenarioFile read(Path file) {
    return read(file, new ScenarioFileReader());
  }

  /**
   * The scenarios of a file, naming with the file's problems what {@code engine} finds wrong with
   * any request the file could not give cleanly (see {@link PolicyEngine#problems}).
   *
   * @throws ScenarioFileException naming every problem in the file
   */
  public static ScenarioFile read(Path file, PolicyEngine engine) {
    return read(file, new ScenarioFileReader(Optional.of(engine), Optional.empty()));
  }

  private static ScenarioFile read(Path file, ScenarioFileReader reader) {
    Optional<ScenarioFile> read = reader.scenarios(file);
    reader.problems().throwIfAny();
    return read.orElseThrow();
  }

  /**
   * Every scenario file under the paths (see {@link #find}).
   *
   * @throws ScenarioFileException naming every problem in every file
   */
  public static List<ScenarioFile> readAll(Collection<Path> paths) {
    return readAll(paths, new ScenarioFileReader());
  }

  /**
   * Every scenario file under the paths, as {@link #read(Path, PolicyEngine)} reads each.
   *
   * @throws ScenarioFileException naming every problem in every file
   */
  public static List<ScenarioFile> readAll(Collection<Path> paths, PolicyEngine engine) {
    return readAll(paths, new ScenarioFileReader(Optional.of(engine), Optional.empty()));
  }

  private static List<ScenarioFile> readAll(Collection<Path> paths, ScenarioFileReader reader) {
    List<Path> files = find(paths);
    List<ScenarioFile> read = new ArrayList<>();
    files.forEach(file -> reader.scenarios(file).ifPresent(read::add));
    reader.problems().throwIfAny();
    return read;
  }

  /**
   * The requests in a file, to evaluate: a request file's request, or each scenario's.
   *
   * @throws ScenarioFileException naming every problem in the file
   */
  public static List<RequestEntry> readRequests(Path file) {
    return readRequests(file, new ScenarioFileReader());
  }

  /**
   * The requests in a file, naming with the file's problems what {@code engine} finds wrong with
   * any request the file could not give cleanly: one report, each problem at its file, line and
   * column and with its field path.
   *
   * @param asOf the date the requests are to be decided on whatever the file says, if any
   * @throws ScenarioFileException naming every problem in the file
   */
  public static List<RequestEntry> readRequests(Path file, PolicyEngine engine, Optional<LocalDate> asOf) {
    return readRequests(file, new ScenarioFileReader(Optional.of(engine), asOf));
  }

  private static List<RequestEntry> readRequests(Path file, ScenarioFileReader reader) {
    List<RequestEntry> requests = reader.requests(file);
    reader.problems().throwIfAny();
    return requests;
  }

  private static List<Path> scenarioFilesUnder(Path folder) {
    try (Stream<Path> walk = Files.walk(folder)) {
      return walk.filter(Files::isRegularFile)
          .filter(file -> isScenarioFileName(file.getFileName().toString()))
          .filter(file -> !hidden(folder.relativize(file)))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot search " + folder, e);
    }
  }

  private static boolean isScenarioFileName(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    return !name.startsWith("_") && !name.startsWith(".") && EXTENSIONS.stream().anyMatch(lower::endsWith);
  }

  private static boolean hidden(Path relative) {
    for (Path part : relative) {
      if (part.toString().startsWith(".")) {
        return true;
      }
    }
    return false;
  }
}
