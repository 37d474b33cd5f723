package dev.csprules.drools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.csprules.api.BatchResult;
import dev.csprules.api.Decision;
import dev.csprules.api.EnrollmentApplication;
import dev.csprules.api.Explanation;
import dev.csprules.api.InvalidRequestException;
import dev.csprules.api.Outcome;
import dev.csprules.api.PolicyEngine;
import dev.csprules.api.PolicyRequest;
import dev.csprules.api.Problem;
import dev.csprules.api.fact.Address;
import dev.csprules.api.fact.CspModel;
import dev.csprules.api.fact.Partner;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The batch contract of {@link PolicyEngine#evaluateAll} as {@link ParallelBatch} keeps it, on an
 * engine that needs no rules.
 */
class ParallelBatchTest {
  private static final LocalDate AS_OF = LocalDate.of(2020, 11, 15);
  private static final Partner PARTNER =
      Partner.builder().companyName("Contoso").address(new Address("s", "c", "p", "JP")).build();

  /** Rejects ids starting with "bad", fails on ids starting with "boom", allows the rest. */
  private static final PolicyEngine ENGINE =
      decidingBy((request, asOf) -> {
        if (request.id().startsWith("bad")) {
          throw new InvalidRequestException(List.of(new Problem("applicationId", "is bad")));
        }
        if (request.id().startsWith("boom")) {
          throw new IllegalStateException("rule X failed");
        }
        return new Decision(
            request.id(), request.kind(), Outcome.ELIGIBLE, asOf, List.of("2018-01"), List.of(), List.of(), "v");
      });

  private static PolicyRequest request(String id) {
    return new EnrollmentApplication(id, PARTNER, CspModel.INDIRECT_RESELLER, "JP");
  }

  @Test
  void givesOneResultPerRequestInRequestOrder() {
    int count = 10 * ParallelBatch.CHUNK + 17;
    List<BatchResult> results =
        ENGINE.evaluateAll(IntStream.range(0, count).mapToObj(i -> request("r" + i)), AS_OF).toList();

    assertEquals(count, results.size());
    for (int i = 0; i < count; i++) {
      assertEquals(i, results.get(i).position());
      assertEquals("r" + i, results.get(i).requestId());
      assertInstanceOf(BatchResult.Decided.class, results.get(i));
    }
  }

  @Test
  void reportsBadAndFailingRequestsInPlaceAndGoesOn() {
    List<BatchResult> results =
        ENGINE.evaluateAll(Stream.of(request("a"), request("bad-1"), null, request("boom-1"), request("b")), AS_OF)
            .toList();

    assertEquals(List.of("a", "bad-1", "", "boom-1", "b"), results.stream().map(BatchResult::requestId).toList());
    assertInstanceOf(BatchResult.Decided.class, results.get(0));
    BatchResult.Rejected bad = assertInstanceOf(BatchResult.Rejected.class, results.get(1));
    assertEquals(List.of(new Problem("applicationId", "is bad")), bad.problems());
    BatchResult.Rejected missing = assertInstanceOf(BatchResult.Rejected.class, results.get(2));
    assertEquals(List.of(Problem.missing("request")), missing.problems());
    BatchResult.Failed failed = assertInstanceOf(BatchResult.Failed.class, results.get(3));
    assertEquals("rule X failed", failed.error().getMessage());
    assertInstanceOf(BatchResult.Decided.class, results.get(4));
  }

  @Test
  void anEmptyBatchHasNoResults() {
    assertEquals(0, ENGINE.evaluateAll(Stream.empty(), AS_OF).count());
  }

  @Test
  void readsRequestsOnlyAsFarAheadAsItNeeds() {
    AtomicLong read = new AtomicLong();
    Stream<PolicyRequest> endless = Stream.generate(() -> request("r" + read.getAndIncrement()));

    assertEquals(1000, ENGINE.evaluateAll(endless, AS_OF).limit(1000).count());
    long bound = 1000 + 2L * Runtime.getRuntime().availableProcessors() * ParallelBatch.CHUNK + ParallelBatch.CHUNK;
    assertTrue(read.get() <= bound, "read " + read.get() + " requests for 1000 results");
  }

  @Test
  void decidesOnMoreThanOneThread() {
    assumeTrue(Runtime.getRuntime().availableProcessors() > 1, "needs two cores");
    Set<String> threads = ConcurrentHashMap.newKeySet();
    PolicyEngine slow =
        decidingBy((request, asOf) -> {
          threads.add(Thread.currentThread().getName());
          busyFor(50_000);
          return ENGINE.evaluate(request, asOf);
        });

    slow.evaluateAll(IntStream.range(0, 20 * ParallelBatch.CHUNK).mapToObj(i -> request("r" + i)), AS_OF)
        .forEach(result -> {});

    assertTrue(threads.size() > 1, "decided on " + threads.stream().collect(Collectors.joining(", ")));
  }

  @Test
  void runsOnTheCallersExecutorAndLeavesItRunning() throws Exception {
    Set<String> threads = ConcurrentHashMap.newKeySet();
    PolicyEngine recording =
        decidingBy((request, asOf) -> {
          threads.add(Thread.currentThread().getName());
          return ENGINE.evaluate(request, asOf);
        });
    AtomicLong named = new AtomicLong();
    ExecutorService pool = Executors.newFixedThreadPool(2, task -> new Thread(task, "app-pool-" + named.incrementAndGet()));
    try {
      int count = 5 * ParallelBatch.CHUNK;
      List<BatchResult> results =
          ParallelBatch.stream(recording, IntStream.range(0, count).mapToObj(i -> request("r" + i)), AS_OF, pool, 2)
              .toList();

      assertEquals(count, results.size());
      assertEquals("r" + (count - 1), results.get(count - 1).requestId());
      assertTrue(threads.stream().allMatch(name -> name.startsWith("app-pool-")), threads.toString());
      assertFalse(pool.isShutdown());
      assertEquals("still running", pool.submit(() -> "still running").get());
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void oneThreadDecidesEveryChunkWhenBoundToOne() {
    Set<String> threads = ConcurrentHashMap.newKeySet();
    PolicyEngine recording =
        decidingBy((request, asOf) -> {
          threads.add(Thread.currentThread().getName());
          return ENGINE.evaluate(request, asOf);
        });

    ParallelBatch.stream(recording, IntStream.range(0, 8 * ParallelBatch.CHUNK).mapToObj(i -> request("r" + i)), AS_OF, null, 1)
        .forEach(result -> {});

    assertEquals(1, threads.size(), threads.toString());
  }

  @Test
  void closingTheResultClosesTheRequests() {
    AtomicBoolean closed = new AtomicBoolean();
    try (Stream<BatchResult> results = ENGINE.evaluateAll(Stream.of(request("a")).onClose(() -> closed.set(true)), AS_OF)) {
      results.findFirst();
    }
    assertTrue(closed.get());
  }

  @Test
  void namesEveryMissingArgument() {
    InvalidRequestException e = assertThrows(InvalidRequestException.class, () -> ENGINE.evaluateAll(null, null));
    assertEquals(List.of(Problem.missing("requests"), Problem.missing("asOf")), e.problems());
  }

  private static void busyFor(long nanos) {
    long end = System.nanoTime() + nanos;
    while (System.nanoTime() < end) {
      Thread.onSpinWait();
    }
  }

  /** An engine that decides as the test says; batches only call evaluate. */
  private static PolicyEngine decidingBy(BiFunction<PolicyRequest, LocalDate, Decision> decide) {
    return new PolicyEngine() {
      @Override
      public Decision evaluate(PolicyRequest request, LocalDate asOf) {
        return decide.apply(request, asOf);
      }

      @Override
      public Explanation explain(PolicyRequest request, LocalDate asOf) {
        return new Explanation(evaluate(request, asOf), List.of(), java.util.Optional.empty());
      }

      @Override
      public Stream<BatchResult> evaluateAll(Stream<? extends PolicyRequest> requests, LocalDate asOf) {
        BatchResult.requirePresent(requests, asOf);
        return ParallelBatch.stream(this, requests, asOf, null, Runtime.getRuntime().availableProcessors());
      }
    };
  }
}
