package dev.csprules.api;

import dev.csprules.api.fact.AgreementAcceptance;
import dev.csprules.api.fact.AgreementType;
import dev.csprules.api.fact.Customer;
import dev.csprules.api.fact.OrderLine;
import dev.csprules.api.fact.Partner;
import dev.csprules.api.fact.PointInTime;
import dev.csprules.api.fact.ProductKind;
import dev.csprules.api.fact.Truth;
import dev.csprules.api.internal.Require;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

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
    Require.Components components = Require.components();
    components.present(orderId, "orderId");
    components.present(seller, "seller");
    components.present(customer, "customer");
    components.present(currency, "currency");
    components.present(orderDate, "orderDate");
    lines = components.list(lines, "lines");
    components.done();
    if (!orderDate.isKnown()) {
      throw new InvalidRequestException(List.of(new Problem("orderDate", "must be known")));
    }
  }

  /**
   * An order placed on a calendar day.
   *
   * @param orderId the caller's id, echoed in the decision
   * @param seller the partner placing the order
   * @param customer the customer the order is for
   * @param currency ISO 4217 code the order is billed in
   * @param orderDate the day the order is placed
   * @param lines at least one line
   */
  public Order(
      String orderId, Partner seller, Customer customer, String currency, LocalDate orderDate, List<OrderLine> lines) {
    this(orderId, seller, customer, currency, PointInTime.of(Require.present(orderDate, "orderDate")), lines);
  }

  /**
   * The paths of the acceptances of agreement {@code type} whose time is unknown, such as {@code
   * customer.agreementAcceptances[1].dateAgreed}: what a rule names when it cannot be decided.
   *
   * @param type the agreement type
   * @return the paths, in the order of the acceptances
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

  /**
   * The paths of the facts stated as unknown that leave open whether this order sells an online
   * service to a tenant another CSP partner uses for its CSP transactions (4d1ce-115 to
   * 4d1ce-117): when the tenant's use is unknown, {@code customer.ownerUsesTenantForCspTransactions}
   * (and {@code customer.ownerPartnerMpnId} when blank: nobody knows whose tenant it is); when no
   * line is known to be an online service, each line of unknown kind, such as {@code
   * lines[1].kind}. What a rule names when it cannot be decided.
   *
   * @return the paths, the customer's first, then the lines' in their order
   */
  public List<String> unknownResaleFacts() {
    List<String> paths = new ArrayList<>();
    if (customer.ownerUsesTenantForCspTransactions() == Truth.UNKNOWN) {
      if (customer.ownerPartnerMpnId().isBlank()) {
        paths.add("customer.ownerPartnerMpnId");
      }
      paths.add("customer.ownerUsesTenantForCspTransactions");
    }
    if (lines.stream().noneMatch(line -> line.kind() == ProductKind.ONLINE_SERVICE)) {
      for (int i = 0; i < lines.size(); i++) {
        if (lines.get(i).kind() == ProductKind.UNKNOWN) {
          paths.add("lines[" + i + "].kind");
        }
      }
    }
    return List.copyOf(paths);
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
   * A builder holding this order's values, to derive a changed copy.
   *
   * @return the builder
   */
  public Builder toBuilder() {
    return builder()
        .orderId(orderId)
        .seller(seller)
        .customer(customer)
        .currency(currency)
        .orderDate(orderDate)
        .lines(lines);
  }

  @Override
  public String id() {
    return orderId;
  }

  @Override
  public DecisionKind kind() {
    return DecisionKind.ORDER;
  }

  /**
   * Builds an order. Every field is required, and at least one line; {@link #build} names every
   * one that is missing at once. {@code line} adds one line, {@code lines} replaces them all.
   */
  public static final class Builder {
    private @Nullable String orderId;
    private @Nullable Partner seller;
    private @Nullable Customer customer;
    private @Nullable String currency;
    private @Nullable PointInTime orderDate;
    private final List<OrderLine> lines = new ArrayList<>();

    private Builder() {}

    /**
     * @param orderId the caller's id, echoed in the decision
     * @return this builder
     */
    public Builder orderId(String orderId) {
      this.orderId = orderId;
      return this;
    }

    /**
     * @param seller the partner placing the order
     * @return this builder
     */
    public Builder seller(Partner seller) {
      this.seller = seller;
      return this;
    }

    /**
     * @param customer the customer the order is for
     * @return this builder
     */
    public Builder customer(Customer customer) {
      this.customer = customer;
      return this;
    }

    /**
     * @param currency ISO 4217 code the order is billed in
     * @return this builder
     */
    public Builder currency(String currency) {
      this.currency = currency;
      return this;
    }

    /**
     * @param orderDate the day the order is placed
     * @return this builder
     */
    public Builder orderDate(LocalDate orderDate) {
      this.orderDate = orderDate == null ? null : PointInTime.of(orderDate);
      return this;
    }

    /**
     * @param orderDate when the order was placed: a date-time with its offset, or a date
     * @return this builder
     */
    public Builder orderDate(PointInTime orderDate) {
      this.orderDate = orderDate;
      return this;
    }

    /**
     * @param line a line to add
     * @return this builder
     */
    public Builder line(OrderLine line) {
      this.lines.add(line);
      return this;
    }

    /**
     * @param lines the lines, replacing any added before
     * @return this builder
     */
    public Builder lines(List<OrderLine> lines) {
      this.lines.clear();
      this.lines.addAll(Require.list(lines, "lines"));
      return this;
    }

    /**
     * The order.
     *
     * @return the order
     * @throws InvalidRequestException naming every missing field
     */
    public Order build() {
      Require.Components fields = Require.components();
      fields.present(orderId, "orderId");
      fields.present(seller, "seller");
      fields.present(customer, "customer");
      fields.present(currency, "currency");
      fields.present(orderDate, "orderDate");
      fields.atLeastOne(lines, "lines");
      fields.done();
      return new Order(orderId, seller, customer, currency, orderDate, lines);
    }
  }
}
