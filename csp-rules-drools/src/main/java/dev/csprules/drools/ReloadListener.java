package dev.csprules.drools;

import dev.csprules.api.EngineListener;

/**
 * The reload half of {@link EngineListener}, under its earlier name.
 *
 * @deprecated implement {@link EngineListener} and register it with {@link
 *     DroolsPolicyEngine.Builder#listener}; this stays only until code written against it has
 *     moved.
 */
@Deprecated(forRemoval = true)
public interface ReloadListener extends EngineListener {

  /** The change failed a check; the running policy ({@code runningVersion}) stays in place. */
  default void reloadFailed(String runningVersion, Exception reason) {}

  @Override
  default void reloadRefused(String runningVersion, Exception reason) {
    reloadFailed(runningVersion, reason);
  }
}
