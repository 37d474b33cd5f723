package dev.csprules.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Rows written before points in time and unknown facts, with DATE order and acceptance dates and
 * a BOOLEAN tenant use, read as they were: as Parquet read as it is, and as JSON Lines read with
 * today's schema.
 */
class EarlierInputsTest {
  /** The order schema before: days and booleans only. */
  static final String ORDERS_DDL_BEFORE =
      RequestSchema.ORDERS_DDL
          .replace("dateAgreed: STRING", "dateAgreed: DATE")
          .replace("ownerUsesTenantForCspTransactions: STRING", "ownerUsesTenantForCspTransactions: BOOLEAN")
          .replace("orderDate STRING", "orderDate DATE");

  private static final SparkSession SPARK = SharedSpark.session();
  private static final SparkPolicy POLICY = SparkPolicy.builtIn();

  @TempDir Path folder;

  @Test
  void dateAndBooleanColumnsDecideAsTheTextTheyStandFor() {
    Dataset<Row> today =
        GeneratedRequests.orderRows(SPARK, 11, 3_000)
            .where("orderDate NOT LIKE '%T%' AND customer.ownerUsesTenantForCspTransactions != 'unknown'"
                + " AND NOT exists(customer.agreementAcceptances, a -> a.dateAgreed = 'unknown' OR a.dateAgreed LIKE '%T%')");
    StructType before = StructType.fromDDL(ORDERS_DDL_BEFORE);
    Dataset<Row> earlier = today.select(
        List.of(before.fieldNames()).stream().map(name -> castTo(name, before.apply(name).dataType())).toArray(Column[]::new));
    assertEquals(DataTypes.DateType, earlier.schema().apply("orderDate").dataType());
    List<DecisionView> expected = decided(today);
    assertTrue(expected.size() > 1_000, expected.size() + " orders");

    earlier.write().parquet(folder.resolve("parquet").toString());
    assertEquals(expected, decided(SPARK.read().parquet(folder.resolve("parquet").toString())));

    earlier.write().json(folder.resolve("json").toString());
    assertEquals(expected, decided(SPARK.read().schema(RequestSchema.ORDERS_DDL).json(folder.resolve("json").toString())));
  }

  private static Column castTo(String name, DataType type) {
    return functions.col(name).cast(type).as(name);
  }

  private static List<DecisionView> decided(Dataset<Row> orders) {
    return POLICY.decideOrders(orders, GeneratedRequests.AS_OF).orderBy("requestId").collectAsList().stream()
        .map(DecisionView::of)
        .toList();
  }
}
