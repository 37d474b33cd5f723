package dev.csprules.api.fact;

import dev.csprules.api.internal.Require;
import java.util.List;

/**
 * A customer, known by its tenant.
 *
 * @param country the country of the customer's tenant, ISO 3166-1 alpha-2
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
    Require.present(tenantId, "tenantId");
    Require.present(country, "country");
    agreementAcceptances = Require.list(agreementAcceptances, "agreementAcceptances");
    Require.present(ownerPartnerMpnId, "ownerPartnerMpnId");
    Require.present(ownerUsesTenantForCspTransactions, "ownerUsesTenantForCspTransactions");
  }

  public Customer(
      String tenantId,
      String country,
      List<AgreementAcceptance> agreementAcceptances,
      String ownerPartnerMpnId,
      boolean ownerUsesTenantForCspTransactions) {
    this(tenantId, country, agreementAcceptances, ownerPartnerMpnId, Truth.of(ownerUsesTenantForCspTransactions));
  }

  /** A customer that is not a CSP partner. */
  public static Customer of(
      String tenantId, String country, List<AgreementAcceptance> agreementAcceptances) {
    return new Customer(tenantId, country, agreementAcceptances, "", Truth.FALSE);
  }

  /** This customer, as a tenant of the CSP partner {@code mpnId}. */
  public Customer ownedByCspPartner(String mpnId, boolean usedForCspTransactions) {
    return ownedByCspPartner(mpnId, Truth.of(usedForCspTransactions));
  }

  /** This customer, as a tenant of the CSP partner {@code mpnId} that may or may not transact in it. */
  public Customer ownedByCspPartner(String mpnId, Truth usedForCspTransactions) {
    return new Customer(tenantId, country, agreementAcceptances, mpnId, usedForCspTransactions);
  }

  /** This customer, when nobody knows whether its tenant is a CSP partner's CSP tenant. */
  public Customer withUnknownOwnership() {
    return new Customer(tenantId, country, agreementAcceptances, "", Truth.UNKNOWN);
  }
}
