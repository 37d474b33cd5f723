package dev.csprules.api.fact;

import dev.csprules.api.internal.Require;
import java.util.List;

/**
 * A customer, known by its tenant.
 *
 * @param country the country of the customer's tenant, ISO 3166-1 alpha-2
 * @param ownerPartnerMpnId the MPN ID of the CSP partner the tenant belongs to; blank when the
 *     customer is not a CSP partner
 * @param ownerUsesTenantForCspTransactions whether that partner conducts its CSP transactions in
 *     this tenant (a corporate, non-CSP tenant may buy from another partner: 4d1ce-117)
 */
public record Customer(
    String tenantId,
    String country,
    List<AgreementAcceptance> agreementAcceptances,
    String ownerPartnerMpnId,
    boolean ownerUsesTenantForCspTransactions) {

  public Customer {
    Require.Components components = Require.components();
    components.present(tenantId, "tenantId");
    components.present(country, "country");
    agreementAcceptances = components.list(agreementAcceptances, "agreementAcceptances");
    components.present(ownerPartnerMpnId, "ownerPartnerMpnId");
    components.done();
  }

  /** A customer that is not a CSP partner. */
  public static Customer of(
      String tenantId, String country, List<AgreementAcceptance> agreementAcceptances) {
    return new Customer(tenantId, country, agreementAcceptances, "", false);
  }

  /** This customer, as a tenant of the CSP partner {@code mpnId}. */
  public Customer ownedByCspPartner(String mpnId, boolean usedForCspTransactions) {
    return new Customer(tenantId, country, agreementAcceptances, mpnId, usedForCspTransactions);
  }
}
