package dev.csprules.api;

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
import java.util.concurrent.FutureTask;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * The batch behind {@link PolicyEngine#evaluateAll}: reads requests in chunks, decides the chunks
 * on worker threads of its own, one per core, while the consumer takes results, and hands results
 * back in request order.
 *
 * <p>At most {@link #chunksAhead} chunks are read ahead of the consumer, so memory is bounded by
 * the chunk size, not the batch size. The workers are daemon threads that end once the batch is
 * read to its end or closed, or after a second with nothing to do, so an abandoned stream leaves
 * no thread behind. Not the common fork-join pool: it has one thread fewer than the machine has
 * cores, and it is shared with whatever else the application runs.
 */
final class ParallelBatch implements Iterator<BatchResult> {
  /**
   * Requests per task: enough that handing a task over costs little against deciding it (a
   * decision takes microseconds), few enough that results start flowing at once.
   */
  static final int CHUNK = 256;

  private static final AtomicInteger BATCHES = new AtomicInteger();

  private final PolicyEngine engine;
  private final LocalDate asOf;
  private final Iterator<? extends PolicyRequest> requests;
  private final ThreadPoolExecutor workers;
  private final int chunksAhead;
  private final Deque<FutureTask<List<BatchResult>>> pending = new ArrayDeque<>();
  private Iterator<BatchResult> current = Collections.emptyIterator();
  private long read;

  private ParallelBatch(
      PolicyEngine engine, LocalDate asOf, Iterator<? extends PolicyRequest> requests, int cores) {
    this.engine = engine;
    this.asOf = asOf;
    this.requests = requests;
    this.workers = workers(cores);
    // Two chunks per worker: one being decided, one ready for when it is done.
    this.chunksAhead = 2 * cores;
  }

  private static ThreadPoolExecutor workers(int cores) {
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

  static Stream<BatchResult> stream(
      PolicyEngine engine, Stream<? extends PolicyRequest> requests, LocalDate asOf) {
    ParallelBatch batch =
        new ParallelBatch(engine, asOf, requests.iterator(), Runtime.getRuntime().availableProcessors());
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
        workers.shutdown();
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
    while (pending.size() < chunksAhead && !workers.isShutdown() && requests.hasNext()) {
      List<PolicyRequest> chunk = new ArrayList<>(CHUNK);
      while (chunk.size() < CHUNK && requests.hasNext()) {
        chunk.add(requests.next());
      }
      long first = read;
      read += chunk.size();
      FutureTask<List<BatchResult>> task = new FutureTask<>(() -> decide(chunk, first));
      pending.add(task);
      workers.execute(task);
    }
  }

  private List<BatchResult> decide(List<PolicyRequest> chunk, long firstPosition) {
    List<BatchResult> results = new ArrayList<>(chunk.size());
    for (int i = 0; i < chunk.size(); i++) {
      results.add(decide(chunk.get(i), firstPosition + i));
    }
    return results;
  }

  private BatchResult decide(PolicyRequest request, long position) {
    if (request == null) {
      return new BatchResult.Rejected(position, "", List.of(Problem.missing("request")));
    }
    try {
      return new BatchResult.Decided(position, engine.evaluate(request, asOf));
    } catch (InvalidRequestException e) {
      return new BatchResult.Rejected(position, request.id(), e.problems());
    } catch (RuntimeException e) {
      return new BatchResult.Failed(position, request.id(), e);
    }
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
    workers.shutdown();
  }
}
