package dev.csprules.spark;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.spark.sql.DataFrameReader;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Decides a month of orders (and applications) on a cluster, writes the decisions and prints a
 * summary: {@code spark-submit --class dev.csprules.spark.DecideJob csp-rules-spark.jar --orders IN
 * --as-of DATE --out OUT [--policy DIR] [--format parquet|json|csv]}. See docs/distributed.md.
 */
@Command(
    name = "DecideJob",
    mixinStandardHelpOptions = true,
    description = "Decides orders and enrollment applications on Spark and writes one decision row per input row.")
public final class DecideJob implements Callable<Integer> {
  /** How requests are read and decisions written. */
  enum Format {
    PARQUET, JSON, CSV
  }

  @Option(names = "--orders", paramLabel = "IN", description = "orders: a file or folder (any path Spark reads)")
  String orders;

  @Option(names = "--applications", paramLabel = "IN", description = "enrollment applications: a file or folder")
  String applications;

  @Option(names = "--as-of", required = true, paramLabel = "DATE", description = "decide as of this day (YYYY-MM-DD)")
  LocalDate asOf;

  @Option(names = "--out", required = true, paramLabel = "OUT", description = "folder for the decisions: OUT/orders, OUT/applications")
  String out;

  @Option(names = "--policy", paramLabel = "DIR", description = "a policy folder on the driver, layered over the built-in policy; repeatable")
  List<Path> policyFolders = new ArrayList<>();

  @Option(names = "--policy-version", paramLabel = "VERSION", description = "refuse to run unless the policy is this version")
  String pinnedVersion;

  @Option(names = "--format", defaultValue = "parquet", paramLabel = "FORMAT",
      description = "parquet, json (JSON Lines) or csv (the flat mapping of FlatCsv), for input and output; default parquet")
  Format format;

  public static void main(String[] args) {
    int exit = execute(args);
    if (exit != 0) {
      System.exit(exit);
    }
  }

  /** Runs the job in this JVM, on the SparkSession it has or a new one, and gives the exit code. */
  public static int execute(String... args) {
    return new CommandLine(new DecideJob()).setCaseInsensitiveEnumValuesAllowed(true).execute(args);
  }

  @Override
  public Integer call() {
    if (orders == null && applications == null) {
      throw new CommandLine.ParameterException(new CommandLine(this), "give --orders, --applications or both");
    }
    SparkPolicy policy =
        SparkPolicy.of(policyFolders.isEmpty() ? PolicyBundle.builtIn() : PolicyBundle.folders(policyFolders));
    if (pinnedVersion != null) {
      policy.requireVersion(pinnedVersion);
    }
    SparkSession spark = SparkSession.builder().appName("csp-rules decide").getOrCreate();
    if (orders != null) {
      run(spark, "orders", read(spark, orders, RequestSchema.orders()), policy::decideOrders, policy);
    }
    if (applications != null) {
      run(spark, "applications", read(spark, applications, RequestSchema.applications()), policy::decideApplications, policy);
    }
    return 0;
  }

  private interface Decider {
    Dataset<Row> decide(Dataset<Row> requests, LocalDate asOf);
  }

  private void run(SparkSession spark, String kind, Dataset<Row> requests, Decider decider, SparkPolicy policy) {
    String target = out + "/" + kind;
    write(decider.decide(requests, asOf), target);
    // The summary counts what was written, read back, rather than deciding a second time.
    Dataset<Row> written = read(spark, target, DecisionSchema.schema());
    System.out.println(kind + " decided as of " + asOf + " under policy " + policy.version() + ", written to " + target + ":");
    DecisionSummary.lines(written).forEach(line -> System.out.println("  " + line));
  }

  private Dataset<Row> read(SparkSession spark, String path, StructType schema) {
    DataFrameReader reader = spark.read();
    return switch (format) {
      case PARQUET -> reader.parquet(path);
      case JSON -> reader.schema(schema).json(path);
      case CSV -> schema.equals(DecisionSchema.schema())
          ? reader.option("header", true).csv(path).selectExpr(jsonCellsRead())
          : FlatCsv.nest(reader.option("header", true).csv(path), schema);
    };
  }

  private void write(Dataset<Row> decisions, String path) {
    switch (format) {
      case PARQUET -> decisions.write().mode(SaveMode.ErrorIfExists).parquet(path);
      case JSON -> decisions.write().mode(SaveMode.ErrorIfExists).json(path);
      case CSV -> FlatCsv.withJsonCells(decisions).write().mode(SaveMode.ErrorIfExists).option("header", true).csv(path);
    }
  }

  /** Reads back what {@link FlatCsv#withJsonCells} wrote: the outcome and the findings' codes suffice to count. */
  private static String[] jsonCellsRead() {
    return new String[] {
      "outcome", "from_json(findings, 'ARRAY<STRUCT<code: STRING>>') AS findings"
    };
  }
}
