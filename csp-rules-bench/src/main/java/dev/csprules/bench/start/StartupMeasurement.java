package dev.csprules.bench.start;

import dev.csprules.bench.ChildJvm;
import java.util.ArrayList;
import java.util.List;

/**
 * Times engine start from outside: starts {@link StartupProbe} in fresh JVMs (default options) and
 * takes the time from starting the process to reading its {@code ready} line (engine built) and
 * its {@code decided} line (first decision taken). The modes take turns, so a busy spell on the
 * machine hits both alike; the median of the runs is reported, with the fastest and slowest.
 */
public final class StartupMeasurement {
  /** One mode's runs, in milliseconds. */
  public record Result(String mode, List<Long> readyMillis, List<Long> firstDecisionMillis) {
    public long medianReady() {
      return median(readyMillis);
    }

    public long medianFirstDecision() {
      return median(firstDecisionMillis);
    }
  }

  private StartupMeasurement() {}

  public static List<Result> measure(List<String> modes, int runs) {
    List<List<Long>> ready = new ArrayList<>();
    List<List<Long>> decided = new ArrayList<>();
    modes.forEach(mode -> {
      ready.add(new ArrayList<>());
      decided.add(new ArrayList<>());
    });
    for (int run = 0; run < runs; run++) {
      for (int m = 0; m < modes.size(); m++) {
        for (ChildJvm.Line line : ChildJvm.run(List.of(), StartupProbe.class, modes.get(m))) {
          if (line.text().equals("ready")) {
            ready.get(m).add(line.nanosSinceStart() / 1_000_000);
          } else if (line.text().startsWith("decided")) {
            decided.get(m).add(line.nanosSinceStart() / 1_000_000);
          }
        }
      }
    }
    List<Result> results = new ArrayList<>();
    for (int m = 0; m < modes.size(); m++) {
      results.add(new Result(modes.get(m), List.copyOf(ready.get(m)), List.copyOf(decided.get(m))));
    }
    return results;
  }

  static long median(List<Long> values) {
    List<Long> sorted = values.stream().sorted().toList();
    return sorted.get(sorted.size() / 2);
  }
}
