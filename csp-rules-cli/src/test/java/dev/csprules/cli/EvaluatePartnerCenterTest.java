package dev.csprules.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class EvaluatePartnerCenterTest {
  private static final Path PAYLOADS = Path.of("..", "examples", "partner-center");

  @Test
  void printsTheDecisionAndTheAdaptersReport() {
    CliRun run = CliRun.of("evaluate", "--from", "partner-center", PAYLOADS.resolve("indirect-signed-undated").toString());

    assertEquals(0, run.status(), run.toString());
    assertTrue(run.out().contains("  outcome: REFER  (order 3c4d5e6f-7a8b-4c9d-8e0f-1a2b3c4d5e6f, as of 2020-12-01"), run.out());
    assertTrue(run.out().contains("REVIEW FACT_UNKNOWN (rule ORD-U050; cites cf5ff-145)"), run.out());
    assertTrue(run.out().contains("  partner center report:\n    customer.agreementAcceptances[0].dateAgreed: unknown"), run.out());
  }

  @Test
  void theCloudAgreementWarningIsPrinted() {
    CliRun run = CliRun.of("evaluate", "--from", "partner-center", PAYLOADS.resolve("cloud-agreement-only").toString());

    assertTrue(run.out().contains("warning: only Microsoft Cloud Agreements"), run.out());
    assertTrue(run.out().contains("BLOCKING CUSTOMER_AGREEMENT_NOT_ACCEPTED"), run.out());
  }

  @Test
  void anUnknownSourceOrAFileIsBadInput() {
    CliRun other = CliRun.of("evaluate", "--from", "billing", PAYLOADS.resolve("direct-tokyo").toString());
    assertTrue(other.err().contains("--from billing: the only source is partner-center"), other.toString());
    CliRun file = CliRun.of("evaluate", "--from", "partner-center", PAYLOADS.resolve("direct-tokyo/order.json").toString());
    assertTrue(file.err().contains("not a folder of Partner Center payloads"), file.toString());
  }
}
