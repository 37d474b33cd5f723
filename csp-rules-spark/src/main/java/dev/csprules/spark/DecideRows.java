package dev.csprules.spark;

import dev.csprules.api.BatchResult;
import dev.csprules.api.DecisionKind;
import dev.csprules.api.InvalidRequestException;
import dev.csprules.api.PolicyEngine;
import dev.csprules.api.PolicyRequest;
import dev.csprules.spark.RowFields.SchemaRow;
import java.time.LocalDate;
import java.util.Iterator;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.StructType;

/**
 * Decides one partition's rows on the task's own thread, one row in and one row out, in order:
 * what a task carries is the policy bundle, its version and the date, never an engine. A row that
 * is bad input comes out REJECTED, one whose rule failed FAILED; no row is dropped, and nothing a
 * row holds stops the partition.
 */
final class DecideRows implements MapPartitionsFunction<Row, Row> {
  private static final long serialVersionUID = 1L;

  private final DecisionKind kind;
  private final PolicyBundle bundle;
  private final String version;
  private final LocalDate asOf;
  private final RecordsToRows rows;
  private final StructType schema;

  DecideRows(
      DecisionKind kind, PolicyBundle bundle, String version, LocalDate asOf, RecordsToRows rows, StructType schema) {
    this.kind = kind;
    this.schema = schema;
    this.bundle = bundle;
    this.version = version;
    this.asOf = asOf;
    this.rows = rows;
  }

  @Override
  public Iterator<Row> call(Iterator<Row> input) {
    PolicyEngine engine = ExecutorEngines.forVersion(version, bundle);
    return Iterators.map(input, row -> rows.decision(decide(engine, row), asOf, kind.name(), version));
  }

  private BatchResult decide(PolicyEngine engine, Row row) {
    String id = "";
    try {
      SchemaRow input = new SchemaRow(row, schema);
      RowsToRequests.Read read =
          kind == DecisionKind.ORDER ? RowsToRequests.order(input) : RowsToRequests.application(input);
      id = read.id();
      if (read.request().isEmpty()) {
        return new BatchResult.Rejected(0, id, read.problems());
      }
      PolicyRequest request = read.request().get();
      return new BatchResult.Decided(0, engine.evaluate(request, asOf));
    } catch (InvalidRequestException e) {
      return new BatchResult.Rejected(0, id, e.problems());
    } catch (RuntimeException e) {
      return new BatchResult.Failed(0, id, e);
    }
  }
}
