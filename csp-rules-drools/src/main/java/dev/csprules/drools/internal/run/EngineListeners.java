package dev.csprules.drools.internal.run;

import dev.csprules.api.DecisionKind;
import dev.csprules.api.EngineListener;
import dev.csprules.api.Outcome;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The engine's listeners as one: tells each in turn, and keeps a listener that throws from
 * breaking a decision, a batch or a reload, or from keeping the others from hearing.
 */
public final class EngineListeners implements EngineListener {
  private static final Logger LOG = LoggerFactory.getLogger(EngineListeners.class);

  private final List<EngineListener> listeners;

  public EngineListeners(List<EngineListener> listeners) {
    this.listeners = List.copyOf(listeners);
  }

  @Override
  public void decided(DecisionKind kind, Outcome outcome, Duration took) {
    tell("decided", listener -> listener.decided(kind, outcome, took));
  }

  @Override
  public void rejected(DecisionKind kind, Duration took) {
    tell("rejected", listener -> listener.rejected(kind, took));
  }

  @Override
  public void failed(DecisionKind kind, Duration took) {
    tell("failed", listener -> listener.failed(kind, took));
  }

  @Override
  public void batchResult(BatchResultKind kind) {
    tell("batchResult", listener -> listener.batchResult(kind));
  }

  @Override
  public void reloaded(String previousVersion, String newVersion) {
    tell("reloaded", listener -> listener.reloaded(previousVersion, newVersion));
  }

  @Override
  public void reloadRefused(String runningVersion, Exception reason) {
    tell("reloadRefused", listener -> listener.reloadRefused(runningVersion, reason));
  }

  private void tell(String event, Consumer<EngineListener> call) {
    for (EngineListener listener : listeners) {
      try {
        call.accept(listener);
      } catch (RuntimeException e) {
        // The type only: a message could quote anything the listener held.
        LOG.warn(
            "engine listener {} threw {} on {}; ignored",
            listener.getClass().getName(),
            e.getClass().getName(),
            event);
      }
    }
  }
}
