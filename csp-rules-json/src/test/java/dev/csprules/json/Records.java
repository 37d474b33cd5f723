package dev.csprules.json;

import dev.csprules.api.Decision;
import dev.csprules.api.DecisionKind;
import dev.csprules.api.DecisionRecord;
import dev.csprules.api.EnrollmentApplication;
import dev.csprules.api.Outcome;
import dev.csprules.api.fact.CspModel;
import dev.csprules.api.fact.Partner;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Decision records made by hand, for tests of the log's machinery rather than of the rules. */
final class Records {
  private Records() {}

  static DecisionRecord record(int n) {
    EnrollmentApplication application =
        new EnrollmentApplication(
            "app-" + n,
            Partner.builder().companyName("Contoso").adminEmail("jane.doe@contoso.com").legalSignatory("Jane Doe").build(),
            CspModel.INDIRECT_RESELLER,
            "US");
    Decision decision =
        new Decision(
            "app-" + n, DecisionKind.ENROLLMENT, Outcome.ELIGIBLE, LocalDate.of(2021, 1, 1), List.of("2018-01", "2020-10"),
            List.of(), List.of("ENR-010"), "0123456789abcdef");
    return new DecisionRecord(UUID.randomUUID().toString(), Instant.EPOCH, application, decision, Duration.ofNanos(12_345));
  }
}
