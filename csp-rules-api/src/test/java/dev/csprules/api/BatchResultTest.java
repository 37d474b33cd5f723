package dev.csprules.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.csprules.api.fact.Address;
import dev.csprules.api.fact.CspModel;
import dev.csprules.api.fact.Partner;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The default, one-thread {@link PolicyEngine#evaluateAll}, and {@link BatchResult#map}. */
class BatchResultTest {
  private static final LocalDate AS_OF = LocalDate.of(2020, 11, 15);
  private static final Partner PARTNER =
      Partner.builder().companyName("Contoso").address(new Address("s", "c", "p", "JP")).build();

  /** Rejects ids starting with "bad", fails on ids starting with "boom", allows the rest. */
  private static final PolicyEngine ENGINE =
      new PolicyEngine() {
        @Override
        public Decision evaluate(PolicyRequest request, LocalDate asOf) {
          if (request.id().startsWith("bad")) {
            throw new InvalidRequestException(List.of(new Problem("applicationId", "is bad")));
          }
          if (request.id().startsWith("boom")) {
            throw new IllegalStateException("rule X failed");
          }
          return new Decision(
              request.id(), request.kind(), Outcome.ELIGIBLE, asOf, List.of("2018-01"), List.of(), List.of(), "v");
        }

        @Override
        public Explanation explain(PolicyRequest request, LocalDate asOf) {
          return new Explanation(evaluate(request, asOf), List.of(), java.util.Optional.empty());
        }
      };

  private static PolicyRequest request(String id) {
    return new EnrollmentApplication(id, PARTNER, CspModel.INDIRECT_RESELLER, "JP");
  }

  @Test
  void theDefaultBatchGivesEachRequestItsResultInOrder() {
    List<String> described =
        ENGINE.evaluateAll(Stream.of(request("a"), request("bad-1"), null, request("boom-1")), AS_OF)
            .map(result -> result.position() + " " + result.map(
                decided -> "decided " + decided.decision().outcome(),
                rejected -> "rejected " + rejected.requestId() + " " + rejected.problems().get(0).path(),
                failed -> "failed " + failed.error().getMessage()))
            .toList();

    assertEquals(
        List.of("0 decided ELIGIBLE", "1 rejected bad-1 applicationId", "2 rejected  request", "3 failed rule X failed"),
        described);
  }

  @Test
  void theDefaultBatchNamesEveryMissingArgument() {
    InvalidRequestException e = assertThrows(InvalidRequestException.class, () -> ENGINE.evaluateAll(null, null));
    assertEquals(List.of(Problem.missing("requests"), Problem.missing("asOf")), e.problems());
  }
}
