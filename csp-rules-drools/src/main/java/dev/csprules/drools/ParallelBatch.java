package dev.csprules.drools;

import dev.csprules.api.BatchResult;
import dev.csprules.api.PolicyEngine;
import dev.csprules.api.PolicyRequest;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.FutureTask;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.jspecify.annotations.Nullable;

/**
 * The batch behind {@link DroolsPolicyEngine#evaluateAll}: reads requests in chunks, decides the
 * chunks on worker threads while the consumer takes results, and hands results back in request
 * order.
 *
 * <p>At most {@link #chunksAhead} chunks (two per thread) are read ahead of the consumer, so memory
 * is bounded by the chunk size, not the batch size. The workers are the caller's executor when it
 * gives one (as OkHttp's Dispatcher takes an ExecutorService), or else threads of the batch's own:
 * daemon threads that end once the batch is read to its end or closed, or after a second with
 * nothing to do, so an abandoned stream leaves no thread behind. Not the common fork-join pool by
 * default: it has one thread fewer than the machine has cores, and it is shared with whatever else
 * the application runs.
 *
 * <p>Public for engines other than {@link DroolsPolicyEngine} that want the same batch, such as a
 * decorator around it or the hand-written yardstick the benchmarks compare it with.
 */
public final class ParallelBatch implements Iterator<BatchResult> {
  /**
   * Requests per task: enough that handing a task over costs little against deciding it (a
   * decision takes microseconds), few enough that results start flowing at once.
   */
  static final int CHUNK = 256;

  private static final AtomicInteger BATCHES = new AtomicInteger();

  /** Decides one chunk: one result per request, in order, positions counted from {@code first}. */
  interface Chunks {
    List<BatchResult> decide(List<@Nullable PolicyRequest> chunk, long first);
  }

  private final Chunks chunks;
  private final Iterator<? extends @Nullable PolicyRequest> requests;
  private final Executor workers;
  private final @Nullable ThreadPoolExecutor ownWorkers;
  private final int chunksAhead;
  private boolean ended;
  private final Deque<FutureTask<List<BatchResult>>> pending = new ArrayDeque<>();
  private Iterator<BatchResult> current = Collections.emptyIterator();
  private long read;

  private ParallelBatch(
      Chunks chunks,
      Iterator<? extends @Nullable PolicyRequest> requests,
      @Nullable Executor executor,
      int threads) {
    this.chunks = chunks;
    this.requests = requests;
    this.ownWorkers = executor == null ? ownWorkers(threads) : null;
    this.workers = executor == null ? ownWorkers : executor;
    // Two chunks per worker: one being decided, one ready for when it is done.
    this.chunksAhead = 2 * threads;
  }

  private static ThreadPoolExecutor ownWorkers(int cores) {
    String name = "csp-rules-batch-" + BATCHES.incrementAndGet() + "-worker-";
    AtomicInteger count = new AtomicInteger();
    ThreadPoolExecutor workers =
        new ThreadPoolExecutor(
            cores,
            cores,
            1,
            TimeUnit.SECONDS,
            new LinkedBlockingQueue<>(),
            task -> {
              Thread thread = new Thread(task, name + count.incrementAndGet());
              thread.setDaemon(true);
              return thread;
            });
    workers.allowCoreThreadTimeOut(true);
    return workers;
  }

  /**
   * Decides {@code requests} with {@code engine}, each through {@link PolicyEngine#evaluate}, in
   * chunks on worker threads as {@link DroolsPolicyEngine#evaluateAll} does.
   *
   * @param engine decides each request
   * @param requests the requests, read once, in order
   * @param asOf the day whose policy applies
   * @param executor runs the chunks; null for threads of the batch's own
   * @param threads how many chunks are decided at once: the own threads, or the share of the
   *     caller's executor the batch may take
   * @return one result per request, in request order; closing it closes {@code requests}
   */
  public static Stream<BatchResult> stream(
      PolicyEngine engine,
      Stream<? extends @Nullable PolicyRequest> requests,
      LocalDate asOf,
      @Nullable Executor executor,
      int threads) {
    return stream(oneByOne(engine, asOf), requests, executor, threads);
  }

  /** {@link #stream(PolicyEngine, Stream, LocalDate, Executor, int)} with chunks decided by {@code chunks}. */
  static Stream<BatchResult> stream(
      Chunks chunks,
      Stream<? extends @Nullable PolicyRequest> requests,
      @Nullable Executor executor,
      int threads) {
    ParallelBatch batch = new ParallelBatch(chunks, requests.iterator(), executor, threads);
    return StreamSupport.stream(
            Spliterators.spliteratorUnknownSize(
                batch, Spliterator.ORDERED | Spliterator.NONNULL), false)
        .onClose(batch::cancel)
        .onClose(requests::close);
  }

  // Synchronized only against a caller turning the result stream parallel: then several threads
  // may pull from this iterator, and the requests iterator it reads is not thread-safe.
  @Override
  public synchronized boolean hasNext() {
    while (!current.hasNext()) {
      readAhead();
      FutureTask<List<BatchResult>> next = pending.poll();
      if (next == null) {
        end();
        return false;
      }
      current = resultsOf(next).iterator();
    }
    return true;
  }

  @Override
  public synchronized BatchResult next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    return current.next();
  }

  private void readAhead() {
    while (pending.size() < chunksAhead && !ended && requests.hasNext()) {
      List<@Nullable PolicyRequest> chunk = new ArrayList<>(CHUNK);
      while (chunk.size() < CHUNK && requests.hasNext()) {
        chunk.add(requests.next());
      }
      long first = read;
      read += chunk.size();
      FutureTask<List<BatchResult>> task = new FutureTask<>(() -> chunks.decide(chunk, first));
      pending.add(task);
      workers.execute(task);
    }
  }

  /** Each request of a chunk decided with {@link PolicyEngine#evaluate}, one after the other. */
  static Chunks oneByOne(PolicyEngine engine, LocalDate asOf) {
    return (chunk, first) -> {
      List<BatchResult> results = new ArrayList<>(chunk.size());
      for (int i = 0; i < chunk.size(); i++) {
        results.add(BatchResult.of(engine, chunk.get(i), first + i, asOf));
      }
      return results;
    };
  }

  private static List<BatchResult> resultsOf(FutureTask<List<BatchResult>> task) {
    try {
      return task.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new CancellationException("interrupted while waiting for a batch result");
    } catch (ExecutionException e) {
      // Each request's own failure is a result; only an Error (out of memory, say) gets here.
      if (e.getCause() instanceof Error error) {
        throw error;
      }
      throw new IllegalStateException("a batch task failed", e.getCause());
    }
  }

  /** Stops chunks not started yet, for a consumer that closes the stream before its end. */
  private synchronized void cancel() {
    pending.forEach(task -> task.cancel(false));
    pending.clear();
    end();
  }

  /** Reads no more; the batch's own threads go, a caller's executor is the caller's to stop. */
  private void end() {
    ended = true;
    if (ownWorkers != null) {
      ownWorkers.shutdown();
    }
  }
}
