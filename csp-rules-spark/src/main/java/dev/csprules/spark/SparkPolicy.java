package dev.csprules.spark;

import dev.csprules.api.DecisionKind;
import dev.csprules.api.InvalidRequestException;
import dev.csprules.api.Problem;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;

/**
 * Decides Datasets of orders and enrollment applications on Spark with the same engine, and the
 * same decisions, as {@code PolicyEngine.evaluateAll}: one output row of {@link DecisionSchema}
 * per input row of {@link RequestSchema}.
 *
 * <pre>{@code
 * SparkPolicy policy = SparkPolicy.of(PolicyBundle.folders(List.of(Path.of("policy-2018-history"))));
 * Dataset<Row> orders = spark.read().schema(RequestSchema.orders()).json("orders.jsonl");
 * Dataset<Row> decisions = policy.decideOrders(orders, LocalDate.of(2020, 11, 15));
 * }</pre>
 *
 * <p>Making the {@link PolicyBundle} builds the policy once on the driver: a policy folder with a problem
 * fails here, naming its files and lines, before any task starts, and {@link #version()} is known
 * before the run. Each executor JVM then builds the same policy once, at its first task, and
 * refuses to decide if its version differs. Rows are decided inside their partition, each task on
 * its own thread, so a task uses its own slot.
 */
public final class SparkPolicy {
  private final PolicyBundle bundle;
  private final String version;

  private SparkPolicy(PolicyBundle bundle, String version) {
    this.bundle = bundle;
    this.version = version;
  }

  /** The policy built into the library. */
  public static SparkPolicy builtIn() {
    return of(PolicyBundle.builtIn());
  }

  /** The policy of a bundle, which the driver has built and checked when the bundle was made. */
  public static SparkPolicy of(PolicyBundle bundle) {
    return new SparkPolicy(bundle, bundle.version());
  }

  /** The content hash every decision of this policy carries as its policy version. */
  public String version() {
    return version;
  }

  /**
   * Pins the run to a policy version, as recorded from an earlier run or an approval: a policy
   * whose files changed since is refused before anything is decided.
   *
   * @throws IllegalStateException when this policy's version is another
   */
  public SparkPolicy requireVersion(String expected) {
    if (!version.equals(expected)) {
      throw new IllegalStateException("the policy is version " + version + ", not the " + expected + " required");
    }
    return this;
  }

  /** Decides every order of {@code orders} (columns of {@link RequestSchema#orders()}) as of {@code asOf}. */
  public Dataset<Row> decideOrders(Dataset<Row> orders, LocalDate asOf) {
    return decide(DecisionKind.ORDER, orders, asOf);
  }

  /** Decides every application (columns of {@link RequestSchema#applications()}) as of {@code asOf}. */
  public Dataset<Row> decideApplications(Dataset<Row> applications, LocalDate asOf) {
    return decide(DecisionKind.ENROLLMENT, applications, asOf);
  }

  private Dataset<Row> decide(DecisionKind kind, Dataset<Row> requests, LocalDate asOf) {
    List<Problem> missing = new ArrayList<>();
    if (requests == null) {
      missing.add(Problem.missing("requests"));
    }
    if (asOf == null) {
      missing.add(Problem.missing("asOf"));
    }
    if (!missing.isEmpty()) {
      throw new InvalidRequestException(missing);
    }
    boolean java8Dates =
        Boolean.parseBoolean(requests.sparkSession().conf().get("spark.sql.datetime.java8API.enabled", "false"));
    DecideRows decide = new DecideRows(kind, bundle, version, asOf, new RecordsToRows(java8Dates), requests.schema());
    return requests.mapPartitions(decide, Encoders.row(DecisionSchema.schema()));
  }
}
