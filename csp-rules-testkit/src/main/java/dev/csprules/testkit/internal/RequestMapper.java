package dev.csprules.testkit.internal;

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
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Maps a request written in the API's field names onto the API's records. A field left out takes
 * the default the API's builders give (blank text, false, NONE, empty collections); what has no
 * default (a date, an amount, the model, a line's kind) is required. The engine then judges the
 * request as it would any caller's: a blank order id, say, is its bad input to report, not ours.
 *
 * <p>Every problem is collected. A request read with problems is built with stand-ins for what
 * could not be read, so the engine can name its own problems too; it is never decided.
 */
final class RequestMapper {
  /** Stands in for a value that could not be read, so reading goes on to find the next problem. */
  private static final PointInTime NO_TIME = PointInTime.of(LocalDate.EPOCH);

  private final Fixtures fixtures;
  private final Problems problems;
  private final boolean partial;

  /** @param partial true to check a fixture, which may leave out what a request requires */
  RequestMapper(Fixtures fixtures, Problems problems, boolean partial) {
    this.fixtures = fixtures;
    this.problems = problems;
    this.partial = partial;
  }

  /** Reads a fixture as far as it goes, to report its problems even when no scenario uses it. */
  void check(FixtureKind kind, Value.Mapping fixture, String path) {
    switch (kind) {
      case PARTNERS -> partner(fixture, path);
      case CUSTOMERS -> customer(fixture, path);
      case APPLICATIONS -> application(fixture, path);
      case ORDERS -> order(fixture, path);
    }
  }

  Optional<EnrollmentApplication> application(Value value, String path) {
    return object(
        FixtureKind.APPLICATIONS,
        value,
        path,
        fields ->
            new EnrollmentApplication(
                fields.text("applicationId"),
                fields.optional("partner", this::partner).orElseGet(() -> Partner.builder().build()),
                fields.required("model", choice(CspModel.class)).orElse(CspModel.INDIRECT_RESELLER),
                fields.text("sellLocation")));
  }

  Optional<Order> order(Value value, String path) {
    return object(
        FixtureKind.ORDERS,
        value,
        path,
        fields ->
            new Order(
                fields.text("orderId"),
                fields.optional("seller", this::partner).orElseGet(() -> Partner.builder().build()),
                fields.optional("customer", this::customer).orElseGet(RequestMapper::blankCustomer),
                fields.text("currency"),
                fields.required("orderDate", this::orderTime).orElse(NO_TIME),
                fields.list("lines", this::line)));
  }

  private Optional<Partner> partner(Value value, String path) {
    return object(FixtureKind.PARTNERS, value, path, this::partner);
  }

  private Partner partner(ObjectFields fields) {
    Partner.Builder partner =
        Partner.builder()
            .companyName(fields.text("companyName"))
            .mpnId(fields.text("mpnId"))
            .mpnMembershipActive(fields.flag("mpnMembershipActive"));
    fields.textMap("locationMpnIds").forEach(partner::locationMpnId);
    partner
        .address(fields.optional("address", this::address).orElseGet(Address::empty))
        .bankInformationOnFile(fields.flag("bankInformationOnFile"))
        .adminEmail(fields.text("adminEmail"))
        .legalSignatory(fields.text("legalSignatory"))
        .supportPlan(fields.choice("supportPlan", SupportPlan.class, SupportPlan.NONE));
    fields.set("capabilities", choice(Capability.class)).forEach(partner::capability);
    fields.set("servicesOffered", choice(ServiceOffering.class)).forEach(partner::serviceOffered);
    fields.set("enrolledAs", choice(CspModel.class)).forEach(partner::enrolledAs);
    fields.list("tenants", this::tenant).forEach(partner::tenant);
    fields.list("indirectProviders", this::indirectProvider).forEach(partner::indirectProvider);
    fields.set("customerRelationships", this::text).forEach(partner::customerRelationship);
    return partner.revenue(fields.list("revenue", this::revenue)).build();
  }

  private Optional<Address> address(Value value, String path) {
    return object(
        value,
        path,
        fields ->
            new Address(
                fields.text("street"), fields.text("city"), fields.text("postalCode"), fields.text("country")));
  }

  private Optional<Tenant> tenant(Value value, String path) {
    return object(
        value, path, fields -> new Tenant(fields.text("tenantId"), fields.flag("usedForCspTransactions")));
  }

  private Optional<IndirectProviderRelationship> indirectProvider(Value value, String path) {
    return object(
        value,
        path,
        fields -> new IndirectProviderRelationship(fields.text("providerMpnId"), fields.flag("active")));
  }

  private Optional<RevenueRecord> revenue(Value value, String path) {
    return object(
        value,
        path,
        fields ->
            new RevenueRecord(
                fields.required("month", this::month).orElse(YearMonth.of(2000, 1)),
                fields.required("amount", this::decimal).orElse(BigDecimal.ZERO),
                fields.text("currency"),
                fields.required("kind", choice(RevenueKind.class)).orElse(RevenueKind.CLOUD),
                fields.required("channel", choice(SalesChannel.class)).orElse(SalesChannel.INDIRECT_RESELLER)));
  }

  private Optional<Customer> customer(Value value, String path) {
    return object(
        FixtureKind.CUSTOMERS,
        value,
        path,
        fields ->
            new Customer(
                fields.text("tenantId"),
                fields.text("country"),
                fields.list("agreementAcceptances", this::agreementAcceptance),
                fields.text("ownerPartnerMpnId"),
                fields.truth("ownerUsesTenantForCspTransactions")));
  }

  private Optional<AgreementAcceptance> agreementAcceptance(Value value, String path) {
    return object(
        value,
        path,
        fields ->
            new AgreementAcceptance(
                fields.required("type", choice(AgreementType.class)).orElse(AgreementType.OTHER),
                fields.required("dateAgreed", this::acceptanceTime).orElse(NO_TIME)));
  }

  private Optional<OrderLine> line(Value value, String path) {
    return object(
        value,
        path,
        fields ->
            new OrderLine(
                fields.text("offerId"),
                fields.required("kind", choice(ProductKind.class)).orElse(ProductKind.OTHER),
                fields.required("quantity", this::wholeNumber).orElse(0)));
  }

  /** Builds an object from its fields, then reports any field it did not ask for. */
  private <T> Optional<T> object(Value value, String path, Function<ObjectFields, T> build) {
    return fields(value, path).map(fields -> built(fields, build));
  }

  private <T> Optional<T> object(FixtureKind kind, Value value, String path, Function<ObjectFields, T> build) {
    return fields(kind, value, path).map(fields -> built(fields, build));
  }

  private static <T> T built(ObjectFields fields, Function<ObjectFields, T> build) {
    T built = build.apply(fields);
    fields.finish();
    return built;
  }

  /** The fields of a value that may use a fixture of {@code kind}, with the fixture laid under. */
  private Optional<ObjectFields> fields(FixtureKind kind, Value value, String path) {
    if (value instanceof Value.Mapping mapping) {
      return ObjectFields.of(fixtures.resolve(kind, mapping, path, problems), path, problems, partial);
    }
    return ObjectFields.of(value, path, problems, partial);
  }

  private Optional<ObjectFields> fields(Value value, String path) {
    return ObjectFields.of(value, path, problems, partial);
  }

  private Optional<String> text(Value value, String path) {
    return Scalars.text(value, path, problems);
  }

  private Optional<PointInTime> orderTime(Value value, String path) {
    return Scalars.pointInTime(value, path, problems, false);
  }

  private Optional<PointInTime> acceptanceTime(Value value, String path) {
    return Scalars.pointInTime(value, path, problems, true);
  }

  private Optional<YearMonth> month(Value value, String path) {
    return Scalars.month(value, path, problems);
  }

  private Optional<BigDecimal> decimal(Value value, String path) {
    return Scalars.decimal(value, path, problems);
  }

  private Optional<Integer> wholeNumber(Value value, String path) {
    return Scalars.wholeNumber(value, path, problems);
  }

  private <E extends Enum<E>> ObjectFields.ItemReader<E> choice(Class<E> type) {
    return (value, path) -> Scalars.choice(value, path, type, problems);
  }

  private static Customer blankCustomer() {
    return new Customer("", "", List.of(), "", false);
  }
}
