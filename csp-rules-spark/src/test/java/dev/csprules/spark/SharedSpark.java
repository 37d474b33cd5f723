package dev.csprules.spark;

import org.apache.spark.sql.SparkSession;

/**
 * The one SparkSession of the test JVM (a JVM can hold one SparkContext), shared by every test
 * class: two local cores, no web UI, two shuffle partitions, listening on loopback only. Spark stops it when the JVM exits.
 */
final class SharedSpark {
  private static SparkSession session;

  private SharedSpark() {}

  static synchronized SparkSession session() {
    if (session == null) {
      session =
          SparkSession.builder()
              .appName("csp-rules-spark tests")
              .master("local[2]")
              .config("spark.ui.enabled", "false")
              // Local mode needs no network: listen on the loopback interface only.
              .config("spark.driver.bindAddress", "127.0.0.1")
              .config("spark.driver.host", "127.0.0.1")
              .config("spark.sql.shuffle.partitions", "2")
              .getOrCreate();
    }
    return session;
  }
}
