package dev.csprules.api.fact;

import dev.csprules.api.internal.Require;
import org.jspecify.annotations.Nullable;

/** A reseller's relationship with an authorized indirect provider. */
public record IndirectProviderRelationship(String providerMpnId, boolean active) {
  public IndirectProviderRelationship {
    Require.present(providerMpnId, "providerMpnId");
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
   * A builder holding this relationship's values, to derive a changed copy.
   *
   * @return the builder
   */
  public Builder toBuilder() {
    return builder().providerMpnId(providerMpnId).active(active);
  }

  /**
   * Builds a relationship. Both fields are required, the flag too: whether a reseller has an active
   * provider is what the rules ask, so it is never assumed; {@link #build} names every missing one
   * at once.
   */
  public static final class Builder {
    private @Nullable String providerMpnId;
    private @Nullable Boolean active;

    private Builder() {}

    /**
     * @param providerMpnId the indirect provider's MPN ID
     * @return this builder
     */
    public Builder providerMpnId(String providerMpnId) {
      this.providerMpnId = providerMpnId;
      return this;
    }

    /**
     * @param active whether the relationship is active
     * @return this builder
     */
    public Builder active(boolean active) {
      this.active = active;
      return this;
    }

    /**
     * The relationship.
     *
     * @return the relationship
     * @throws dev.csprules.api.InvalidRequestException naming every missing field
     */
    public IndirectProviderRelationship build() {
      Require.Components fields = Require.components();
      fields.present(providerMpnId, "providerMpnId");
      fields.present(active, "active");
      fields.done();
      return new IndirectProviderRelationship(providerMpnId, active);
    }
  }
}
