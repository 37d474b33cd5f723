package dev.csprules.spark;

import org.apache.spark.sql.types.StructType;

/**
 * The decision columns: one row per input row, in the input's order within each partition.
 *
 * <ul>
 *   <li>{@code requestId}: the order or application id as given (blank when the row had none);
 *   <li>{@code kind}: {@code ORDER} or {@code ENROLLMENT};
 *   <li>{@code outcome}: the decision's outcome ({@code APPROVED}, {@code REFER}, {@code DENIED},
 *       {@code ELIGIBLE}, {@code INELIGIBLE}), or {@code REJECTED} for a row that is bad input,
 *       or {@code FAILED} for a row whose rule failed;
 *   <li>{@code asOf}, {@code editions}, {@code findings}, {@code firedRules}: as in
 *       {@code Decision}; empty lists for a REJECTED or FAILED row;
 *   <li>{@code policyVersion}: the version every row of the run was decided under;
 *   <li>{@code problems}: for a REJECTED row, every problem with its path; else empty;
 *   <li>{@code failure}: for a FAILED row, the reason; else blank.
 * </ul>
 */
public final class DecisionSchema {
  public static final String DDL =
      "requestId STRING NOT NULL, kind STRING NOT NULL, outcome STRING NOT NULL, asOf DATE NOT NULL,"
          + " editions ARRAY<STRING> NOT NULL,"
          + " findings ARRAY<STRUCT<code: STRING NOT NULL, severity: STRING NOT NULL,"
          + " messageEn: STRING NOT NULL, messageJa: STRING NOT NULL, ruleId: STRING NOT NULL,"
          + " citations: ARRAY<STRING> NOT NULL, facts: MAP<STRING, STRING> NOT NULL>> NOT NULL,"
          + " firedRules ARRAY<STRING> NOT NULL, policyVersion STRING NOT NULL,"
          + " problems ARRAY<STRUCT<path: STRING NOT NULL, message: STRING NOT NULL>> NOT NULL,"
          + " failure STRING NOT NULL";

  /** The outcome of a row that is bad input. */
  public static final String REJECTED = "REJECTED";
  /** The outcome of a row whose rule failed. */
  public static final String FAILED = "FAILED";

  private DecisionSchema() {}

  public static StructType schema() {
    return StructType.fromDDL(DDL);
  }
}
