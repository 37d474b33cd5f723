package dev.csprules.api;

/**
 * Where an engine reports every decision it takes, for audits and replay. An engine calls
 * {@link #record} on the deciding thread once per decision (single, explained or in a batch), so
 * an implementation must return at once and never throw: hand the record to a thread of its own
 * and count, rather than raise, what it could not write.
 *
 * <p>The log belongs to whoever made it: close it after the last decision to flush what is
 * queued.
 */
public interface DecisionLog extends AutoCloseable {

  void record(DecisionRecord record);

  /** Writes out everything recorded so far and releases the log's resources. */
  @Override
  void close();
}
