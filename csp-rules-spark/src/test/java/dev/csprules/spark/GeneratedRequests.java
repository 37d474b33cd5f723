package dev.csprules.spark;

import dev.csprules.api.EnrollmentApplication;
import dev.csprules.api.Order;
import dev.csprules.api.fact.Address;
import dev.csprules.api.fact.AgreementAcceptance;
import dev.csprules.api.fact.AgreementType;
import dev.csprules.api.fact.Capability;
import dev.csprules.api.fact.CspModel;
import dev.csprules.api.fact.Customer;
import dev.csprules.api.fact.IndirectProviderRelationship;
import dev.csprules.api.fact.OrderLine;
import dev.csprules.api.fact.Partner;
import dev.csprules.api.fact.PointInTime;
import dev.csprules.api.fact.ProductKind;
import dev.csprules.api.fact.RevenueKind;
import dev.csprules.api.fact.RevenueRecord;
import dev.csprules.api.fact.SalesChannel;
import dev.csprules.api.fact.ServiceOffering;
import dev.csprules.api.fact.SupportPlan;
import dev.csprules.api.fact.Tenant;
import dev.csprules.api.fact.Truth;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * Orders and applications made from their index alone (a Random seeded by seed and index), so that
 * the driver can make the records evaluateAll decides and the executors the rows Spark decides,
 * the same ones, without shipping either. Each starts as a request that passes every rule as of
 * {@link #AS_OF} and has zero to four facts broken, some of them into bad input (no line, a line
 * of no quantity, no currency, a country code no one has), some stated as unknown or as instants
 * with their offsets.
 */
final class GeneratedRequests {
  /** Both editions in force, and the twelve months of revenue the passing partner has. */
  static final LocalDate AS_OF = LocalDate.of(2020, 11, 15);

  private static final String CUSTOMER_TENANT = "customer-tenant-1";

  /** 2020-11-14T23:00Z: a day later in its own offset than in UTC. */
  private static final PointInTime TOKYO_MORNING = PointInTime.of(OffsetDateTime.parse("2020-11-15T08:00:00+09:00"));

  private GeneratedRequests() {}

  static Stream<Order> orders(long seed, long count) {
    return LongStream.range(0, count).mapToObj(index -> order(seed, index));
  }

  static Stream<EnrollmentApplication> applications(long seed, long count) {
    return LongStream.range(0, count).mapToObj(index -> application(seed, index));
  }

  static Dataset<Row> orderRows(SparkSession spark, long seed, long count) {
    RecordsToRows rows = rows(spark);
    return spark.range(count).mapPartitions(
        (MapPartitionsFunction<Long, Row>) ids -> Iterators.map(ids, index -> rows.order(order(seed, index))),
        Encoders.row(RequestSchema.orders()));
  }

  static Dataset<Row> applicationRows(SparkSession spark, long seed, long count) {
    return applicationRows(spark, seed, count, spark.sparkContext().defaultParallelism());
  }

  static Dataset<Row> applicationRows(SparkSession spark, long seed, long count, int partitions) {
    RecordsToRows rows = rows(spark);
    return spark.range(0, count, 1, partitions).mapPartitions(
        (MapPartitionsFunction<Long, Row>) ids -> Iterators.map(ids, index -> rows.application(application(seed, index))),
        Encoders.row(RequestSchema.applications()));
  }

  static RecordsToRows rows(SparkSession spark) {
    return new RecordsToRows(
        Boolean.parseBoolean(spark.conf().get("spark.sql.datetime.java8API.enabled", "false")));
  }

  static Order order(long seed, long index) {
    Random random = new Random(seed * 1_000_003L + index);
    Draft draft = new Draft();
    for (int i = random.nextInt(5); i > 0; i--) {
      draft.breakOrderFact(random);
    }
    return draft.order("order-" + index);
  }

  static EnrollmentApplication application(long seed, long index) {
    Random random = new Random(seed * 1_000_003L + index);
    Draft draft = new Draft();
    for (int i = random.nextInt(5); i > 0; i--) {
      draft.breakPartnerFact(random);
    }
    CspModel model = random.nextBoolean() ? CspModel.DIRECT_BILL : CspModel.INDIRECT_RESELLER;
    String sellLocation = random.nextInt(10) == 0 ? pick(random, "US", "DE", "QQ") : "JP";
    return new EnrollmentApplication("application-" + index, draft.partner(), model, sellLocation);
  }

  @SafeVarargs
  private static <T> T pick(Random random, T... choices) {
    return choices[random.nextInt(choices.length)];
  }

  /** A request being put together: passing values until a broken fact replaces one. */
  private static final class Draft {
    Partner.Builder seller =
        Partner.builder()
            .companyName("Contoso KK")
            .mpnId("1234567")
            .mpnMembershipActive(true)
            .locationMpnId("JP", "7654321")
            .address(new Address("1-2-3 Minato", "Tokyo", "105-0001", "JP"))
            .bankInformationOnFile(true)
            .adminEmail("admin@contoso.co.jp")
            .legalSignatory("Hanako Sato")
            .supportPlan(SupportPlan.ADVANCED_SUPPORT_FOR_PARTNERS)
            .capability(Capability.BILLING)
            .capability(Capability.PROVISIONING)
            .serviceOffered(ServiceOffering.MANAGED_SERVICE)
            .enrolledAs(CspModel.INDIRECT_RESELLER)
            .tenant(new Tenant("contoso-csp", true))
            .indirectProvider(new IndirectProviderRelationship("9000001", true))
            .customerRelationship(CUSTOMER_TENANT)
            .revenue(monthly(YearMonth.of(2019, 11), 12, "25000.00"));
    String customerCountry = "JP";
    String currency = "JPY";
    PointInTime orderDate = PointInTime.of(LocalDate.of(2020, 11, 15));
    List<AgreementAcceptance> agreements =
        List.of(new AgreementAcceptance(AgreementType.MICROSOFT_CUSTOMER_AGREEMENT, LocalDate.of(2020, 3, 1)));
    String ownerMpnId = "";
    Truth ownerUsesTenantForCsp = Truth.FALSE;
    List<OrderLine> lines = List.of(new OrderLine("office-365-e3", ProductKind.ONLINE_SERVICE, 10));

