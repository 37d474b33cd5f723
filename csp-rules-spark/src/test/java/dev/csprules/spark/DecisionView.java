package dev.csprules.spark;

import dev.csprules.api.BatchResult;
import dev.csprules.api.Decision;
import dev.csprules.api.Finding;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Row;

/**
 * A decision as both paths can give it, field by field: read from a decision row by column name,
 * independently of the code that wrote it, or taken from an evaluateAll result.
 */
record DecisionView(
    String requestId,
    String kind,
    String outcome,
    LocalDate asOf,
    List<String> editions,
    List<FindingView> findings,
    List<String> firedRules,
    String policyVersion,
    List<String> problems,
    String failure) {

  record FindingView(
      String code, String severity, String messageEn, String messageJa, String ruleId, List<String> citations,
      Map<String, String> facts) {}

  static DecisionView of(BatchResult result, LocalDate asOf, String kind, String policyVersion) {
    if (result instanceof BatchResult.Decided decided) {
      Decision d = decided.decision();
      return new DecisionView(
          d.requestId(), d.kind().name(), d.outcome().name(), d.asOf(), d.editions(),
          d.findings().stream().map(DecisionView::finding).toList(), d.firedRules(), d.policyVersion(), List.of(), "");
    }
    if (result instanceof BatchResult.Rejected rejected) {
      return new DecisionView(
          rejected.requestId(), kind, "REJECTED", asOf, List.of(), List.of(), List.of(), policyVersion,
          rejected.problems().stream().map(Object::toString).toList(), "");
    }
    BatchResult.Failed failed = (BatchResult.Failed) result;
    return new DecisionView(
        failed.requestId(), kind, "FAILED", asOf, List.of(), List.of(), List.of(), policyVersion, List.of(),
        failed.error().getMessage());
  }

  private static FindingView finding(Finding f) {
    return new FindingView(
        f.code().name(), f.severity().name(), f.messageEn(), f.messageJa(), f.ruleId(), f.citations(), new TreeMap<>(f.factTexts()));
  }

  static DecisionView of(Row row) {
    Object asOf = row.getAs("asOf");
    return new DecisionView(
        row.getAs("requestId"),
        row.getAs("kind"),
        row.getAs("outcome"),
        asOf instanceof java.sql.Date date ? date.toLocalDate() : (LocalDate) asOf,
        texts(row, "editions"),
        row.<Row>getList(row.fieldIndex("findings")).stream().map(DecisionView::finding).toList(),
        texts(row, "firedRules"),
        row.getAs("policyVersion"),
        row.<Row>getList(row.fieldIndex("problems")).stream()
            .map(p -> p.<String>getAs("path") + ": " + p.<String>getAs("message"))
            .toList(),
        row.getAs("failure"));
  }

  private static FindingView finding(Row f) {
    return new FindingView(
        f.getAs("code"), f.getAs("severity"), f.getAs("messageEn"), f.getAs("messageJa"), f.getAs("ruleId"),
        texts(f, "citations"), new TreeMap<>(f.<String, String>getJavaMap(f.fieldIndex("facts"))));
  }

  private static List<String> texts(Row row, String field) {
    return List.copyOf(row.<String>getList(row.fieldIndex(field)));
  }
}
