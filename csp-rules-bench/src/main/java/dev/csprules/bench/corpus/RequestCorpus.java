package dev.csprules.bench.corpus;

import dev.csprules.api.EnrollmentApplication;
import dev.csprules.api.Order;
import dev.csprules.api.PolicyRequest;
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
import dev.csprules.api.fact.Truth;
import dev.csprules.api.fact.RevenueKind;
import dev.csprules.api.fact.RevenueRecord;
import dev.csprules.api.fact.SalesChannel;
import dev.csprules.api.fact.ServiceOffering;
import dev.csprules.api.fact.SupportPlan;
import dev.csprules.api.fact.Tenant;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * Requests made by breaking requests that pass every rule, one or several facts at a time, across
 * both editions and the boundary dates: the corpus the yardstick is checked on and the benchmarks
 * cycle through. Seeded, so a run can be repeated exactly.
 */
public final class RequestCorpus {
  /** One request and the date it is decided as of. */
  public record Case(PolicyRequest request, LocalDate asOf) {}

  /** Edition starts and ends, the days either side of them, and ordinary days in between. */
  static final List<LocalDate> AS_OF_DATES =
      List.of(
          LocalDate.of(2018, 1, 24),
          LocalDate.of(2018, 3, 31),
          LocalDate.of(2018, 4, 1),
          LocalDate.of(2019, 6, 15),
          LocalDate.of(2020, 10, 26),
          LocalDate.of(2020, 10, 27),
          LocalDate.of(2020, 11, 1),
          LocalDate.of(2020, 11, 15),
          LocalDate.of(2020, 11, 30),
          LocalDate.of(2020, 12, 1),
          LocalDate.of(2021, 6, 30),
          LocalDate.of(2025, 1, 31));

  /** The day the passing requests are written for: every 2020-10 requirement met. */
  public static final LocalDate PASSING_AS_OF = LocalDate.of(2020, 11, 15);

  private static final String CUSTOMER_TENANT = "customer-tenant-1";

  private RequestCorpus() {}

  /** A partner meeting every requirement of both models as of {@link #PASSING_AS_OF}. */
  public static PartnerDraft passingPartner() {
    return new PartnerDraft();
  }

  public static EnrollmentApplication passingApplication(CspModel model) {
    return new EnrollmentApplication("application-1", passingPartner().build(), model, "JP");
  }

  public static Order passingOrder() {
    return new OrderDraft(passingPartner()).build("order-1");
  }

