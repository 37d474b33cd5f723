package dev.csprules.testkit.corpus;

import dev.csprules.api.fact.AgreementType;
import dev.csprules.api.fact.Capability;
import dev.csprules.api.fact.CspModel;
import dev.csprules.api.fact.ProductKind;
import dev.csprules.api.fact.RevenueKind;
import dev.csprules.api.fact.SalesChannel;
import dev.csprules.api.fact.ServiceOffering;
import dev.csprules.api.fact.SupportPlan;
import java.util.ArrayList;
import java.util.List;

/**
 * A field of a base document and the kind of value it takes, which decides how the corpus breaks
 * it. The tables below list every field of a request as docs/scenarios.md describes it.
 */
record Field(String path, Kind kind, Class<? extends Enum<?>> type) {

  enum Kind {
    /** A mapping of fields: the whole file, a partner, an address, a list item. */
    OBJECT,
    /** Any text; the policy judges blank text, the reader does not. */
    TEXT,
    /** Text the engine requires: blank is bad input. */
    REQUIRED_TEXT,
    FLAG,
    ENUM,
    /** An enum value the reader requires: it has no default. */
    REQUIRED_ENUM,
    /** A list of enum values, none repeated. */
    ENUM_SET,
    /** A list of text, none repeated. */
    TEXT_SET,
    /** A date the reader requires. */
    REQUIRED_DATE,
    /** An order's time, required: a date or a date-time with its offset. */
    ORDER_TIME,
    /** An acceptance time, required: a date, a date-time with its offset, or unknown. */
    ACCEPTANCE_TIME,
    /** true, false or unknown. */
    TRUTH,
    /** A request file's optional asOf: the engine refuses a day before the first edition. */
    AS_OF,
    MONTH,
    AMOUNT,
    QUANTITY,
    COUNTRY,
    REQUIRED_COUNTRY,
    /** A text-to-text mapping keyed by country code. */
    COUNTRY_MAP,
    /** An order's currency: any ISO 4217 code. */
    CURRENCY,
    /** A revenue record's currency: USD only. */
    USD,
    /** A list of mappings. */
    OBJECT_LIST,
    /** An order's lines: a list of mappings that must not be empty. */
    LINES
  }

  static Field of(String path, Kind kind) {
    return new Field(path, kind, null);
  }

  static Field of(String path, Kind kind, Class<? extends Enum<?>> type) {
    return new Field(path, kind, type);
  }

  /** Every field of {@link BaseDocuments#APPLICATION}. */
  static List<Field> application() {
    List<Field> fields = new ArrayList<>();
    fields.add(of("", Kind.OBJECT));
    fields.add(of("asOf", Kind.AS_OF));
    fields.add(of("description", Kind.TEXT));
    fields.add(of("application", Kind.OBJECT));
    fields.add(of("application.applicationId", Kind.REQUIRED_TEXT));
    fields.add(of("application.model", Kind.REQUIRED_ENUM, CspModel.class));
    fields.add(of("application.sellLocation", Kind.REQUIRED_COUNTRY));
    String partner = "application.partner";
    fields.add(of(partner, Kind.OBJECT));
    fields.add(of(partner + ".companyName", Kind.REQUIRED_TEXT));
    fields.add(of(partner + ".mpnId", Kind.TEXT));
    fields.add(of(partner + ".mpnMembershipActive", Kind.FLAG));
    fields.add(of(partner + ".locationMpnIds", Kind.COUNTRY_MAP));
    fields.add(of(partner + ".address", Kind.OBJECT));
    fields.add(of(partner + ".address.street", Kind.TEXT));
    fields.add(of(partner + ".address.city", Kind.TEXT));
    fields.add(of(partner + ".address.postalCode", Kind.TEXT));
    fields.add(of(partner + ".address.country", Kind.COUNTRY));
    fields.add(of(partner + ".bankInformationOnFile", Kind.FLAG));
    fields.add(of(partner + ".adminEmail", Kind.TEXT));
    fields.add(of(partner + ".legalSignatory", Kind.TEXT));
    fields.add(of(partner + ".supportPlan", Kind.ENUM, SupportPlan.class));
    fields.add(of(partner + ".capabilities", Kind.ENUM_SET, Capability.class));
    fields.add(of(partner + ".servicesOffered", Kind.ENUM_SET, ServiceOffering.class));
    fields.add(of(partner + ".enrolledAs", Kind.ENUM_SET, CspModel.class));
    fields.add(of(partner + ".tenants", Kind.OBJECT_LIST));
    fields.add(of(partner + ".tenants[0]", Kind.OBJECT));
    fields.add(of(partner + ".tenants[0].tenantId", Kind.REQUIRED_TEXT));
    fields.add(of(partner + ".tenants[0].usedForCspTransactions", Kind.FLAG));
    fields.add(of(partner + ".indirectProviders", Kind.OBJECT_LIST));
    fields.add(of(partner + ".indirectProviders[0]", Kind.OBJECT));
    fields.add(of(partner + ".indirectProviders[0].providerMpnId", Kind.REQUIRED_TEXT));
    fields.add(of(partner + ".indirectProviders[0].active", Kind.FLAG));
    fields.add(of(partner + ".customerRelationships", Kind.TEXT_SET));
    fields.add(of(partner + ".revenue", Kind.OBJECT_LIST));
    fields.add(of(partner + ".revenue[0]", Kind.OBJECT));
    fields.add(of(partner + ".revenue[0].month", Kind.MONTH));
    fields.add(of(partner + ".revenue[0].amount", Kind.AMOUNT));
    fields.add(of(partner + ".revenue[0].currency", Kind.USD));
    fields.add(of(partner + ".revenue[0].kind", Kind.REQUIRED_ENUM, RevenueKind.class));
    fields.add(of(partner + ".revenue[0].channel", Kind.REQUIRED_ENUM, SalesChannel.class));
    return fields;
  }

  /** Every field of {@link BaseDocuments#ORDER} that an application does not have too. */
  static List<Field> order() {
    return List.of(
        of("", Kind.OBJECT),
        of("name", Kind.TEXT),
        of("order", Kind.OBJECT),
        of("order.orderId", Kind.REQUIRED_TEXT),
        of("order.currency", Kind.CURRENCY),
        of("order.orderDate", Kind.ORDER_TIME),
        of("order.seller", Kind.OBJECT),
        of("order.seller.companyName", Kind.REQUIRED_TEXT),
        of("order.seller.address", Kind.OBJECT),
        of("order.seller.address.country", Kind.REQUIRED_COUNTRY),
        of("order.customer", Kind.OBJECT),
        of("order.customer.tenantId", Kind.REQUIRED_TEXT),
        of("order.customer.country", Kind.REQUIRED_COUNTRY),
        of("order.customer.agreementAcceptances", Kind.OBJECT_LIST),
        of("order.customer.agreementAcceptances[0]", Kind.OBJECT),
        of("order.customer.agreementAcceptances[0].type", Kind.REQUIRED_ENUM, AgreementType.class),
        of("order.customer.agreementAcceptances[0].dateAgreed", Kind.ACCEPTANCE_TIME),
        of("order.customer.ownerPartnerMpnId", Kind.TEXT),
        of("order.customer.ownerUsesTenantForCspTransactions", Kind.TRUTH),
        of("order.lines", Kind.LINES),
        of("order.lines[0]", Kind.OBJECT),
        of("order.lines[0].offerId", Kind.REQUIRED_TEXT),
        of("order.lines[0].kind", Kind.REQUIRED_ENUM, ProductKind.class),
        of("order.lines[0].quantity", Kind.QUANTITY));
  }
}
