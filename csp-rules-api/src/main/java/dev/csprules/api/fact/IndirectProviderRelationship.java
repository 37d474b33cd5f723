package dev.csprules.api.fact;

import dev.csprules.api.internal.Require;

/** A reseller's relationship with an authorized indirect provider. */
public record IndirectProviderRelationship(String providerMpnId, boolean active) {
  public IndirectProviderRelationship {
    Require.present(providerMpnId, "providerMpnId");
  }
}
