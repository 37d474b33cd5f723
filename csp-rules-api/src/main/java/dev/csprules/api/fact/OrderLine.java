package dev.csprules.api.fact;

import dev.csprules.api.internal.Require;
import org.jspecify.annotations.Nullable;

/** One line of an order: an offer, what kind of product it is, and how many. */
public record OrderLine(String offerId, ProductKind kind, int quantity) {
  public OrderLine {
    Require.Components components = Require.components();
    components.present(offerId, "offerId");
    components.present(kind, "kind");
    components.done();
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
   * A builder holding this line's values, to derive a changed copy.
   *
   * @return the builder
   */
  public Builder toBuilder() {
    return builder().offerId(offerId).kind(kind).quantity(quantity);
  }

  /** Builds an order line. Every field is required; {@link #build} names every missing one at once. */
  public static final class Builder {
    private @Nullable String offerId;
    private @Nullable ProductKind kind;
    private @Nullable Integer quantity;

    private Builder() {}

    /**
     * @param offerId the offer ordered
     * @return this builder
     */
    public Builder offerId(String offerId) {
      this.offerId = offerId;
      return this;
    }

    /**
     * @param kind what kind of product the offer is
     * @return this builder
     */
    public Builder kind(ProductKind kind) {
      this.kind = kind;
      return this;
    }

    /**
     * @param quantity how many
     * @return this builder
     */
    public Builder quantity(int quantity) {
      this.quantity = quantity;
      return this;
    }

    /**
     * The order line.
     *
     * @return the line
     * @throws dev.csprules.api.InvalidRequestException naming every missing field
     */
    public OrderLine build() {
      Require.Components fields = Require.components();
      fields.present(offerId, "offerId");
      fields.present(kind, "kind");
      fields.present(quantity, "quantity");
      fields.done();
      return new OrderLine(offerId, kind, quantity);
    }
  }
}
