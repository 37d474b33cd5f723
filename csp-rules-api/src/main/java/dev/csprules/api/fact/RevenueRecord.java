package dev.csprules.api.fact;

import dev.csprules.api.internal.Require;
import java.math.BigDecimal;
import java.time.YearMonth;

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
}
