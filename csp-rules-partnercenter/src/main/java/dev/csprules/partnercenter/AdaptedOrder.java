package dev.csprules.partnercenter;

import dev.csprules.api.Order;
import java.util.List;

/**
 * An order request built from Partner Center payloads, and the adapter's report beside it: each
 * line names a request field and what was assumed, not found or stated as unknown for it, or a
 * warning about the payloads.
 */
public record AdaptedOrder(Order order, List<String> report) {
  public AdaptedOrder {
    report = List.copyOf(report);
  }
}
