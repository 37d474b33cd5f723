package dev.csprules.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.csprules.api.DecisionKind;
import dev.csprules.api.DecisionRecord;
import dev.csprules.api.Outcome;
import dev.csprules.api.PolicyRequest;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One line of a decision log: docs/decision-record.schema.json describes it field by field.
 *
 * @param requestSha256 the SHA-256 of the request's canonical JSON before masking
 * @param request the request's canonical JSON after masking
 * @param masked the paths of {@code request} that masking changed
 * @param durationMicros how long the engine took to decide, in microseconds
 */
public record LoggedDecision(
    String decisionId,
    Instant timestamp,
    String policyVersion,
    List<String> editions,
    LocalDate asOf,
    DecisionKind requestKind,
    String requestId,
    String requestSha256,
    ObjectNode request,
    List<String> masked,
    Outcome outcome,
    List<LoggedFinding> findings,
    List<String> firedRules,
    long durationMicros) {

  private static final ObjectWriter LINE_WRITER =
      CanonicalJson.mapper().writerFor(LoggedDecision.class).without(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

  public LoggedDecision {
    Objects.requireNonNull(decisionId, "decisionId");
    Objects.requireNonNull(timestamp, "timestamp");
    Objects.requireNonNull(policyVersion, "policyVersion");
    editions = List.copyOf(editions);
    Objects.requireNonNull(asOf, "asOf");
    Objects.requireNonNull(requestKind, "requestKind");
    Objects.requireNonNull(requestId, "requestId");
    Objects.requireNonNull(requestSha256, "requestSha256");
    Objects.requireNonNull(request, "request");
    masked = List.copyOf(masked);
    Objects.requireNonNull(outcome, "outcome");
    findings = List.copyOf(findings);
    firedRules = List.copyOf(firedRules);
  }

  /** The record of {@code decision}, its request masked by {@code masking}. */
  public static LoggedDecision of(DecisionRecord decision, Masking masking) {
    ObjectNode request = CanonicalJson.requestTree(decision.request());
    String sha256 = CanonicalJson.sha256(CanonicalJson.bytes(request));
    List<String> masked = masking.apply(request);
    return new LoggedDecision(
        decision.decisionId(),
        decision.timestamp(),
        decision.decision().policyVersion(),
        decision.decision().editions(),
        decision.decision().asOf(),
        decision.request().kind(),
        decision.request().id(),
        sha256,
        request,
        masked,
        decision.decision().outcome(),
        decision.decision().findings().stream().map(LoggedFinding::of).toList(),
        decision.decision().firedRules(),
        decision.duration().toNanos() / 1_000);
  }

  /** Writes this record as one line of JSON Lines: compact JSON, then a newline. */
  public void writeLineTo(OutputStream out) throws IOException {
    LINE_WRITER.writeValue(out, this);
    out.write('\n');
  }

  /**
   * The request as logged, masked, to decide again.
   *
   * @throws IllegalArgumentException when the logged JSON is not a request
   */
  public PolicyRequest maskedRequest() {
    return CanonicalJson.request(request);
  }
}
