package dev.csprules.api.fact;

import dev.csprules.api.internal.Require;

/**
 * A Microsoft Entra tenant of the partner's.
 *
 * @param usedForCspTransactions true for the tenant the partner transacts CSP business in; false
 *     for a corporate (non-CSP) tenant
 */
public record Tenant(String tenantId, boolean usedForCspTransactions) {
  public Tenant {
    Require.present(tenantId, "tenantId");
  }
}
