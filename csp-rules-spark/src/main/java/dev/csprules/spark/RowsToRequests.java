package dev.csprules.spark;

import dev.csprules.api.EnrollmentApplication;
import dev.csprules.api.Order;
import dev.csprules.api.PolicyRequest;
import dev.csprules.api.Problem;
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
import dev.csprules.spark.RowFields.SchemaRow;

/**
 * Rows of {@link RequestSchema} to the API's records: the one place that reads input rows. A value
 * left out takes the default the API's builders give; what has no default is a problem. Every
 * problem of a row is collected, and a row with any builds no request. Whether the request is
 * good input (an order needs a line, a country code must be known) is the engine's to judge.
 */
final class RowsToRequests {
  /** Stands in for a value that could not be read, so reading goes on to find the next problem. */
  private static final PointInTime NO_TIME = PointInTime.of(LocalDate.EPOCH);

  /** What a row read as: its id as given, and the request, or the problems that stopped it. */
  record Read(String id, Optional<PolicyRequest> request, List<Problem> problems) {}

  private RowsToRequests() {}

  static Read order(SchemaRow row) {
    RowFields fields = new RowFields();
    String id = fields.text(row, "orderId", "orderId");
    Order order =
        new Order(
            id,
            partner(fields, fields.struct(row, "seller", "seller"), "seller"),
            customer(fields, fields.struct(row, "customer", "customer")),
            fields.text(row, "currency", "currency"),
            fields.knownPointInTime(row, "orderDate", "orderDate", NO_TIME),
            fields.structs(row, "lines", "lines", (line, at) -> line(fields, line, at)));
    return read(id, order, fields);
  }

  static Read application(SchemaRow row) {
    RowFields fields = new RowFields();
    String id = fields.text(row, "applicationId", "applicationId");
    EnrollmentApplication application =
        new EnrollmentApplication(
            id,
            partner(fields, fields.struct(row, "partner", "partner"), "partner"),
            fields.choice(row, "model", "model", CspModel.class, CspModel.INDIRECT_RESELLER),
            fields.text(row, "sellLocation", "sellLocation"));
    return read(id, application, fields);
  }

  private static Read read(String id, PolicyRequest request, RowFields fields) {
    List<Problem> problems = List.copyOf(fields.problems());
    return new Read(id, problems.isEmpty() ? Optional.of(request) : Optional.empty(), problems);
  }

  private static Partner partner(RowFields fields, SchemaRow row, String path) {
    return Partner.builder()
        .companyName(fields.text(row, "companyName", path + ".companyName"))
        .mpnId(fields.text(row, "mpnId", path + ".mpnId"))
        .mpnMembershipActive(fields.flag(row, "mpnMembershipActive", path + ".mpnMembershipActive"))
        .locationMpnIds(fields.textMap(row, "locationMpnIds", path + ".locationMpnIds"))
        .address(address(fields, fields.struct(row, "address", path + ".address"), path + ".address"))
        .bankInformationOnFile(fields.flag(row, "bankInformationOnFile", path + ".bankInformationOnFile"))
        .adminEmail(fields.text(row, "adminEmail", path + ".adminEmail"))
        .legalSignatory(fields.text(row, "legalSignatory", path + ".legalSignatory"))
        .supportPlan(fields.optionalChoice(row, "supportPlan", path + ".supportPlan", SupportPlan.class, SupportPlan.NONE))
        .capabilities(choices(fields, row, "capabilities", path, Capability.class))
        .servicesOffered(choices(fields, row, "servicesOffered", path, ServiceOffering.class))
        .enrolledAs(choices(fields, row, "enrolledAs", path, CspModel.class))
        .tenants(
            fields.structs(row, "tenants", path + ".tenants", (tenant, at) -> new Tenant(
                    fields.text(tenant, "tenantId", at + ".tenantId"),
                    fields.flag(tenant, "usedForCspTransactions", at + ".usedForCspTransactions"))))
        .indirectProviders(
            fields.structs(row, "indirectProviders", path + ".indirectProviders", (provider, at) -> new IndirectProviderRelationship(
                    fields.text(provider, "providerMpnId", at + ".providerMpnId"),
                    fields.flag(provider, "active", at + ".active"))))
        .customerRelationships(
            fields.list(row, "customerRelationships", path + ".customerRelationships", fields::textItem))
        .revenue(
            fields.structs(row, "revenue", path + ".revenue", (record, at) -> revenue(fields, record, at)))
        .build();
  }

  private static <E extends Enum<E>> List<E> choices(
      RowFields fields, SchemaRow row, String field, String path, Class<E> type) {
    return fields.list(
        row, field, path + "." + field, (value, at) -> Optional.ofNullable(fields.choice(value, at, type, null)));
  }

  private static Address address(RowFields fields, SchemaRow row, String path) {
    return new Address(
        fields.text(row, "street", path + ".street"),
        fields.text(row, "city", path + ".city"),
        fields.text(row, "postalCode", path + ".postalCode"),
        fields.text(row, "country", path + ".country"));
  }

  private static RevenueRecord revenue(RowFields fields, SchemaRow row, String path) {
    return new RevenueRecord(
        fields.month(row, "month", path + ".month", YearMonth.of(2000, 1)),
        fields.amount(row, "amount", path + ".amount", BigDecimal.ZERO),
        fields.text(row, "currency", path + ".currency"),
        fields.choice(row, "kind", path + ".kind", RevenueKind.class, RevenueKind.CLOUD),
        fields.choice(row, "channel", path + ".channel", SalesChannel.class, SalesChannel.INDIRECT_RESELLER));
  }

  private static Customer customer(RowFields fields, SchemaRow row) {
    return new Customer(
        fields.text(row, "tenantId", "customer.tenantId"),
        fields.text(row, "country", "customer.country"),
        fields.structs(row, "agreementAcceptances", "customer.agreementAcceptances", (acceptance, at) -> new AgreementAcceptance(
                fields.choice(acceptance, "type", at + ".type", AgreementType.class, AgreementType.OTHER),
                fields.pointInTime(acceptance, "dateAgreed", at + ".dateAgreed", NO_TIME))),
        fields.text(row, "ownerPartnerMpnId", "customer.ownerPartnerMpnId"),
        fields.truth(row, "ownerUsesTenantForCspTransactions", "customer.ownerUsesTenantForCspTransactions"));
  }

  private static OrderLine line(RowFields fields, SchemaRow row, String path) {
    return new OrderLine(
        fields.text(row, "offerId", path + ".offerId"),
        fields.choice(row, "kind", path + ".kind", ProductKind.class, ProductKind.OTHER),
        fields.wholeNumber(row, "quantity", path + ".quantity", 0));
  }
}
