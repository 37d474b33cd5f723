package dev.csprules.api;

import dev.csprules.api.internal.Require;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * What became of one request of a batch ({@link PolicyEngine#evaluateAll}): it was decided, it was
 * rejected as bad input, or deciding it failed. Every request of a batch gets exactly one result,
 * in the order the requests came, so nothing is lost and one bad request stops nothing.
 *
 * <p>On Java 17, without pattern matching for {@code switch}, {@link #map} handles the three cases:
 *
 * <pre>{@code
 * String line = result.map(
 *     decided -> decided.decision().outcome().name(),
 *     rejected -> "bad input: " + rejected.problems(),
 *     failed -> "failed: " + failed.error().getMessage());
 * }</pre>
 */
public sealed interface BatchResult
    permits BatchResult.Decided, BatchResult.Rejected, BatchResult.Failed {

  /** Where the request stood in the batch: 0 for the first. */
  long position();

  /**
   * The request's id.
   *
   * @return the id; empty when the batch held no request at this position (a null)
   */
  String requestId();

  /**
   * Applies the function for this result's case.
   *
   * @param <T> what the functions return
   * @param ifDecided applied to a {@link Decided} result
   * @param ifRejected applied to a {@link Rejected} result
   * @param ifFailed applied to a {@link Failed} result
   * @return what the applied function returned
   */
  <T> T map(
      Function<? super Decided, ? extends T> ifDecided,
      Function<? super Rejected, ? extends T> ifRejected,
      Function<? super Failed, ? extends T> ifFailed);

  /**
   * Decides one request of a batch with {@code engine}: the request's decision, or what stopped
   * it, as a result. For {@link PolicyEngine#evaluateAll} implementations.
   *
   * @param engine decides the request
   * @param request the request; null when the batch held none at this position
   * @param position where the request stands in the batch, 0 for the first
   * @param asOf the day whose policy applies
   * @return the result; never throws for a request that is bad input or whose rules failed
   */
  static BatchResult of(
      PolicyEngine engine, @Nullable PolicyRequest request, long position, LocalDate asOf) {
    if (request == null) {
      return new Rejected(position, "", List.of(Problem.missing("request")));
    }
    try {
      return new Decided(position, engine.evaluate(request, asOf));
    } catch (InvalidRequestException e) {
      return new Rejected(position, request.id(), e.problems());
    } catch (RuntimeException e) {
      return new Failed(position, request.id(), e);
    }
  }

  /**
   * The argument check every {@link PolicyEngine#evaluateAll} makes first.
   *
   * @param requests the batch's requests
   * @param asOf the batch's date
   * @throws InvalidRequestException naming each argument that is missing
   */
  static void requirePresent(@Nullable Stream<?> requests, @Nullable LocalDate asOf) {
    Require.Components arguments = Require.components();
    arguments.present(requests, "requests");
    arguments.present(asOf, "asOf");
    arguments.done();
  }

  /** The request was decided. */
  record Decided(long position, Decision decision) implements BatchResult {
    public Decided {
      Require.present(decision, "decision");
    }

    @Override
    public String requestId() {
      return decision.requestId();
    }

    @Override
    public <T> T map(
        Function<? super Decided, ? extends T> ifDecided,
        Function<? super Rejected, ? extends T> ifRejected,
        Function<? super Failed, ? extends T> ifFailed) {
      return ifDecided.apply(this);
    }
  }

  /**
   * The request was bad input and was not evaluated: the same problems {@link
   * InvalidRequestException} names for a single request.
   */
  record Rejected(long position, String requestId, List<Problem> problems) implements BatchResult {
    public Rejected {
      Require.Components components = Require.components();
      components.present(requestId, "requestId");
      problems = components.list(problems, "problems");
      components.done();
    }

    @Override
    public <T> T map(
        Function<? super Decided, ? extends T> ifDecided,
        Function<? super Rejected, ? extends T> ifRejected,
        Function<? super Failed, ? extends T> ifFailed) {
      return ifRejected.apply(this);
    }
  }

  /**
   * Deciding the request failed: a rule threw or fired without end. Not the caller's fault; the
   * error says which rule, for whoever maintains the policy.
   */
  record Failed(long position, String requestId, RuntimeException error) implements BatchResult {
    public Failed {
      Require.Components components = Require.components();
      components.present(requestId, "requestId");
      components.present(error, "error");
      components.done();
    }

    @Override
    public <T> T map(
        Function<? super Decided, ? extends T> ifDecided,
        Function<? super Rejected, ? extends T> ifRejected,
        Function<? super Failed, ? extends T> ifFailed) {
      return ifFailed.apply(this);
    }
  }
}
