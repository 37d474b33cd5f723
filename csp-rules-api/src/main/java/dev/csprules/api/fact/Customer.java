package dev.csprules.api.fact;

import dev.csprules.api.internal.Require;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A customer, known by its tenant.
 *
 * @param country the country of the customer's tenant, ISO 3166-1 alpha-2
 * @param tenantId the customer's tenant
 * @param agreementAcceptances the agreements the customer accepted
 * @param ownerPartnerMpnId the MPN ID of the CSP partner the tenant belongs to; blank when the
 *     customer is not a CSP partner, or when that is unknown
 * @param ownerUsesTenantForCspTransactions whether that partner conducts its CSP transactions in
 *     this tenant (a corporate, non-CSP tenant may buy from another partner: 4d1ce-117); UNKNOWN
 *     with a blank owner when nobody knows whether the tenant belongs to a CSP partner at all
 *     (Partner Center does not say)
 */
public record Customer(
    String tenantId,
    String country,
    List<AgreementAcceptance> agreementAcceptances,
    String ownerPartnerMpnId,
    Truth ownerUsesTenantForCspTransactions) {

  public Customer {
    Require.Components components = Require.components();
    components.present(tenantId, "tenantId");
    components.present(country, "country");
    agreementAcceptances = components.list(agreementAcceptances, "agreementAcceptances");
    components.present(ownerPartnerMpnId, "ownerPartnerMpnId");
    components.present(ownerUsesTenantForCspTransactions, "ownerUsesTenantForCspTransactions");
    components.done();
  }

  /**
   * A customer whose tenant's use is known.
   *
   * @param tenantId the customer's tenant
   * @param country the tenant's country
   * @param agreementAcceptances the agreements the customer accepted
   * @param ownerPartnerMpnId the owning CSP partner's MPN ID; blank when none
   * @param ownerUsesTenantForCspTransactions whether that partner transacts its CSP business here
   */
  public Customer(
      String tenantId,
      String country,
      List<AgreementAcceptance> agreementAcceptances,
      String ownerPartnerMpnId,
      boolean ownerUsesTenantForCspTransactions) {
    this(tenantId, country, agreementAcceptances, ownerPartnerMpnId, Truth.of(ownerUsesTenantForCspTransactions));
  }

  /**
   * A customer that is not a CSP partner.
   *
   * @param tenantId the customer's tenant
   * @param country the tenant's country
   * @param agreementAcceptances the agreements the customer accepted
   * @return the customer
   */
  public static Customer of(
      String tenantId, String country, List<AgreementAcceptance> agreementAcceptances) {
    return new Customer(tenantId, country, agreementAcceptances, "", Truth.FALSE);
  }

  /**
   * This customer, as a tenant of the CSP partner {@code mpnId}.
   *
   * @param mpnId the owning partner's MPN ID
   * @param usedForCspTransactions whether that partner conducts its CSP transactions here
   * @return the changed copy
   */
  public Customer ownedByCspPartner(String mpnId, boolean usedForCspTransactions) {
    return ownedByCspPartner(mpnId, Truth.of(usedForCspTransactions));
  }

  /**
   * This customer, as a tenant of the CSP partner {@code mpnId} that may or may not transact in it.
   *
   * @param mpnId the owning partner's MPN ID
   * @param usedForCspTransactions whether that partner conducts its CSP transactions here, or UNKNOWN
   * @return the changed copy
   */
  public Customer ownedByCspPartner(String mpnId, Truth usedForCspTransactions) {
    return new Customer(tenantId, country, agreementAcceptances, mpnId, usedForCspTransactions);
  }

  /**
   * This customer, when nobody knows whether its tenant is a CSP partner's CSP tenant.
   *
   * @return the changed copy
   */
  public Customer withUnknownOwnership() {
    return new Customer(tenantId, country, agreementAcceptances, "", Truth.UNKNOWN);
  }

  /**
   * A builder: tenant and country are required, the rest defaults to a customer that is not a
   * CSP partner and has accepted no agreement.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder holding this customer's values, to derive a changed copy.
   *
   * @return the builder
   */
  public Builder toBuilder() {
    return builder()
        .tenantId(tenantId)
        .country(country)
        .agreementAcceptances(agreementAcceptances)
        .ownedByCspPartner(ownerPartnerMpnId, ownerUsesTenantForCspTransactions);
  }

  /**
   * Builds a customer; {@link #build} names every missing field at once. {@code
   * agreementAcceptance} adds one acceptance, {@code agreementAcceptances} replaces them all.
   */
  public static final class Builder {
    private @Nullable String tenantId;
    private @Nullable String country;
    private final List<AgreementAcceptance> agreementAcceptances = new ArrayList<>();
    private String ownerPartnerMpnId = "";
    private Truth ownerUsesTenantForCspTransactions = Truth.FALSE;

    private Builder() {}

    /**
     * @param tenantId the customer's tenant
     * @return this builder
     */
    public Builder tenantId(String tenantId) {
      this.tenantId = tenantId;
      return this;
    }

    /**
     * @param country the tenant's country, ISO 3166-1 alpha-2
     * @return this builder
     */
    public Builder country(String country) {
      this.country = country;
      return this;
    }

    /**
     * @param acceptance an acceptance to add
     * @return this builder
     */
    public Builder agreementAcceptance(AgreementAcceptance acceptance) {
      this.agreementAcceptances.add(acceptance);
      return this;
    }

    /**
     * @param acceptances the acceptances, replacing any added before
     * @return this builder
     */
    public Builder agreementAcceptances(List<AgreementAcceptance> acceptances) {
      this.agreementAcceptances.clear();
      this.agreementAcceptances.addAll(Require.list(acceptances, "agreementAcceptances"));
      return this;
    }

    /**
     * Makes the customer a tenant of the CSP partner {@code mpnId}.
     *
     * @param mpnId the owning partner's MPN ID; blank for a customer that is not a CSP partner
     * @param usedForCspTransactions whether that partner conducts its CSP transactions here
     * @return this builder
     */
    public Builder ownedByCspPartner(String mpnId, boolean usedForCspTransactions) {
      return ownedByCspPartner(mpnId, Truth.of(usedForCspTransactions));
    }

    /**
     * Makes the customer a tenant of the CSP partner {@code mpnId}, whose use of it may be unknown.
     *
     * @param mpnId the owning partner's MPN ID; blank when that is unknown too
     * @param usedForCspTransactions TRUE, FALSE or UNKNOWN
     * @return this builder
     */
    public Builder ownedByCspPartner(String mpnId, Truth usedForCspTransactions) {
      this.ownerPartnerMpnId = mpnId;
      this.ownerUsesTenantForCspTransactions = usedForCspTransactions;
      return this;
    }

    /**
     * States that nobody knows whether the tenant belongs to a CSP partner that uses it for its
     * CSP transactions.
     *
     * @return this builder
     */
    public Builder ownershipUnknown() {
      return ownedByCspPartner("", Truth.UNKNOWN);
    }

    /**
     * The customer.
     *
     * @return the customer
     * @throws dev.csprules.api.InvalidRequestException naming every missing field
     */
    public Customer build() {
      Require.Components fields = Require.components();
      fields.present(tenantId, "tenantId");
      fields.present(country, "country");
      fields.done();
      return new Customer(
          tenantId, country, agreementAcceptances, ownerPartnerMpnId, ownerUsesTenantForCspTransactions);
    }
  }
}
