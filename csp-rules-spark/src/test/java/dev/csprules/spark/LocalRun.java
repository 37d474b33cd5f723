package dev.csprules.spark;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
    String format = args[2];
    SparkSession spark = SparkSession.builder().appName("csp-rules run-local").getOrCreate();
    Path run = GenerateRequests.generate(spark, Long.parseLong(args[0]), Long.parseLong(args[1]), format, Path.of(args[3]));
    System.out.println(run);

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
}
