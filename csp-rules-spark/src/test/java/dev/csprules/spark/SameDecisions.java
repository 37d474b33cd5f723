package dev.csprules.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.csprules.api.BatchResult;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/** Walks Spark's decisions and evaluateAll's side by side, in order, comparing every field. */
final class SameDecisions {
  private SameDecisions() {}

  /**
   * Asserts one Spark row per evaluateAll result, equal field by field.
   *
   * @return how many rows had each outcome, for the caller to check what the data reached
   */
  static Map<String, Integer> assertSame(
      Dataset<Row> spark, Stream<BatchResult> direct, LocalDate asOf, String kind, String policyVersion) {
    Map<String, Integer> outcomes = new TreeMap<>();
    List<String> differences = new ArrayList<>();
    Iterator<Row> rows = spark.toLocalIterator();
    try (direct) {
      Iterator<BatchResult> results = direct.iterator();
      while (results.hasNext()) {
        assertTrue(rows.hasNext(), "Spark gave fewer rows than there are requests");
        DecisionView expected = DecisionView.of(results.next(), asOf, kind, policyVersion);
        DecisionView actual = DecisionView.of(rows.next());
        outcomes.merge(actual.outcome(), 1, Integer::sum);
        if (!expected.equals(actual) && differences.size() < 5) {
          differences.add("\n  evaluateAll: " + expected + "\n  Spark:       " + actual);
        }
      }
    }
    assertFalse(rows.hasNext(), "Spark gave more rows than there are requests");
    assertEquals(List.of(), differences);
    return outcomes;
  }
}
