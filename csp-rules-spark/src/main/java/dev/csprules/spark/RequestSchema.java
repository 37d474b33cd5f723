package dev.csprules.spark;

import org.apache.spark.sql.types.StructType;

/**
 * The input columns: orders and enrollment applications as nested rows whose field names are the
 * API records' component names, so that a problem's path ({@code seller.address.country},
 * {@code lines[0].quantity}) names the column that holds the value. Pass a schema to
 * {@code spark.read().schema(...)} for JSON Lines; Parquet files written with it read as they are;
 * flat CSV goes through {@link FlatCsv#nest}.
 *
 * <p>Every column may be left out or null: text reads as blank, flags as false, lists as empty,
 * and the engine judges the request as it would a Java caller's. Points in time ({@code orderDate},
 * {@code dateAgreed}), months, amounts and enumerated values (kinds, models, channels) have no
 * default: a row missing one comes out REJECTED naming it. Columns not listed here are ignored.
 * A point in time is text as {@code PointInTime.parse} reads it: a day ({@code 2020-11-15}), a
 * date-time with its offset ({@code 2020-11-15T08:00:00+09:00}) or {@code unknown} (never for
 * {@code orderDate}); a DATE column is read too, as its day, so rows written before points in time
 * read as they were. {@code ownerUsesTenantForCspTransactions} is {@code true}, {@code false} or
 * {@code unknown} as text, or a BOOLEAN column; a line's {@code kind} may be {@code UNKNOWN}.
 * Enumerated values are the API enums' names ({@code ONLINE_SERVICE}); {@code revenue.month} is
 * {@code YYYY-MM}; {@code revenue.amount} is a decimal in plain notation as text, so that
 * {@code 25000.00} keeps the scale the findings print (a DECIMAL column is read too, at its scale).
 */
public final class RequestSchema {
  private static final String PARTNER =
      "STRUCT<companyName: STRING, mpnId: STRING, mpnMembershipActive: BOOLEAN,"
          + " locationMpnIds: MAP<STRING, STRING>,"
          + " address: STRUCT<street: STRING, city: STRING, postalCode: STRING, country: STRING>,"
          + " bankInformationOnFile: BOOLEAN, adminEmail: STRING, legalSignatory: STRING, supportPlan: STRING,"
          + " capabilities: ARRAY<STRING>, servicesOffered: ARRAY<STRING>, enrolledAs: ARRAY<STRING>,"
          + " tenants: ARRAY<STRUCT<tenantId: STRING, usedForCspTransactions: BOOLEAN>>,"
          + " indirectProviders: ARRAY<STRUCT<providerMpnId: STRING, active: BOOLEAN>>,"
          + " customerRelationships: ARRAY<STRING>,"
          + " revenue: ARRAY<STRUCT<month: STRING, amount: STRING, currency: STRING, kind: STRING, channel: STRING>>>";

  /** An order: the seller, the customer, the currency, the order date and the lines. */
  public static final String ORDERS_DDL =
      "orderId STRING, seller " + PARTNER + ","
          + " customer STRUCT<tenantId: STRING, country: STRING,"
          + " agreementAcceptances: ARRAY<STRUCT<type: STRING, dateAgreed: STRING>>,"
          + " ownerPartnerMpnId: STRING, ownerUsesTenantForCspTransactions: STRING>,"
          + " currency STRING, orderDate STRING,"
          + " lines ARRAY<STRUCT<offerId: STRING, kind: STRING, quantity: INT>>";

  /** An enrollment application: the partner, the model applied for and the sell location. */
  public static final String APPLICATIONS_DDL =
      "applicationId STRING, partner " + PARTNER + ", model STRING, sellLocation STRING";

  private RequestSchema() {}

  public static StructType orders() {
    return StructType.fromDDL(ORDERS_DDL);
  }

  public static StructType applications() {
    return StructType.fromDDL(APPLICATIONS_DDL);
  }
}
