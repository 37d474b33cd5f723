package dev.csprules.spring.boot;

import dev.csprules.api.EngineListener;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/** Remembers the engine's last reload, for the health indicator. */
public final class PolicyReloads implements EngineListener {
  private final Clock clock;
  private final AtomicReference<LastReload> last = new AtomicReference<>();

  public PolicyReloads(Clock clock) {
    this.clock = clock;
  }

  /** Empty while the policy has not been reloaded since the engine started. */
  public Optional<LastReload> last() {
    return Optional.ofNullable(last.get());
  }

  @Override
  public void reloaded(String previousVersion, String newVersion) {
    last.set(new LastReload(clock.instant(), false, newVersion, List.of()));
  }

  @Override
  public void reloadRefused(String runningVersion, Exception reason) {
    // A PolicyLoadException's message is a header and a line per problem, at its file and line.
    String message = Objects.toString(reason.getMessage(), reason.getClass().getSimpleName());
    List<String> lines = message.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
    last.set(new LastReload(clock.instant(), true, runningVersion, lines));
  }
}