  /**
   * {@code size} cases, half applications and half orders, each a passing request with zero to
   * four facts broken, decided as of a date from {@link #AS_OF_DATES}.
   */
  public static List<Case> generated(long seed, int size) {
    Random random = new Random(seed);
    List<Case> cases = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      LocalDate asOf = AS_OF_DATES.get(random.nextInt(AS_OF_DATES.size()));
      int mutations = random.nextInt(5);
      PolicyRequest request =
          i % 2 == 0 ? application(random, mutations, i) : order(random, mutations, i);
      cases.add(new Case(request, asOf));
    }
    return cases;
  }

  /** Only the applications, or only the orders, of a generated corpus. */
  public static List<Case> generated(long seed, int size, Class<? extends PolicyRequest> kind) {
    return generated(seed, size * 2).stream().filter(c -> kind.isInstance(c.request())).toList();
  }

  private static EnrollmentApplication application(Random random, int mutations, int index) {
    PartnerDraft partner = passingPartner();
    CspModel model = random.nextBoolean() ? CspModel.DIRECT_BILL : CspModel.INDIRECT_RESELLER;
    String sellLocation = "JP";
    for (int i = 0; i < mutations; i++) {
      if (random.nextInt(8) == 0) {
        sellLocation = pick(random, "US", "XK", "DE", "JP", "CN", "SY");
      } else {
        pick(random, PARTNER_MUTATIONS).accept(partner, random);
      }
    }
    return new EnrollmentApplication("application-" + index, partner.build(), model, sellLocation);
  }

  private static Order order(Random random, int mutations, int index) {
    OrderDraft order = new OrderDraft(passingPartner());
    for (int i = 0; i < mutations; i++) {
      if (random.nextInt(3) == 0) {
        pick(random, PARTNER_MUTATIONS).accept(order.seller, random);
      } else {
        pick(random, ORDER_MUTATIONS).accept(order, random);
      }
    }
    return order.build("order-" + index);
  }

  @SafeVarargs
  private static <T> T pick(Random random, T... choices) {
    return choices[random.nextInt(choices.length)];
  }

  private static <T> T pick(Random random, List<T> choices) {
    return choices.get(random.nextInt(choices.size()));
  }

  /** Each breaks or varies one fact of a partner. */
  private static final List<BiConsumer<PartnerDraft, Random>> PARTNER_MUTATIONS =
      List.of(
          (p, r) -> p.mpnId = pick(r, "", " ", "7777777"),
          (p, r) -> p.mpnMembershipActive = false,
          (p, r) ->
              p.locationMpnIds =
                  pick(r, Map.of(), Map.of("JP", ""), Map.of("US", "111"), Map.of("JP", "1", "US", "2")),
          (p, r) -> p.street = pick(r, "", "  "),
          (p, r) -> p.city = "",
          (p, r) -> p.postalCode = "",
          (p, r) -> {
            // Countries that use no postal code, other markets, Kosovo, and no market at all.
            p.country = pick(r, "HK", "US", "DE", "XK", "KP", "QA", "SY", "CN", "");
            p.postalCode = pick(r, "", "12345");
          },
          (p, r) -> p.bankInformationOnFile = false,
          (p, r) ->
              p.adminEmail =
                  pick(r, "", "admin", "admin@localhost", "someone@gmail.com", "Someone@GMAIL.COM",
                      "a.b@sub.contoso.co.jp", "x@yahoo.co.jp", "bad@@contoso.com", "o'neil@contoso.com",
                      ".admin@contoso.com", "a..b@contoso.com", "admin@-contoso.com", "admin@contoso.123",
                      "admin!x@contoso.com", "admin@contoso.corp"),
          (p, r) -> p.legalSignatory = "",
          (p, r) -> p.supportPlan = pick(r, SupportPlan.values()),
          (p, r) ->
              p.capabilities =
                  pick(r, Set.of(), Set.of(Capability.BILLING), Set.of(Capability.PROVISIONING)),
          (p, r) -> p.servicesOffered = pick(r, Set.of(), Set.of(ServiceOffering.IP_SERVICE)),
          (p, r) ->
              p.enrolledAs =
                  pick(r, Set.of(), Set.of(CspModel.DIRECT_BILL),
                      Set.of(CspModel.INDIRECT_RESELLER, CspModel.DIRECT_BILL)),
          (p, r) ->
              p.indirectProviders =
                  pick(r, List.of(), List.of(new IndirectProviderRelationship("9000002", false)),
                      List.of(new IndirectProviderRelationship("9000002", false),
                          new IndirectProviderRelationship("9000003", true))),
          (p, r) -> p.customerRelationships = pick(r, Set.of(), Set.of("another-customer")),
          (p, r) -> p.mutateRevenue(r));

  /** Each breaks or varies one fact of an order. */
  private static final List<BiConsumer<OrderDraft, Random>> ORDER_MUTATIONS =
      List.of(
          (o, r) -> o.customerCountry = pick(r, "US", "DE", "VA", "KN", "KP", "XK", "HK", "CN"),
          (o, r) -> o.currency = pick(r, "USD", "EUR", "GBP", "JPY"),
          (o, r) ->
              o.agreements =
                  pick(r, List.of(),
                      List.of(new AgreementAcceptance(AgreementType.MICROSOFT_CUSTOMER_AGREEMENT, o.orderDate.plusDays(1))),
                      List.of(new AgreementAcceptance(AgreementType.MICROSOFT_CUSTOMER_AGREEMENT, o.orderDate)),
                      List.of(new AgreementAcceptance(AgreementType.MICROSOFT_CLOUD_AGREEMENT, LocalDate.of(2019, 1, 1))),
                      List.of(new AgreementAcceptance(AgreementType.OTHER, LocalDate.of(2019, 1, 1)),
                          new AgreementAcceptance(AgreementType.MICROSOFT_CUSTOMER_AGREEMENT, LocalDate.of(2019, 1, 1))),
                      List.of(AgreementAcceptance.dateUnknown(AgreementType.MICROSOFT_CUSTOMER_AGREEMENT)),
                      List.of(AgreementAcceptance.dateUnknown(AgreementType.MICROSOFT_CLOUD_AGREEMENT),
                          AgreementAcceptance.dateUnknown(AgreementType.MICROSOFT_CUSTOMER_AGREEMENT),
                          new AgreementAcceptance(AgreementType.MICROSOFT_CUSTOMER_AGREEMENT, o.orderDate.plusDays(1))),
                      List.of(new AgreementAcceptance(AgreementType.MICROSOFT_CUSTOMER_AGREEMENT,
                          PointInTime.of(o.orderDate.atTime(8, 0).atOffset(ZoneOffset.ofHours(9)))))),
          (o, r) -> {
            o.ownerMpnId = pick(r, "", "8888888", o.seller.mpnId);
            o.ownerUsesTenantForCsp = pick(r, Truth.TRUE, Truth.FALSE, Truth.UNKNOWN);
          },
          (o, r) ->
              o.lines =
                  pick(r, List.of(new OrderLine("perpetual-1", ProductKind.PERPETUAL_SOFTWARE, 1)),
                      List.of(new OrderLine("perpetual-1", ProductKind.PERPETUAL_SOFTWARE, 1),
                          new OrderLine("o365", ProductKind.ONLINE_SERVICE, 3)),
                      List.of(new OrderLine("other-1", ProductKind.OTHER, 2))),
          (o, r) ->
              o.orderDate =
                  pick(r, LocalDate.of(2020, 2, 29), LocalDate.of(2020, 3, 1), LocalDate.of(2021, 1, 4)));

  /** A partner being put together: the passing values until a mutation changes one. */
  public static final class PartnerDraft {
    String mpnId = "1234567";
    boolean mpnMembershipActive = true;
    Map<String, String> locationMpnIds = Map.of("JP", "7654321");
    String street = "1-2-3 Minato";
    String city = "Tokyo";
    String postalCode = "105-0001";
    String country = "JP";
    boolean bankInformationOnFile = true;
    String adminEmail = "admin@contoso.co.jp";
    String legalSignatory = "Hanako Sato";
    SupportPlan supportPlan = SupportPlan.ADVANCED_SUPPORT_FOR_PARTNERS;
    Set<Capability> capabilities = EnumSet.of(Capability.BILLING, Capability.PROVISIONING);
    Set<ServiceOffering> servicesOffered = EnumSet.of(ServiceOffering.MANAGED_SERVICE);
    Set<CspModel> enrolledAs = EnumSet.of(CspModel.INDIRECT_RESELLER);
    List<IndirectProviderRelationship> indirectProviders =
        List.of(new IndirectProviderRelationship("9000001", true));
    Set<String> customerRelationships = Set.of(CUSTOMER_TENANT);
    /** USD 25,000 a month over 2019-11..2020-10: exactly the threshold as of any day of 2020-11. */
    List<RevenueRecord> revenue = monthlyRevenue(YearMonth.of(2019, 11), 12, "25000.00");

    PartnerDraft() {}

    public PartnerDraft mpnId(String mpnId) {
      this.mpnId = mpnId;
      return this;
    }

    public PartnerDraft country(String country) {
      this.country = country;
      return this;
    }

    public PartnerDraft customerRelationships(Set<String> tenantIds) {
      this.customerRelationships = Set.copyOf(tenantIds);
      return this;
    }

    void mutateRevenue(Random random) {
      List<RevenueRecord> records = new ArrayList<>(revenue);
      switch (random.nextInt(8)) {
        case 0 -> records.set(0, RevenueRecord.cloudAsIndirectReseller(YearMonth.of(2019, 11), "24999.99"));
        case 1 -> records.add(RevenueRecord.cloudAsIndirectReseller(YearMonth.of(2019, 10), "90000.00"));
        case 2 -> records.add(
            new RevenueRecord(YearMonth.of(2020, 5), new BigDecimal("50000.00"), "USD",
                RevenueKind.PERPETUAL_SOFTWARE, SalesChannel.INDIRECT_RESELLER));
        case 3 -> records.add(
            new RevenueRecord(YearMonth.of(2020, 6), new BigDecimal("50000.00"), "USD",
                RevenueKind.CLOUD, SalesChannel.DIRECT));
        case 4 -> records.clear();
        case 5 -> records = monthlyRevenue(YearMonth.of(2017, 6), 18, "40000.00");
        // Two equal records of one month are two sales, and both count.
        case 6 -> {
          RevenueRecord record = RevenueRecord.cloudAsIndirectReseller(YearMonth.of(2020, 9), "25000.00");
          records.add(record);
          records.add(record);
        }
        default -> records.add(
            new RevenueRecord(YearMonth.of(2020, 10), new BigDecimal("0.01"), "USD",
                RevenueKind.OTHER, SalesChannel.OTHER));
      }
      revenue = records;
    }

    public Partner build() {
      Partner.Builder builder =
          Partner.builder()
              .companyName("Contoso KK")
              .mpnId(mpnId)
              .mpnMembershipActive(mpnMembershipActive)
              .address(new Address(street, city, postalCode, country))
              .bankInformationOnFile(bankInformationOnFile)
              .adminEmail(adminEmail)
              .legalSignatory(legalSignatory)
              .supportPlan(supportPlan)
              .tenant(new Tenant("contoso-csp", true))
              .revenue(revenue);
      new LinkedHashMap<>(locationMpnIds).forEach(builder::locationMpnId);
      capabilities.forEach(builder::capability);
      servicesOffered.forEach(builder::serviceOffered);
      enrolledAs.forEach(builder::enrolledAs);
      indirectProviders.forEach(builder::indirectProvider);
      customerRelationships.forEach(builder::customerRelationship);
      return builder.build();
    }

    private static List<RevenueRecord> monthlyRevenue(YearMonth first, int months, String amountUsd) {
      List<RevenueRecord> records = new ArrayList<>(months);
      for (int i = 0; i < months; i++) {
        records.add(RevenueRecord.cloudAsIndirectReseller(first.plusMonths(i), amountUsd));
      }
      return List.copyOf(records);
    }
  }

  /** An order being put together: the passing values until a mutation changes one. */
  static final class OrderDraft {
    final PartnerDraft seller;
    String customerCountry = "JP";
    String currency = "JPY";
    LocalDate orderDate = LocalDate.of(2020, 11, 15);
    List<AgreementAcceptance> agreements =
        List.of(new AgreementAcceptance(AgreementType.MICROSOFT_CUSTOMER_AGREEMENT, LocalDate.of(2020, 3, 1)));
    String ownerMpnId = "";
    Truth ownerUsesTenantForCsp = Truth.FALSE;
    List<OrderLine> lines = List.of(new OrderLine("office-365-e3", ProductKind.ONLINE_SERVICE, 10));

    OrderDraft(PartnerDraft seller) {
      this.seller = seller;
    }

    Order build(String orderId) {
      Customer customer =
          new Customer(CUSTOMER_TENANT, customerCountry, agreements, ownerMpnId, ownerUsesTenantForCsp);
      return new Order(orderId, seller.build(), customer, currency, orderDate, lines);
    }
  }
}
