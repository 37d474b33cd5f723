package dev.csprules.spark;

import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/** Counts of a run's decisions: rows per outcome and findings per code, most frequent first. */
public final class DecisionSummary {
  private DecisionSummary() {}

  /** One line per outcome, then one per finding code, each with its count. */
  public static List<String> lines(Dataset<Row> decisions) {
    List<Row> outcomes = decisions.groupBy("outcome").count().orderBy("outcome").collectAsList();
    List<Row> codes =
        decisions.selectExpr("explode(findings.code) AS code").groupBy("code").count()
            .orderBy(org.apache.spark.sql.functions.desc("count"), org.apache.spark.sql.functions.asc("code"))
            .collectAsList();
    long total = outcomes.stream().mapToLong(row -> row.getLong(1)).sum();
    List<String> lines = new java.util.ArrayList<>();
    lines.add(String.format("%,d rows", total));
    outcomes.forEach(row -> lines.add(String.format("  outcome  %-40s %,12d", row.getString(0), row.getLong(1))));
    codes.forEach(row -> lines.add(String.format("  finding  %-40s %,12d", row.getString(0), row.getLong(1))));
    return lines;
  }
}
