package dev.csprules.api;

import dev.csprules.api.fact.Customer;
import dev.csprules.api.fact.OrderLine;
import dev.csprules.api.fact.AgreementAcceptance;
import dev.csprules.api.fact.AgreementType;
import dev.csprules.api.fact.Partner;
import dev.csprules.api.fact.PointInTime;
import dev.csprules.api.internal.Require;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A partner placing an order for a customer.
 *
 * @param currency ISO 4217 code the order is billed in
 * @param orderDate when the order was placed: a date-time with its offset (Partner Center's
 *     {@code creationDate}) or a date; never unknown
 * @param lines at least one line
 */
public record Order(
    String orderId,
    Partner seller,
    Customer customer,
    String currency,
    PointInTime orderDate,
    List<OrderLine> lines)
    implements PolicyRequest {

  public Order {
    Require.present(orderId, "orderId");
    Require.present(seller, "seller");
    Require.present(customer, "customer");
    Require.present(currency, "currency");
    Require.present(orderDate, "orderDate");
    if (!orderDate.isKnown()) {
      throw new InvalidRequestException(List.of(new Problem("orderDate", "must be known")));
    }
    lines = Require.list(lines, "lines");
  }

  /** An order placed on a calendar day. */
  public Order(
      String orderId, Partner seller, Customer customer, String currency, LocalDate orderDate, List<OrderLine> lines) {
    this(orderId, seller, customer, currency, PointInTime.of(Require.present(orderDate, "orderDate")), lines);
  }

  /**
   * The paths of the acceptances of agreement {@code type} whose time is unknown, such as {@code
   * customer.agreementAcceptances[1].dateAgreed}: what a rule names when it cannot be decided.
   */
  public List<String> unknownAcceptanceTimes(AgreementType type) {
    List<String> paths = new ArrayList<>();
    List<AgreementAcceptance> acceptances = customer.agreementAcceptances();
    for (int i = 0; i < acceptances.size(); i++) {
      if (acceptances.get(i).type() == type && !acceptances.get(i).dateAgreed().isKnown()) {
        paths.add("customer.agreementAcceptances[" + i + "].dateAgreed");
      }
    }
    return List.copyOf(paths);
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
