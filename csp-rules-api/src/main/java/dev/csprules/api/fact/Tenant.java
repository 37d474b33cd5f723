package dev.csprules.api.fact;

import dev.csprules.api.internal.Require;
import org.jspecify.annotations.Nullable;

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

  /**
   * A builder with nothing set.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder holding this tenant's values, to derive a changed copy.
   *
   * @return the builder
   */
  public Builder toBuilder() {
    return builder().tenantId(tenantId).usedForCspTransactions(usedForCspTransactions);
  }

  /**
   * Builds a tenant. Both fields are required, the flag too: a tenant's use decides which rules
   * apply to it, so it is never assumed; {@link #build} names every missing one at once.
   */
  public static final class Builder {
    private @Nullable String tenantId;
    private @Nullable Boolean usedForCspTransactions;

    private Builder() {}

    /**
     * @param tenantId the tenant's id
     * @return this builder
     */
    public Builder tenantId(String tenantId) {
      this.tenantId = tenantId;
      return this;
    }

    /**
     * @param used whether the partner transacts its CSP business in this tenant
     * @return this builder
     */
    public Builder usedForCspTransactions(boolean used) {
      this.usedForCspTransactions = used;
      return this;
    }

    /**
     * The tenant.
     *
     * @return the tenant
     * @throws dev.csprules.api.InvalidRequestException naming every missing field
     */
    public Tenant build() {
      Require.Components fields = Require.components();
      fields.present(tenantId, "tenantId");
      fields.present(usedForCspTransactions, "usedForCspTransactions");
      fields.done();
      return new Tenant(tenantId, usedForCspTransactions);
    }
  }
}
