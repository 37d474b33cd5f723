package dev.csprules.partnercenter;

import com.fasterxml.jackson.databind.JsonNode;
import dev.csprules.api.InvalidRequestException;
import dev.csprules.api.Order;
import dev.csprules.api.Problem;
import dev.csprules.api.fact.Address;
import dev.csprules.api.fact.AgreementAcceptance;
import dev.csprules.api.fact.AgreementType;
import dev.csprules.api.fact.CspModel;
import dev.csprules.api.fact.Customer;
import dev.csprules.api.fact.IndirectProviderRelationship;
import dev.csprules.api.fact.OrderLine;
import dev.csprules.api.fact.Partner;
import dev.csprules.api.fact.PointInTime;
import dev.csprules.api.fact.ProductKind;
import dev.csprules.api.fact.Truth;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Builds an order request from the Partner Center payloads of one order. Nothing it cannot read
 * from them is silently false: the tenant's CSP ownership is unknown (Partner Center does not
 * say), an agreement without a date is accepted at an unknown time, and every assumption is a
 * line of the report.
 */
public final class PartnerCenterOrderAdapter {
  private final OfferCatalog catalog;

  public PartnerCenterOrderAdapter(OfferCatalog catalog) {
    this.catalog = catalog;
  }

  public AdaptedOrder adapt(PartnerCenterPayloads payloads) {
    List<String> report = new ArrayList<>();
    JsonNode order = payloads.order();
    boolean cart = Fields.text(order, "creationDate").isEmpty() && Fields.text(order, "creationTimestamp").isPresent();
    String tenantId =
        Fields.text(payloads.customer(), "companyProfile.tenantId").or(() -> Fields.text(payloads.customer(), "id")).orElse("");
    Customer customer =
        new Customer(
                tenantId,
                upper(Fields.text(payloads.customer(), "billingProfile.defaultAddress.country")),
                agreements(payloads.agreements(), report),
                "",
                Truth.UNKNOWN);
    report.add(
        "customer.ownerUsesTenantForCspTransactions: unknown; Partner Center does not say whether the customer's tenant"
            + " belongs to another CSP partner and is used for its CSP transactions");
    List<OrderLine> lines = new ArrayList<>();
    Optional<String> partnerIdOnRecord = Optional.empty();
    for (JsonNode item : Fields.items(Fields.at(order, "lineItems"))) {
      String offerId = Fields.text(item, "offerId").or(() -> Fields.text(item, "catalogItemId")).orElse("");
      Optional<ProductKind> kind = catalog.kindOf(offerId);
      if (kind.isEmpty()) {
        report.add("lines[" + lines.size() + "].kind: offer '" + offerId + "' is not in the offer catalog; stated as unknown");
      }
      lines.add(new OrderLine(offerId, kind.orElse(ProductKind.UNKNOWN), Fields.at(item, "quantity").asInt()));
      partnerIdOnRecord = partnerIdOnRecord.or(() -> Fields.text(item, "partnerIdOnRecord"));
    }
    Partner seller = seller(payloads, tenantId, partnerIdOnRecord, report);
    return new AdaptedOrder(
        new Order(
            Fields.text(order, "id").orElse(cart ? "cart" : ""),
            seller,
            customer,
            currency(payloads, order, report),
            orderTime(order, cart, report),
            lines),
        report);
  }

  private static List<AgreementAcceptance> agreements(JsonNode payload, List<String> report) {
    List<AgreementAcceptance> acceptances = new ArrayList<>();
    boolean onlyCloudAgreements = true;
    for (JsonNode item : Fields.items(payload)) {
      String type = Fields.text(item, "type").orElse("");
      String path = "customer.agreementAcceptances[" + acceptances.size() + "]";
      AgreementType mapped = agreementType(type);
      if (mapped == AgreementType.OTHER) {
        report.add(path + ".type: '" + type + "' is not an agreement type the policy knows; taken as OTHER");
      }
      onlyCloudAgreements &= mapped == AgreementType.MICROSOFT_CLOUD_AGREEMENT;
      acceptances.add(new AgreementAcceptance(mapped, time(Fields.text(item, "dateAgreed"), path + ".dateAgreed", report)));
    }
    if (!acceptances.isEmpty() && onlyCloudAgreements) {
      report.add(
          "customer.agreementAcceptances: warning: only Microsoft Cloud Agreements; the agreements query without"
              + " agreementType returns only those, so the Microsoft Customer Agreement may be missing from the payload");
    }
    return acceptances;
  }

  private static AgreementType agreementType(String type) {
    return switch (type.toLowerCase(Locale.ROOT)) {
      case "microsoftcustomeragreement" -> AgreementType.MICROSOFT_CUSTOMER_AGREEMENT;
      case "microsoftcloudagreement" -> AgreementType.MICROSOFT_CLOUD_AGREEMENT;
      default -> AgreementType.OTHER;
    };
  }

