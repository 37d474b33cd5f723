package dev.csprules.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The job reads each format, writes the decisions and prints counts that match what it wrote. */
class DecideJobTest {
  private final SparkSession spark = SharedSpark.session();
  @TempDir Path folder;

  @Test
  void csvInCsvOutWithAPolicyFolder() {
    String in = folder.resolve("orders-csv").toString();
    FlatCsv.flatten(GeneratedRequests.orderRows(spark, 4, 3_000)).write().option("header", true).csv(in);
    String out = folder.resolve("out").toString();

    String printed = run("--orders", in, "--as-of", "2020-11-15", "--out", out, "--format", "csv",
        "--policy", "../examples/policy-2018-history");

    Map<String, Long> written =
        PolicyFolderTest.outcomes(spark.read().option("header", true).csv(out + "/orders"));
    assertEquals(3_000, written.values().stream().mapToLong(Long::longValue).sum());
    written.forEach((outcome, count) ->
        assertTrue(printed.matches("(?s).*outcome  " + outcome + " +" + String.format("%,d", count) + "\n.*"), printed));
    assertTrue(printed.contains("finding  CUSTOMER_AGREEMENT_NOT_ACCEPTED"), printed);
  }

  @Test
  void parquetApplicationsPinnedToTheirVersion() {
    String in = folder.resolve("applications").toString();
    GeneratedRequests.applicationRows(spark, 4, 1_000).write().parquet(in);

    String printed = run("--applications", in, "--as-of", "2020-11-15", "--out", folder.resolve("out").toString(),
        "--policy-version", SparkPolicy.builtIn().version());

    assertTrue(printed.startsWith("applications decided as of 2020-11-15 under policy " + SparkPolicy.builtIn().version()), printed);
    assertTrue(printed.contains("  1,000 rows\n"), printed);
  }

  private static String run(String... args) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PrintStream out = System.out;
    System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    try {
      assertEquals(0, DecideJob.execute(args));
    } finally {
      System.setOut(out);
    }
    return bytes.toString(StandardCharsets.UTF_8);
  }
}
