package dev.csprules.bench.batch;

import dev.csprules.api.Order;
import dev.csprules.api.fact.AgreementAcceptance;
import dev.csprules.api.fact.AgreementType;
import dev.csprules.api.fact.Customer;
import dev.csprules.api.fact.OrderLine;
import dev.csprules.api.fact.Partner;
import dev.csprules.api.fact.ProductKind;
import dev.csprules.bench.corpus.RequestCorpus;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.LongStream;
import java.util.stream.Stream;

/**
 * The orders of a month's billing run: {@value #PARTNERS} partners and {@value #CUSTOMERS}
 * customers, made once, and as many orders as asked for, made one at a time as the stream is
 * read, so the batch's input costs no memory. Partner {@code p} sells in one of five markets and
 * has a reseller relationship with customers {@code p}, {@code p + 1000}, ... of the same
 * market; most orders are clean, and a steady few break one rule (no relationship, wrong
 * currency, customer abroad, agreement missing), as a real run has.
 */
public final class BillingRun {
  static final int PARTNERS = 1_000;
  static final int CUSTOMERS = 10_000;
  public static final LocalDate AS_OF = LocalDate.of(2020, 11, 30);

  private static final String[] COUNTRIES = {"JP", "US", "DE", "GB", "AU"};
  private static final String[] CURRENCIES = {"JPY", "USD", "EUR", "GBP", "AUD"};
  private static final List<OrderLine> LINES =
      List.of(
          new OrderLine("office-365-e3", ProductKind.ONLINE_SERVICE, 25),
          new OrderLine("windows-server", ProductKind.PERPETUAL_SOFTWARE, 2));

  private final List<Partner> partners = new ArrayList<>(PARTNERS);
  private final List<Customer> customers = new ArrayList<>(CUSTOMERS);

  public BillingRun() {
    for (int c = 0; c < CUSTOMERS; c++) {
      String country = COUNTRIES[c % PARTNERS % COUNTRIES.length];
      List<AgreementAcceptance> agreements =
          c % 97 == 0
              ? List.of()
              : List.of(new AgreementAcceptance(AgreementType.MICROSOFT_CUSTOMER_AGREEMENT, LocalDate.of(2020, 2, 1)));
      customers.add(Customer.of("tenant-" + c, country, agreements));
    }
    for (int p = 0; p < PARTNERS; p++) {
      Set<String> related = new LinkedHashSet<>();
      for (int c = p; c < CUSTOMERS; c += PARTNERS) {
        related.add("tenant-" + c);
      }
      partners.add(
          RequestCorpus.passingPartner()
              .mpnId(String.valueOf(1_000_000 + p))
              .country(COUNTRIES[p % COUNTRIES.length])
              .customerRelationships(related)
              .build());
    }
  }

  /** Order {@code i} of the run. */
  public Order order(long i) {
    int p = (int) (i % PARTNERS);
    int c = (int) ((p + PARTNERS * ((i / PARTNERS) % (CUSTOMERS / PARTNERS))) % CUSTOMERS);
    if (i % 53 == 0) {
      c = (c + 1) % CUSTOMERS; // a customer the seller has no relationship with, often abroad
    }
    Customer customer = customers.get(c);
    int market = c % PARTNERS % COUNTRIES.length;
    String currency = i % 71 == 0 ? "USD" : CURRENCIES[market];
    return new Order("order-" + i, partners.get(p), customer, currency, AS_OF.minusDays(i % 28), LINES);
  }

  /** {@code count} orders, made as they are read. */
  public Stream<Order> orders(long count) {
    return LongStream.range(0, count).mapToObj(this::order);
  }
}
