package dev.csprules.testkit;

import dev.csprules.api.Decision;
import dev.csprules.api.ExplainedFinding;
import dev.csprules.api.Explanation;
import dev.csprules.api.FactValue;
import dev.csprules.api.Finding;
import dev.csprules.api.FindingCode;
import dev.csprules.api.Outcome;
import dev.csprules.api.PolicyEngine;
import dev.csprules.api.EnrollmentApplication;
import dev.csprules.api.PolicyRequest;
import dev.csprules.api.fact.CspModel;
import dev.csprules.api.fact.Partner;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiFunction;

/** An engine that answers as the test says, for runner tests that need no rules. */
final class StubEngine implements PolicyEngine {
  private final BiFunction<PolicyRequest, LocalDate, Decision> answer;
  final AtomicInteger calls = new AtomicInteger();

  StubEngine(BiFunction<PolicyRequest, LocalDate, Decision> answer) {
    this.answer = answer;
  }

  /** Always decides with these findings, from these rules. */
  static StubEngine deciding(List<FindingCode> codes, List<String> firedRules) {
    return new StubEngine((request, asOf) -> decision(request, asOf, codes, firedRules));
  }

  @Override
  public Decision evaluate(PolicyRequest request, LocalDate asOf) {
    calls.incrementAndGet();
    return answer.apply(request, asOf);
  }

  @Override
  public Explanation explain(PolicyRequest request, LocalDate asOf) {
    Decision decision = evaluate(request, asOf);
    return new Explanation(
        decision,
        decision.findings().stream().map(finding -> new ExplainedFinding(finding, "title", List.of())).toList(),
        Optional.empty());
  }

  static Decision decision(PolicyRequest request, LocalDate asOf, List<FindingCode> codes, List<String> firedRules) {
    List<Finding> findings =
        codes.stream()
            .map(
                code ->
                    new Finding(
                        code,
                        code.severity(),
                        "message " + code,
                        "メッセージ " + code,
                        "RULE-" + code.ordinal(),
                        List.of("4d1ce-110"),
                        Map.of("fact", new FactValue.Text("value"))))
            .toList();
    return new Decision(
        request.id(),
        request.kind(),
        Outcome.of(request.kind(), findings.stream().map(Finding::severity).toList()),
        asOf,
        List.of("2018-01", "2020-10"),
        findings,
        firedRules,
        "stub");
  }

  static Scenario scenario(String name, Expectation expect) {
    return new Scenario(
        name,
        "",
        new Location(Path.of("stub.yaml"), 3, 5),
        LocalDate.of(2020, 11, 15),
        new EnrollmentApplication("app-1", Partner.builder().companyName("Contoso").build(), CspModel.DIRECT_BILL, "JP"),
        expect,
        Optional.empty());
  }

  static Expectation expectOutcome(Outcome outcome) {
    return new Expectation(Optional.of(outcome), List.of(), List.of(), Optional.empty(), List.of(), List.of());
  }
}
