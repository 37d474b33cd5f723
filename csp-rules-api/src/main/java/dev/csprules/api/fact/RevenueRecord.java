package dev.csprules.api.fact;

import dev.csprules.api.internal.Require;
import java.math.BigDecimal;
import java.time.YearMonth;
import org.jspecify.annotations.Nullable;

/**
 * A partner's CSP revenue for one calendar month, of one kind, through one channel.
 *
 * @param currency ISO 4217 code; the policy counts USD amounts only
 */
public record RevenueRecord(
    YearMonth month, BigDecimal amount, String currency, RevenueKind kind, SalesChannel channel) {
  public RevenueRecord {
    Require.Components components = Require.components();
    components.present(month, "month");
    components.present(amount, "amount");
    components.present(currency, "currency");
    components.present(kind, "kind");
    components.present(channel, "channel");
    components.done();
  }

  /** Cloud revenue in USD earned as an indirect reseller: the kind the direct bill test counts. */
  public static RevenueRecord cloudAsIndirectReseller(YearMonth month, String amountUsd) {
    return new RevenueRecord(
        month, new BigDecimal(amountUsd), "USD", RevenueKind.CLOUD, SalesChannel.INDIRECT_RESELLER);
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
   * A builder holding this record's values, to derive a changed copy.
   *
   * @return the builder
   */
  public Builder toBuilder() {
    return builder().month(month).amount(amount).currency(currency).kind(kind).channel(channel);
  }

  /** Builds a revenue record. Every field is required; {@link #build} names every missing one at once. */
  public static final class Builder {
    private @Nullable YearMonth month;
    private @Nullable BigDecimal amount;
    private @Nullable String currency;
    private @Nullable RevenueKind kind;
    private @Nullable SalesChannel channel;

    private Builder() {}

    /**
     * @param month the calendar month the revenue was earned in
     * @return this builder
     */
    public Builder month(YearMonth month) {
      this.month = month;
      return this;
    }

    /**
     * @param amount the amount, in {@code currency}
     * @return this builder
     */
    public Builder amount(BigDecimal amount) {
      this.amount = amount;
      return this;
    }

    /**
     * @param currency ISO 4217 code
     * @return this builder
     */
    public Builder currency(String currency) {
      this.currency = currency;
      return this;
    }

    /**
     * @param kind what the revenue was earned on
     * @return this builder
     */
    public Builder kind(RevenueKind kind) {
      this.kind = kind;
      return this;
    }

    /**
     * @param channel the channel it was earned through
     * @return this builder
     */
    public Builder channel(SalesChannel channel) {
      this.channel = channel;
      return this;
    }

    /**
     * The revenue record.
     *
     * @return the record
     * @throws dev.csprules.api.InvalidRequestException naming every missing field
     */
    public RevenueRecord build() {
      Require.Components fields = Require.components();
      fields.present(month, "month");
      fields.present(amount, "amount");
      fields.present(currency, "currency");
      fields.present(kind, "kind");
      fields.present(channel, "channel");
      fields.done();
      return new RevenueRecord(month, amount, currency, kind, channel);
    }
  }
}
