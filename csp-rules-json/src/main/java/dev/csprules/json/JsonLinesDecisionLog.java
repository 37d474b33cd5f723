package dev.csprules.json;

import dev.csprules.api.DecisionLog;
import dev.csprules.api.DecisionRecord;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A decision log written as JSON Lines, one {@link LoggedDecision} per line, its request masked.
 *
 * <p>The deciding thread only puts the record on a bounded queue; a thread of the log's own masks,
 * hashes, writes and flushes it, so writing never slows a decision and a failing disk never fails
 * one. When the queue is full the log either waits for room ({@link WhenFull#BLOCK}) or drops the
 * record ({@link WhenFull#DROP}); records dropped or lost to a failed write are counted ({@link
 * #dropped()}, {@link #failed()}) and warned about, never lost silently. A file that would grow
 * past its size limit is renamed ({@code decisions.jsonl} to {@code decisions.jsonl.1}, then
 * {@code .2}, ...) and a new one started. {@link #close()} writes out everything queued.
 */
public final class JsonLinesDecisionLog implements DecisionLog {
  private static final Logger LOG = LoggerFactory.getLogger(JsonLinesDecisionLog.class);
  /** Records are written in one go up to this many bytes: few system calls, and a failure loses a known count. */
  private static final int CHUNK_BYTES = 64 * 1024;

  /** What {@link #record} does when the queue is full. */
  public enum WhenFull {
    /** Wait for room: every decision is logged, and a slow disk slows decisions down. */
    BLOCK,
    /** Drop the record, count it and warn: decisions never wait for the log. */
    DROP
  }

  /** Opens the file for appending; replaced in tests by one whose disk fails. */
  interface Opener {
    OutputStream open(Path file) throws IOException;
  }

  private final Path file;
  private final Masking masking;
  private final WhenFull whenFull;
  private final long maxFileBytes;
  private final Opener opener;
  private final BlockingQueue<Object> queue;
  private final Thread writer;
  private final AtomicLong written = new AtomicLong();
  private final AtomicLong dropped = new AtomicLong();
  private final AtomicLong failed = new AtomicLong();
  private volatile boolean closed;
  private final ByteArrayOutputStream chunk = new ByteArrayOutputStream(CHUNK_BYTES + 4096);
  private int chunkRecords;
  private OutputStream out;
  private long fileBytes;
  private boolean midLine;
  private long droppedWarned;
  private boolean failing;

  private JsonLinesDecisionLog(Builder builder) {
    this.file = builder.file;
    this.masking = builder.masking;
    this.whenFull = builder.whenFull;
    this.maxFileBytes = builder.maxFileBytes;
    this.opener = builder.opener;
    this.queue = new ArrayBlockingQueue<>(builder.queueCapacity);
    try {
      this.out = opener.open(file);
      this.fileBytes = Files.exists(file) ? Files.size(file) : 0;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the decision log " + file + ": " + describe(e), e);
    }
    this.writer = new Thread(this::writeUntilClosed, "csp-rules-decision-log");
    writer.setDaemon(true);
    writer.start();
  }

  /** A log appending to {@code file} (created if missing; its folder must exist). */
  public static Builder to(Path file) {
    return new Builder(Objects.requireNonNull(file, "file"));
  }

  @Override
  public void record(DecisionRecord record) {
    if (record == null) {
      return;
    }
    if (closed) {
      dropped.incrementAndGet();
      return;
    }
    if (whenFull == WhenFull.DROP) {
      if (!queue.offer(record)) {
        dropped.incrementAndGet();
      }
      return;
    }
    try {
      queue.put(record);
    } catch (InterruptedException e) {
      dropped.incrementAndGet();
      Thread.currentThread().interrupt();
    }
  }

  /** Records written to the file. */
  public long written() {
    return written.get();
  }

  /** Records not queued: the queue was full under {@link WhenFull#DROP}, or the log was closed. */
  public long dropped() {
    return dropped.get();
  }

  /** Records queued but lost because the file could not be written (a full disk, say). */
  public long failed() {
    return failed.get();
  }

  /** Writes out every queued record, closes the file, and warns once more if any was lost. */
  @Override
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    boolean interrupted = false;
    while (true) {
      try {
        queue.put(new Object());
        writer.join();
        break;
      } catch (InterruptedException e) {
        interrupted = true;
      }
    }
    // A record that raced the close in behind the last one written is counted, not lost unseen.
    dropped.addAndGet(queue.stream().filter(DecisionRecord.class::isInstance).count());
    queue.clear();
    if (dropped.get() > 0 || failed.get() > 0) {
      LOG.warn(
          "decision log {} closed: {} records written, {} dropped (queue full), {} lost to write errors",
          file, written.get(), dropped.get(), failed.get());
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
  }

  private void writeUntilClosed() {
    List<Object> batch = new ArrayList<>();
    try {
      while (true) {
        batch.add(queue.take());
        queue.drainTo(batch, 1023);
        boolean last = false;
        for (Object item : batch) {
          if (item instanceof DecisionRecord record) {
            append(record);
          } else {
            last = true;
          }
        }
        batch.clear();
        writeChunk();
        warnOfDrops();
        if (last) {
          break;
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      closeFile();
    }
  }

  private void append(DecisionRecord record) {
    try {
      LoggedDecision.of(record, masking).writeLineTo(chunk);
      chunkRecords++;
    } catch (IOException | RuntimeException e) {
      failed.incrementAndGet();
      LOG.warn("decision {} could not be written as JSON, not logged: {}", record.decisionId(), e.toString());
    }
    if (chunk.size() >= CHUNK_BYTES) {
      writeChunk();
    }
  }

  /** Writes the records gathered so far in one write, and flushes. */
  private void writeChunk() {
    if (chunkRecords == 0) {
      return;
    }
    try {
      if (out == null) {
        out = opener.open(file);
        fileBytes = Files.exists(file) ? Files.size(file) : 0;
      }
      rotateIfFull(chunk.size());
      if (midLine) {
        // A write failed part way: end the torn fragment so these records start lines of their own.
        out.write('\n');
        midLine = false;
      }
      chunk.writeTo(out);
      out.flush();
      fileBytes += chunk.size();
      written.addAndGet(chunkRecords);
      if (failing) {
        failing = false;
        LOG.warn("decision log {} is being written again", file);
      }
    } catch (IOException e) {
      failed.addAndGet(chunkRecords);
      midLine = true;
      if (!failing) {
        failing = true;
        LOG.warn("decision log {} cannot be written ({}); decisions go on, lost records are counted", file, describe(e));
      }
    } finally {
      chunk.reset();
      chunkRecords = 0;
    }
  }

  private void rotateIfFull(int nextBytes) throws IOException {
    if (fileBytes == 0 || fileBytes + nextBytes <= maxFileBytes) {
      return;
    }
    out.close();
    out = null;
    int n = 1;
    while (Files.exists(file.resolveSibling(file.getFileName() + "." + n))) {
      n++;
    }
    Path rotated = file.resolveSibling(file.getFileName() + "." + n);
    try {
      Files.move(file, rotated);
    } catch (IOException e) {
      LOG.warn("decision log {} could not be rotated to {} ({}); it grows past its limit", file, rotated, describe(e));
    }
    out = opener.open(file);
    fileBytes = Files.exists(file) ? Files.size(file) : 0;
  }

  private void warnOfDrops() {
    long now = dropped.get();
    if (now > droppedWarned) {
      LOG.warn("decision log {}: {} records dropped, the queue being full ({} in all)", file, now - droppedWarned, now);
      droppedWarned = now;
    }
  }

  private void closeFile() {
    if (out == null) {
      return;
    }
    try {
      out.close();
    } catch (IOException e) {
      LOG.warn("decision log {} did not close cleanly ({})", file, describe(e));
    }
  }

  private static String describe(IOException e) {
    return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
  }

  /** Sets the file, masking, queue and rotation of a {@link JsonLinesDecisionLog}. */
  public static final class Builder {
    private final Path file;
    private Masking masking = Masking.defaults();
    private WhenFull whenFull = WhenFull.DROP;
    private int queueCapacity = 8_192;
    private long maxFileBytes = 64L * 1024 * 1024;
    private Opener opener =
        path -> Files.newOutputStream(path, StandardOpenOption.CREATE, StandardOpenOption.APPEND, StandardOpenOption.WRITE);

    private Builder(Path file) {
      this.file = file;
    }

    /** Which request fields are masked, and how ({@link Masking#defaults()} unless given). */
    public Builder masking(Masking masking) {
      this.masking = Objects.requireNonNull(masking, "masking");
      return this;
    }

    /** What recording does when the queue is full ({@link WhenFull#DROP} unless given). */
    public Builder whenFull(WhenFull whenFull) {
      this.whenFull = Objects.requireNonNull(whenFull, "whenFull");
      return this;
    }

    /** How many records may wait to be written (8,192 unless given). */
    public Builder queueCapacity(int records) {
      if (records < 1) {
        throw new IllegalArgumentException("queueCapacity must be at least 1, got " + records);
      }
      this.queueCapacity = records;
      return this;
    }

    /** The size past which the file is rotated (64 MiB unless given). */
    public Builder maxFileBytes(long bytes) {
      if (bytes < 1) {
        throw new IllegalArgumentException("maxFileBytes must be at least 1, got " + bytes);
      }
      this.maxFileBytes = bytes;
      return this;
    }

    Builder opener(Opener opener) {
      this.opener = opener;
      return this;
    }

    /**
     * Opens the file and starts the writing thread.
     *
     * @throws UncheckedIOException naming the file when it cannot be opened for writing
     */
    public JsonLinesDecisionLog build() {
      return new JsonLinesDecisionLog(this);
    }
  }
}
