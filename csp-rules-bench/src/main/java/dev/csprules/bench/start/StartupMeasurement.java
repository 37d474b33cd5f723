package dev.csprules.bench.start;

import dev.csprules.bench.ChildJvm;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Times engine start from outside: starts fresh JVMs and takes the time from starting the process
 * to reading its {@code ready} line (engine built, printed by {@link StartupProbe} only) and its
 * first line after that (the first decision taken: {@code decided} from the probe, the decision
 * itself from the command line). The modes take turns, so a busy spell on the machine hits all
 * alike; the median of the runs is reported, with the fastest and slowest.
 *
 * <p>A mode with class data sharing (AppCDS) first runs once to write the archive of the classes
 * it loads ({@code -XX:ArchiveClassesAtExit}), as {@code ./csp-rules} does on its first run after
 * a build; the timed runs then map it ({@code -XX:SharedArchiveFile}).
 */
public final class StartupMeasurement {
  /** The command line's jar, relative to the repository root the report runs in. */
  public static final Path CLI_JAR = Path.of("csp-rules-cli", "target", "csp-rules.jar");

  /** The JVM options {@code ./csp-rules} runs the command line with. */
  public static final List<String> CLI_OPTIONS = List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC");

  /** The JVM's notes about the archive are printed on stdout; they are not the child's lines. */
  private static final String QUIET_CDS = "-Xlog:cds*=off";

  /**
   * One way to start: the arguments {@code java} gets (without the class data sharing options),
   * and whether it maps a class data archive.
   */
  public record Mode(String name, List<String> javaArguments, boolean classDataSharing) {
    Mode withClassDataSharing() {
      return new Mode(name + ", AppCDS", javaArguments, true);
    }
  }

  /** One mode's runs, in milliseconds; no ready times for the command line, which prints none. */
  public record Result(Mode mode, List<Long> readyMillis, List<Long> firstDecisionMillis) {
    public boolean hasReady() {
      return !readyMillis.isEmpty();
    }

    public long medianReady() {
      return median(readyMillis);
    }

    public long medianFirstDecision() {
      return median(firstDecisionMillis);
    }
  }

  private StartupMeasurement() {}

  /**
   * The library on the built-in rules (precompiled), with and without class data sharing; the
   * same rules compiled at run time, as a policy folder's are; and, when its jar is built, the
   * command line deciding one request file as {@code ./csp-rules} runs it, with and without.
   */
  public static List<Mode> modes() {
    Mode library = probe("library", "precompiled");
    List<Mode> modes = new ArrayList<>(List.of(library, library.withClassDataSharing(), probe("library, rules compiled at run time", "compiled-at-run-time")));
    if (Files.isRegularFile(CLI_JAR)) {
      List<String> arguments = new ArrayList<>(CLI_OPTIONS);
      arguments.addAll(List.of("-jar", CLI_JAR.toString(), "evaluate", "examples/direct-bill-application.yaml"));
      Mode cli = new Mode("command line", List.copyOf(arguments), false);
      modes.addAll(List.of(cli, cli.withClassDataSharing()));
    }
    return modes;
  }

  private static Mode probe(String name, String probeMode) {
    return new Mode(
        name, List.of("-cp", System.getProperty("java.class.path"), StartupProbe.class.getName(), probeMode), false);
  }

  public static List<Result> measure(List<Mode> modes, int runs) {
    Path archives = temporaryFolder();
    try {
      List<List<String>> commands = new ArrayList<>();
      for (int m = 0; m < modes.size(); m++) {
        commands.add(command(modes.get(m), archives.resolve(m + ".jsa")));
      }
      List<List<Long>> ready = new ArrayList<>();
      List<List<Long>> decided = new ArrayList<>();
      modes.forEach(mode -> {
        ready.add(new ArrayList<>());
        decided.add(new ArrayList<>());
      });
      for (int run = 0; run < runs; run++) {
        for (int m = 0; m < modes.size(); m++) {
          boolean readySeen = false;
          boolean decidedSeen = false;
          for (ChildJvm.Line line : ChildJvm.run(commands.get(m))) {
            long millis = line.nanosSinceStart() / 1_000_000;
            if (line.text().equals("ready") && !readySeen) {
              ready.get(m).add(millis);
              readySeen = true;
            } else if (!decidedSeen) {
              decided.get(m).add(millis);
              decidedSeen = true;
            }
          }
        }
      }
      List<Result> results = new ArrayList<>();
      for (int m = 0; m < modes.size(); m++) {
        results.add(new Result(modes.get(m), List.copyOf(ready.get(m)), List.copyOf(decided.get(m))));
      }
      return results;
    } finally {
      delete(archives);
    }
  }

  /** The mode's command; with class data sharing, after one run that writes the archive. */
  private static List<String> command(Mode mode, Path archive) {
    if (!mode.classDataSharing()) {
      return mode.javaArguments();
    }
    List<String> writing = new ArrayList<>(List.of("-XX:ArchiveClassesAtExit=" + archive, QUIET_CDS));
    writing.addAll(mode.javaArguments());
    ChildJvm.run(writing);
    if (!Files.isRegularFile(archive)) {
      throw new IllegalStateException("no class data archive was written for " + mode.name());
    }
    List<String> mapping = new ArrayList<>(List.of("-XX:SharedArchiveFile=" + archive, QUIET_CDS));
    mapping.addAll(mode.javaArguments());
    return mapping;
  }

  private static Path temporaryFolder() {
    try {
      return Files.createTempDirectory("csp-rules-start");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void delete(Path folder) {
    try (Stream<Path> files = Files.list(folder)) {
      for (Path file : files.toList()) {
        Files.deleteIfExists(file);
      }
      Files.deleteIfExists(folder);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static long median(List<Long> values) {
    List<Long> sorted = values.stream().sorted().toList();
    return sorted.get(sorted.size() / 2);
  }
}
