package dev.csprules.spring.boot;

import dev.csprules.api.EngineListener;
import java.time.Clock;
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
    last.set(new LastReload(clock.instant(), false, newVersion, Optional.empty()));
  }

  @Override
  public void reloadRefused(String runningVersion, Exception reason) {
    String firstLine = String.valueOf(reason.getMessage()).lines().findFirst().orElse("");
    last.set(new LastReload(clock.instant(), true, runningVersion, Optional.of(firstLine)));
  }
}
