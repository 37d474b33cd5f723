package dev.csprules.drools;

/**
 * Hears how reloads of the policy went. Called on the thread that reloaded; keep it quick. Both
 * methods do nothing unless overridden.
 */
public interface ReloadListener {

  /** The new policy passed every check and now decides every new request. */
  default void reloaded(String previousVersion, String newVersion) {}

  /** The change failed a check; the running policy ({@code runningVersion}) stays in place. */
  default void reloadFailed(String runningVersion, Exception reason) {}
}
