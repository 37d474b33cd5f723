package dev.csprules.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Orders written as Parquet, JSON Lines and flat CSV read back to the same decisions. */
class FormatsTest {
  private static final int COUNT = 2_000;
  private static final SparkSession SPARK = SharedSpark.session();
  private static final SparkPolicy POLICY = SparkPolicy.builtIn();
  private static List<DecisionView> expected;

  @TempDir static Path folder;

  @BeforeAll
  static void decideTheGeneratedRows() {
    expected = decided(GeneratedRequests.orderRows(SPARK, 5, COUNT));
  }

  @Test
  void parquet() {
    GeneratedRequests.orderRows(SPARK, 5, COUNT).write().parquet(folder.resolve("parquet").toString());

    assertEquals(expected, decided(SPARK.read().schema(RequestSchema.orders()).parquet(folder.resolve("parquet").toString())));
  }

  @Test
  void jsonLines() {
    GeneratedRequests.orderRows(SPARK, 5, COUNT).write().json(folder.resolve("json").toString());

    assertEquals(expected, decided(SPARK.read().schema(RequestSchema.ORDERS_DDL).json(folder.resolve("json").toString())));
  }

  @Test
  void flatCsv() {
    String csv = folder.resolve("csv").toString();
    FlatCsv.flatten(GeneratedRequests.orderRows(SPARK, 5, COUNT)).write().option("header", true).csv(csv);

    Dataset<Row> read = SPARK.read().option("header", true).csv(csv);
    assertEquals(FlatCsv.columns(RequestSchema.orders()), List.of(read.columns()));
    assertEquals(expected, decided(FlatCsv.nest(read, RequestSchema.orders())));
  }

  @Test
  void aCsvCellThatDoesNotParseIsAProblemAtItsPath() throws Exception {
    Path file = folder.resolve("bad.csv");
    Files.writeString(
        file,
        "orderId,orderDate,currency,lines,seller_mpnMembershipActive,customer_ownerUsesTenantForCspTransactions\n"
            + "bad-1,2020-11-31,JPY,o365:ONLINE_SERVICE:ten;x:OTHER,maybe,perhaps\n"
            + "bad-2,unknown,JPY,o365:ONLINE_SERVICE:1:2,true,unknown\n");

    List<Row> decisions = POLICY.decideOrders(FlatCsv.nest(SPARK.read().option("header", true).csv(file.toString()), RequestSchema.orders()),
        GeneratedRequests.AS_OF).orderBy("requestId").collectAsList();

    assertEquals(
        List.of(
            "seller.mpnMembershipActive: expected true or false, found 'maybe'",
            "customer.ownerUsesTenantForCspTransactions: expected true, false or unknown, found 'perhaps'",
            "orderDate: expected a date as YYYY-MM-DD, a date-time with its offset or unknown, found '2020-11-31'",
            "lines[0].quantity: expected a whole number, found 'ten'",
            "lines[1].quantity: is missing"),
        DecisionView.of(decisions.get(0)).problems());
    // An order is never placed at an unknown time; a record's last field keeps the rest of its item.
    assertEquals(
        List.of("orderDate: must be known", "lines[0].quantity: expected a whole number, found '1:2'"),
        DecisionView.of(decisions.get(1)).problems());
  }

  @Test
  void decisionsWrittenAsCsvKeepTheirListsAsJson() {
    String out = folder.resolve("decisions-csv").toString();
    FlatCsv.withJsonCells(POLICY.decideOrders(GeneratedRequests.orderRows(SPARK, 5, 50), GeneratedRequests.AS_OF))
        .write().option("header", true).csv(out);

    Dataset<Row> read = SPARK.read().option("header", true).csv(out);
    assertEquals(List.of(DecisionSchema.schema().fieldNames()), List.of(read.columns()));
    List<String> editions = read.where("outcome = 'APPROVED'").select("editions").distinct().as(Encoders.STRING()).collectAsList();
    assertEquals(List.of("[\"2018-01\",\"2020-10\"]"), editions);
  }

  private static List<DecisionView> decided(Dataset<Row> orders) {
    return POLICY.decideOrders(orders, GeneratedRequests.AS_OF).orderBy("requestId").collectAsList().stream()
        .map(DecisionView::of)
        .toList();
  }
}
