package dev.csprules.api;

import dev.csprules.api.fact.Customer;
import dev.csprules.api.fact.OrderLine;
import dev.csprules.api.fact.Partner;
import dev.csprules.api.internal.Require;
import java.time.LocalDate;
import java.util.List;

/**
 * A partner placing an order for a customer.
 *
 * @param currency ISO 4217 code the order is billed in
 * @param lines at least one line
 */
public record Order(
    String orderId,
    Partner seller,
    Customer customer,
    String currency,
    LocalDate orderDate,
    List<OrderLine> lines)
    implements PolicyRequest {

  public Order {
    Require.Components components = Require.components();
    components.present(orderId, "orderId");
    components.present(seller, "seller");
    components.present(customer, "customer");
    components.present(currency, "currency");
    components.present(orderDate, "orderDate");
    lines = components.list(lines, "lines");
    components.done();
  }

  @Override
  public String id() {
    return orderId;
  }

  @Override
  public DecisionKind kind() {
    return DecisionKind.ORDER;
  }
}
