package dev.csprules.spark;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * Writes generated orders and applications into a new {@code run-*} folder under a work folder, in
 * one of the job's formats, and prints that folder's path as its last line: the input that
 * csp-rules-spark/run-local hands to {@link DecideJob}, in this JVM or through spark-submit.
 *
 * <p>Arguments: ORDERS APPLICATIONS FORMAT WORK_FOLDER.
 */
public final class GenerateRequests {
  private GenerateRequests() {}

  public static void main(String[] args) throws Exception {
    SparkSession spark = SparkSession.builder().appName("csp-rules generate").getOrCreate();
    Path run = generate(spark, Long.parseLong(args[0]), Long.parseLong(args[1]), args[2], Path.of(args[3]));
    spark.stop();
    System.out.println(run);
  }

  static Path generate(SparkSession spark, long orders, long applications, String format, Path work) throws Exception {
    Path run = Files.createTempDirectory(Files.createDirectories(work.toAbsolutePath()), "run-");
    write(GeneratedRequests.orderRows(spark, 1, orders), format, run.resolve("orders"));
    write(GeneratedRequests.applicationRows(spark, 1, applications), format, run.resolve("applications"));
    System.out.printf("generated %,d orders and %,d applications (%s) in%n", orders, applications, format);
    return run;
  }

  private static void write(Dataset<Row> requests, String format, Path target) {
    switch (format) {
      case "parquet" -> requests.write().parquet(target.toString());
      case "json" -> requests.write().json(target.toString());
      case "csv" -> FlatCsv.flatten(requests).write().option("header", true).csv(target.toString());
      default -> throw new IllegalArgumentException("format must be parquet, json or csv, not " + format);
    }
  }
}
