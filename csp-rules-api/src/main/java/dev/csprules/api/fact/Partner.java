package dev.csprules.api.fact;

import dev.csprules.api.internal.Require;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A partner as Partner Center knows it: its Microsoft Partner Network (MPN) membership, company
 * profile, contacts, capabilities and CSP relationships.
 *
 * @param mpnId the partner's global MPN ID; blank when it has none
 * @param locationMpnIds the location MPN ID registered per country (ISO code), as in Partner
 *     Center's location settings
 * @param bankInformationOnFile whether bank information was given with the application
 * @param adminEmail the work email of the employee who will be the Partner Center admin; blank when
 *     none was given
 * @param legalSignatory the person who can sign legal agreements for the organization; blank when
 *     the applicant cannot
 * @param enrolledAs the CSP models the partner is enrolled in; empty when it is not enrolled
 * @param tenants the partner's own tenants
 * @param indirectProviders relationships with indirect providers, active or not
 * @param customerRelationships tenant ids of the customers the partner has a reseller relationship
 *     with
 * @param revenue monthly revenue records
 */
public record Partner(
    String companyName,
    String mpnId,
    boolean mpnMembershipActive,
    Map<String, String> locationMpnIds,
    Address address,
    boolean bankInformationOnFile,
    String adminEmail,
    String legalSignatory,
    SupportPlan supportPlan,
    Set<Capability> capabilities,
    Set<ServiceOffering> servicesOffered,
    Set<CspModel> enrolledAs,
    List<Tenant> tenants,
    List<IndirectProviderRelationship> indirectProviders,
    Set<String> customerRelationships,
    List<RevenueRecord> revenue) {

  public Partner {
    Require.Components components = Require.components();
    components.present(companyName, "companyName");
    components.present(mpnId, "mpnId");
    locationMpnIds = components.map(locationMpnIds, "locationMpnIds");
    components.present(address, "address");
    components.present(adminEmail, "adminEmail");
    components.present(legalSignatory, "legalSignatory");
    components.present(supportPlan, "supportPlan");
    capabilities = components.set(capabilities, "capabilities");
    servicesOffered = components.set(servicesOffered, "servicesOffered");
    enrolledAs = components.set(enrolledAs, "enrolledAs");
    tenants = components.list(tenants, "tenants");
    indirectProviders = components.list(indirectProviders, "indirectProviders");
    customerRelationships = components.set(customerRelationships, "customerRelationships");
    revenue = components.list(revenue, "revenue");
    components.done();
  }

  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this partner's values, to derive a changed copy. */
  public Builder toBuilder() {
    Builder builder =
        builder()
            .companyName(companyName)
            .mpnId(mpnId)
            .mpnMembershipActive(mpnMembershipActive)
            .address(address)
            .bankInformationOnFile(bankInformationOnFile)
            .adminEmail(adminEmail)
            .legalSignatory(legalSignatory)
            .supportPlan(supportPlan);
    builder.locationMpnIds.putAll(locationMpnIds);
    builder.capabilities.addAll(capabilities);
    builder.servicesOffered.addAll(servicesOffered);
    builder.enrolledAs.addAll(enrolledAs);
    builder.tenants.addAll(tenants);
    builder.indirectProviders.addAll(indirectProviders);
    builder.customerRelationships.addAll(customerRelationships);
    builder.revenue.addAll(revenue);
    return builder;
  }

  /**
   * Builds a partner; text defaults to blank, flags to false, collections to empty. A singular
   * method ({@code tenant}) adds one element, a plural one ({@code tenants}) replaces them all.
   */
  public static final class Builder {
    private String companyName = "";
    private String mpnId = "";
    private boolean mpnMembershipActive;
    private final Map<String, String> locationMpnIds = new LinkedHashMap<>();
    private Address address = Address.empty();
    private boolean bankInformationOnFile;
    private String adminEmail = "";
    private String legalSignatory = "";
    private SupportPlan supportPlan = SupportPlan.NONE;
    private final Set<Capability> capabilities = EnumSet.noneOf(Capability.class);
    private final Set<ServiceOffering> servicesOffered = EnumSet.noneOf(ServiceOffering.class);
    private final Set<CspModel> enrolledAs = EnumSet.noneOf(CspModel.class);
    private final List<Tenant> tenants = new ArrayList<>();
    private final List<IndirectProviderRelationship> indirectProviders = new ArrayList<>();
    private final Set<String> customerRelationships = new LinkedHashSet<>();
    private final List<RevenueRecord> revenue = new ArrayList<>();

    private Builder() {}

    public Builder companyName(String companyName) {
      this.companyName = companyName;
      return this;
    }

    public Builder mpnId(String mpnId) {
      this.mpnId = mpnId;
      return this;
    }

    public Builder mpnMembershipActive(boolean active) {
      this.mpnMembershipActive = active;
      return this;
    }

    public Builder locationMpnId(String country, String locationMpnId) {
      this.locationMpnIds.put(country, locationMpnId);
      return this;
    }

    public Builder address(Address address) {
      this.address = address;
      return this;
    }

    public Builder bankInformationOnFile(boolean onFile) {
      this.bankInformationOnFile = onFile;
      return this;
    }

    public Builder adminEmail(String adminEmail) {
      this.adminEmail = adminEmail;
      return this;
    }

    public Builder legalSignatory(String legalSignatory) {
      this.legalSignatory = legalSignatory;
      return this;
    }

    public Builder supportPlan(SupportPlan supportPlan) {
      this.supportPlan = supportPlan;
      return this;
    }

    // An EnumSet throws NullPointerException on null: checked here, to be named like any null.
    public Builder capability(Capability capability) {
      this.capabilities.add(Require.present(capability, "capabilities[" + capabilities.size() + "]"));
      return this;
    }

    public Builder serviceOffered(ServiceOffering offering) {
      this.servicesOffered.add(Require.present(offering, "servicesOffered[" + servicesOffered.size() + "]"));
      return this;
    }

    public Builder enrolledAs(CspModel model) {
      this.enrolledAs.add(Require.present(model, "enrolledAs[" + enrolledAs.size() + "]"));
      return this;
    }

    public Builder tenant(Tenant tenant) {
      this.tenants.add(tenant);
      return this;
    }

    public Builder indirectProvider(IndirectProviderRelationship relationship) {
      this.indirectProviders.add(relationship);
      return this;
    }

    public Builder customerRelationship(String customerTenantId) {
      this.customerRelationships.add(customerTenantId);
      return this;
    }

    public Builder revenueRecord(RevenueRecord record) {
      this.revenue.add(record);
      return this;
    }

    public Builder revenue(Collection<RevenueRecord> records) {
      return replace(this.revenue, records, "revenue");
    }

    public Builder locationMpnIds(Map<String, String> locationMpnIds) {
      this.locationMpnIds.clear();
      this.locationMpnIds.putAll(locationMpnIds);
      return this;
    }

    public Builder capabilities(Collection<Capability> capabilities) {
      return replace(this.capabilities, capabilities, "capabilities");
    }

    public Builder servicesOffered(Collection<ServiceOffering> offerings) {
      return replace(this.servicesOffered, offerings, "servicesOffered");
    }

    public Builder enrolledAs(Collection<CspModel> models) {
      return replace(this.enrolledAs, models, "enrolledAs");
    }

    public Builder tenants(Collection<Tenant> tenants) {
      return replace(this.tenants, tenants, "tenants");
    }

    public Builder indirectProviders(Collection<IndirectProviderRelationship> relationships) {
      return replace(this.indirectProviders, relationships, "indirectProviders");
    }

    public Builder customerRelationships(Collection<String> customerTenantIds) {
      return replace(this.customerRelationships, customerTenantIds, "customerRelationships");
    }

    private <T> Builder replace(Collection<T> target, Collection<T> values, String component) {
      Require.present(values, component);
      int index = 0;
      for (T value : values) {
        Require.present(value, component + "[" + index++ + "]");
      }
      target.clear();
      target.addAll(values);
      return this;
    }

    public Partner build() {
      return new Partner(
          companyName,
          mpnId,
          mpnMembershipActive,
          locationMpnIds,
          address,
          bankInformationOnFile,
          adminEmail,
          legalSignatory,
          supportPlan,
          capabilities,
          servicesOffered,
          enrolledAs,
          tenants,
          indirectProviders,
          customerRelationships,
          revenue);
    }
  }
}