  /** A date-time with its offset as an instant; without an offset, its date; none: unknown. */
  private static PointInTime time(Optional<String> text, String path, List<String> report) {
    if (text.isEmpty()) {
      report.add(path + ": unknown; Partner Center gives no date");
      return PointInTime.unknown();
    }
    try {
      return PointInTime.of(OffsetDateTime.parse(text.get()));
    } catch (DateTimeParseException notOffset) {
      try {
        LocalDate date = text.get().contains("T") ? LocalDateTime.parse(text.get()).toLocalDate() : LocalDate.parse(text.get());
        report.add(path + ": '" + text.get() + "' has no offset; compared as the date " + date);
        return PointInTime.of(date);
      } catch (DateTimeParseException unreadable) {
        report.add(path + ": '" + text.get() + "' is not a date; unknown");
        return PointInTime.unknown();
      }
    }
  }

  private static PointInTime orderTime(JsonNode order, boolean cart, List<String> report) {
    if (cart) {
      report.add("orderDate: a cart is not placed yet; its creationTimestamp stands for the time of the order");
      return time(Fields.text(order, "creationTimestamp"), "orderDate", report);
    }
    // Unknown here makes the Order refuse itself: an order is never placed at an unknown time.
    return time(Fields.text(order, "creationDate"), "orderDate", report);
  }

  private static String currency(PartnerCenterPayloads payloads, JsonNode order, List<String> report) {
    Optional<String> fromOrder =
        Fields.text(order, "currencyCode")
            .or(() -> Fields.items(Fields.at(order, "lineItems")).stream().flatMap(item -> Fields.text(item, "currencyCode").stream()).findFirst());
    if (fromOrder.isPresent()) {
      return upper(fromOrder);
    }
    Optional<String> fromAvailability = Fields.text(payloads.availability(), "defaultCurrency.code");
    report.add(
        fromAvailability.isPresent()
            ? "currency: not in the order; taken from the offer's availability in the customer's country"
            : "currency: in neither the order nor an availability payload");
    return upper(fromAvailability);
  }

  private static Partner seller(
      PartnerCenterPayloads payloads, String customerTenant, Optional<String> partnerIdOnRecord, List<String> report) {
    String providerMpnId = Fields.text(payloads.mpnProfile(), "mpnId").orElse("");
    if (partnerIdOnRecord.isEmpty()) {
      report.add("seller: no partnerIdOnRecord; the partner of the legal and MPN profiles sells, enrolled as DIRECT_BILL");
      Partner.Builder direct =
          Partner.builder()
              .companyName(Fields.text(payloads.legalProfile(), "companyName").orElse(""))
              .mpnId(providerMpnId)
              .address(address(Fields.at(payloads.legalProfile(), "address")))
              .enrolledAs(CspModel.DIRECT_BILL);
      if (Fields.text(payloads.customer(), "relationshipToPartner").isPresent()) {
        direct.customerRelationship(customerTenant);
      } else {
        report.add("seller.customerRelationships: the customer payload states no relationshipToPartner; none stated");
      }
      return direct.build();
    }
    String mpnId = partnerIdOnRecord.get();
    Optional<JsonNode> reseller =
        Fields.items(payloads.indirectResellers()).stream()
            .filter(item -> Fields.text(item, "mpnId").filter(mpnId::equals).isPresent())
            .findFirst();
    if (reseller.isEmpty()) {
      throw new InvalidRequestException(
          List.of(new Problem("seller", "partnerIdOnRecord " + mpnId + " is not among the provider's indirect resellers")));
    }
    JsonNode found = reseller.get();
    boolean active = Fields.text(found, "state").filter(state -> state.equalsIgnoreCase("active")).isPresent();
    Partner.Builder indirect =
        Partner.builder()
            .companyName(Fields.text(found, "name").orElse(mpnId))
            .mpnId(mpnId)
            .address(new Address("", "", "", upper(Fields.text(found, "location"))))
            .indirectProvider(new IndirectProviderRelationship(providerMpnId.isEmpty() ? "unknown" : providerMpnId, active));
    if (active) {
      indirect.enrolledAs(CspModel.INDIRECT_RESELLER);
    } else {
      report.add("seller.enrolledAs: the indirect reseller's relationship state is not Active; enrolled in no model");
    }
    String resellerTenant = Fields.text(found, "id").orElse("");
    if (Fields.text(payloads.customer(), "associatedPartnerId").filter(resellerTenant::equalsIgnoreCase).isPresent()) {
      indirect.customerRelationship(customerTenant);
    } else {
      report.add("seller.customerRelationships: the customer's associatedPartnerId is not this indirect reseller; none stated");
    }
    return indirect.build();
  }

  private static Address address(JsonNode address) {
    return new Address(
        Fields.text(address, "addressLine1").orElse(""),
        Fields.text(address, "city").orElse(""),
        Fields.text(address, "postalCode").orElse(""),
        upper(Fields.text(address, "country")));
  }

  private static String upper(Optional<String> code) {
    return code.map(text -> text.toUpperCase(Locale.ROOT)).orElse("");
  }
}
