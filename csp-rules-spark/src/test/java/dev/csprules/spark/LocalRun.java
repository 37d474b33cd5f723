package dev.csprules.spark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * What csp-rules-spark/run-local runs: generates orders and applications in a new folder, then
 * runs {@link DecideJob} on them in local mode, in this JVM.
 *
 * <p>Arguments: ORDERS APPLICATIONS FORMAT WORK_FOLDER [DecideJob options such as --policy DIR].
 */
public final class LocalRun {
  private LocalRun() {}

  public static void main(String[] args) throws Exception {
    long orders = Long.parseLong(args[0]);
    long applications = Long.parseLong(args[1]);
    String format = args[2];
    Path work = Files.createDirectories(Path.of(args[3])).toAbsolutePath();
    Path run = Files.createTempDirectory(work, "run-");
    SparkSession spark = SparkSession.builder().appName("csp-rules run-local").getOrCreate();

    write(GeneratedRequests.orderRows(spark, 1, orders), format, run.resolve("orders"));
    write(GeneratedRequests.applicationRows(spark, 1, applications), format, run.resolve("applications"));
    System.out.printf("generated %,d orders and %,d applications (%s) in %s%n", orders, applications, format, run);

    List<String> job = new ArrayList<>(List.of(
        "--orders", run.resolve("orders").toString(),
        "--applications", run.resolve("applications").toString(),
        "--as-of", GeneratedRequests.AS_OF.toString(),
        "--out", run.resolve("decisions").toString(),
        "--format", format));
    job.addAll(List.of(args).subList(4, args.length));
    int exit = DecideJob.execute(job.toArray(String[]::new));
    spark.stop();
    System.exit(exit);
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
