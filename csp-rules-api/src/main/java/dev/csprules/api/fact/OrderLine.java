package dev.csprules.api.fact;

import dev.csprules.api.internal.Require;

/** One line of an order: an offer, what kind of product it is, and how many. */
public record OrderLine(String offerId, ProductKind kind, int quantity) {
  public OrderLine {
    Require.Components components = Require.components();
    components.present(offerId, "offerId");
    components.present(kind, "kind");
    components.done();
  }
}