    void breakOrderFact(Random random) {
      switch (random.nextInt(12)) {
        case 0 -> customerCountry = pick(random, "US", "DE", "HK", "KP", "VA", "KN");
        case 1 -> currency = pick(random, "USD", "EUR", "");
        case 2 -> agreements = pick(random,
            List.of(),
            List.of(new AgreementAcceptance(AgreementType.MICROSOFT_CUSTOMER_AGREEMENT, LocalDate.of(2020, 11, 16))),
            List.of(new AgreementAcceptance(AgreementType.MICROSOFT_CLOUD_AGREEMENT, LocalDate.of(2019, 1, 1)),
                new AgreementAcceptance(AgreementType.MICROSOFT_CUSTOMER_AGREEMENT, LocalDate.of(2020, 11, 15))),
            // Signed only, with no date; signed at a time with its offset.
            List.of(AgreementAcceptance.dateUnknown(AgreementType.MICROSOFT_CUSTOMER_AGREEMENT)),
            List.of(new AgreementAcceptance(AgreementType.MICROSOFT_CUSTOMER_AGREEMENT, TOKYO_MORNING)));
        case 3 -> {
          ownerMpnId = pick(random, "8888888", "1234567", "");
          ownerUsesTenantForCsp = pick(random, Truth.values());
        }
        case 4 -> lines = pick(random,
            List.of(new OrderLine("perpetual-1", ProductKind.PERPETUAL_SOFTWARE, 1),
                new OrderLine("o365", ProductKind.ONLINE_SERVICE, 3)),
            List.of(new OrderLine("other-1", ProductKind.OTHER, 2)),
            List.of(new OrderLine("not-in-catalog", ProductKind.UNKNOWN, 2)),
            // Bad input: no line, or a line of no quantity.
            List.of(),
            List.of(new OrderLine("o365", ProductKind.ONLINE_SERVICE, 0)));
        case 5 -> orderDate = pick(random,
            PointInTime.of(LocalDate.of(2020, 2, 29)),
            PointInTime.of(LocalDate.of(2021, 1, 4)),
            // Just before and just after the Tokyo signing, in UTC.
            PointInTime.of(OffsetDateTime.parse("2020-11-14T22:59:00Z")),
            PointInTime.of(OffsetDateTime.parse("2020-11-14T23:30:00Z")));
        default -> breakPartnerFact(random);
      }
    }

    void breakPartnerFact(Random random) {
      switch (random.nextInt(14)) {
        case 0 -> seller.mpnId(pick(random, "", "7777777"));
        case 1 -> seller.mpnMembershipActive(false);
        case 2 -> seller.locationMpnIds(pick(random, java.util.Map.of(), java.util.Map.of("JP", "1", "US", "2")));
        case 3 -> seller.address(pick(random,
            new Address("", "Tokyo", "105-0001", "JP"),
            new Address("1 Main St", "Hong Kong", "", "HK"),
            new Address("1 Main St", "Berlin", "10115", "DE"),
            // Bad input: a country code no one has.
            new Address("1 Main St", "Nowhere", "1", "QQ")));
        case 4 -> seller.bankInformationOnFile(false);
        case 5 -> seller.adminEmail(pick(random, "", "someone@gmail.com", "admin@localhost"));
        case 6 -> seller.legalSignatory("");
        case 7 -> seller.supportPlan(pick(random, SupportPlan.values()));
        case 8 -> seller.capabilities(pick(random, List.of(), List.of(Capability.BILLING)));
        case 9 -> seller.enrolledAs(pick(random, List.of(), List.of(CspModel.DIRECT_BILL, CspModel.INDIRECT_RESELLER)));
        case 10 -> seller.indirectProviders(pick(random,
            List.of(), List.of(new IndirectProviderRelationship("9000002", false))));
        case 11 -> seller.customerRelationships(pick(random, List.of(), List.of("another-customer")));
        case 12 -> seller.servicesOffered(pick(random, List.of(), List.of(ServiceOffering.IP_SERVICE)));
        default -> seller.revenue(pick(random,
            List.of(),
            monthly(YearMonth.of(2019, 11), 12, "24999.99"),
            monthly(YearMonth.of(2019, 11), 12, "25000.5"),
            List.of(new RevenueRecord(YearMonth.of(2020, 6), new BigDecimal("300000.000001"), "USD",
                RevenueKind.CLOUD, SalesChannel.DIRECT))));
      }
    }

    Partner partner() {
      return seller.build();
    }

    Order order(String orderId) {
      Customer customer = new Customer(CUSTOMER_TENANT, customerCountry, agreements, ownerMpnId, ownerUsesTenantForCsp);
      return new Order(orderId, partner(), customer, currency, orderDate, lines);
    }

    private static List<RevenueRecord> monthly(YearMonth first, int months, String amountUsd) {
      List<RevenueRecord> records = new ArrayList<>(months);
      for (int i = 0; i < months; i++) {
        records.add(RevenueRecord.cloudAsIndirectReseller(first.plusMonths(i), amountUsd));
      }
      return records;
    }
  }
}
