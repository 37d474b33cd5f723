package dev.csprules.drools.internal.run;

import dev.csprules.api.EnrollmentApplication;
import dev.csprules.api.Order;
import dev.csprules.api.PolicyRequest;
import dev.csprules.api.Problem;
import dev.csprules.api.fact.Customer;
import dev.csprules.api.fact.IndirectProviderRelationship;
import dev.csprules.api.fact.OrderLine;
import dev.csprules.api.fact.Partner;
import dev.csprules.api.fact.RevenueRecord;
import dev.csprules.api.fact.Tenant;
import dev.csprules.drools.internal.policy.CountryCodes;
import dev.csprules.drools.internal.policy.CurrencyCodes;
import dev.csprules.drools.internal.policy.Editions;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Finds everything wrong with a request before any rule sees it: missing required values,
 * unknown codes, negative amounts, orders without lines, dates no edition covers. What the policy
 * judges (a missing MPN ID, an incomplete address) is a finding, not a problem here.
 */
public final class RequestValidator {
  /**
   * The policy counts twelve months of revenue; 1,000 records is 83 years of monthly records.
   * Each record is a rule firing, and a decision stops at 10,000 firings: more records than this
   * would end in a PolicyEvaluationException instead of a decision.
   */
  static final int MAX_REVENUE_RECORDS = 1_000;
  /**
   * An amount has at most 15 digits before the decimal point (a quadrillion USD) and 6 after: a
   * BigDecimal such as 1E+999999999 would take gigabytes to add up or to print.
   */
  static final int MAX_AMOUNT_DIGITS = 15;
  static final int MAX_AMOUNT_DECIMALS = 6;
  /** The most an email address can have (RFC 5321): a longer one is not checked character by character. */
  static final int MAX_EMAIL_LENGTH = 254;
  /** A code quoted in a message is cut short: a megabyte of text is no country code. */
  private static final int LONGEST_QUOTED = 40;

  private final Editions editions;
  private final Set<String> marketCountries;

  public RequestValidator(Editions editions, Set<String> marketCountries) {
    this.editions = editions;
    this.marketCountries = Set.copyOf(marketCountries);
  }

  public List<Problem> problems(PolicyRequest request, LocalDate asOf) {
    List<Problem> problems = new ArrayList<>();
    Editions.Edition first = editions.first();
    if (asOf.isBefore(first.inForceFrom())) {
      problems.add(
          new Problem(
              "asOf",
              asOf + " is before the first edition (" + first.id() + ", in force from "
                  + first.inForceFrom() + "): no policy was in force"));
    }
    if (request instanceof EnrollmentApplication application) {
      application(application, problems);
    } else if (request instanceof Order order) {
      order(order, problems);
    }
    return problems;
  }

  // Paths are built only for a problem found: most requests have none, and a path per field
  // checked would be most of the validator's cost.

  private void application(EnrollmentApplication application, List<Problem> problems) {
    required(application.applicationId(), "applicationId", problems);
    partner(application.partner(), "partner", problems);
    country(application.sellLocation(), "sellLocation", "", true, problems);
  }

  private void order(Order order, List<Problem> problems) {
    required(order.orderId(), "orderId", problems);
    partner(order.seller(), "seller", problems);
    // The seller's company location determines its market (cf5ff-142): without it there is
    // nothing to decide the market rules with. partner() has checked a code that is given.
    if (order.seller().address().country().isBlank()) {
      problems.add(Problem.missing("seller.address.country"));
    }
    customer(order.customer(), "customer", problems);
    if (!currency(order.currency())) {
      problems.add(currencyProblem(order.currency(), "currency"));
    }
    if (order.lines().isEmpty()) {
      problems.add(new Problem("lines", "an order needs at least one line"));
    }
    for (int i = 0; i < order.lines().size(); i++) {
      OrderLine line = order.lines().get(i);
      if (line.offerId().isBlank()) {
        problems.add(Problem.missing("lines[" + i + "].offerId"));
      }
      if (line.quantity() <= 0) {
        problems.add(
            new Problem("lines[" + i + "].quantity", "must be at least 1, was " + line.quantity()));
      }
    }
  }

  private void partner(Partner partner, String path, List<Problem> problems) {
    if (partner.companyName().isBlank()) {
      problems.add(Problem.missing(path + ".companyName"));
    }
    if (partner.adminEmail().length() > MAX_EMAIL_LENGTH) {
      // Not quoted: it is personal data.
      problems.add(
          new Problem(
              path + ".adminEmail",
              "is " + partner.adminEmail().length() + " characters long; an email address has at most " + MAX_EMAIL_LENGTH));
    }
    country(partner.address().country(), path, ".address.country", false, problems);
    for (String country : partner.locationMpnIds().keySet()) {
      if (country.isBlank() || !CountryCodes.isKnown(country, marketCountries)) {
        country(country, path, ".locationMpnIds." + shortened(country), true, problems);
      }
    }
    for (int i = 0; i < partner.tenants().size(); i++) {
      Tenant tenant = partner.tenants().get(i);
      if (tenant.tenantId().isBlank()) {
        problems.add(Problem.missing(path + ".tenants[" + i + "].tenantId"));
      }
    }
    for (int i = 0; i < partner.indirectProviders().size(); i++) {
      IndirectProviderRelationship provider = partner.indirectProviders().get(i);
      if (provider.providerMpnId().isBlank()) {
        problems.add(Problem.missing(path + ".indirectProviders[" + i + "].providerMpnId"));
      }
    }
    for (String tenantId : partner.customerRelationships()) {
      if (tenantId.isBlank()) {
        problems.add(new Problem(path + ".customerRelationships", "contains a blank tenant id"));
        break;
      }
    }
    if (partner.revenue().size() > MAX_REVENUE_RECORDS) {
      problems.add(
          new Problem(
              path + ".revenue",
              "has " + partner.revenue().size() + " records; at most " + MAX_REVENUE_RECORDS + " are accepted"));
      return;
    }
    for (int i = 0; i < partner.revenue().size(); i++) {
      RevenueRecord record = partner.revenue().get(i);
      if (record.amount().signum() < 0 || !record.currency().equals("USD") || outOfRange(record.amount())) {
        revenue(record, path + ".revenue[" + i + "]", problems);
      }
    }
  }

  private static void revenue(RevenueRecord record, String path, List<Problem> problems) {
    if (outOfRange(record.amount())) {
      problems.add(
          new Problem(
              path + ".amount",
              "is out of range: an amount has at most " + MAX_AMOUNT_DIGITS + " digits before the decimal point and "
                  + MAX_AMOUNT_DECIMALS + " after"));
    } else if (record.amount().signum() < 0) {
      problems.add(new Problem(path + ".amount", "must not be negative, was " + record.amount().toPlainString()));
    }
    if (!currency(record.currency())) {
      problems.add(currencyProblem(record.currency(), path + ".currency"));
    } else if (!record.currency().equals("USD")) {
      problems.add(
          new Problem(
              path + ".currency",
              "must be USD: the threshold is in USD and the reference data has no exchange rates, was "
                  + record.currency()));
    }
  }

  /** Never computes with the amount: its precision and scale say how large it is written out. */
  private static boolean outOfRange(BigDecimal amount) {
    return amount.precision() - amount.scale() > MAX_AMOUNT_DIGITS
        || amount.scale() > MAX_AMOUNT_DECIMALS && amount.stripTrailingZeros().scale() > MAX_AMOUNT_DECIMALS;
  }

  private void customer(Customer customer, String path, List<Problem> problems) {
    if (customer.tenantId().isBlank()) {
      problems.add(Problem.missing(path + ".tenantId"));
    }
    country(customer.country(), path, ".country", true, problems);
  }

  /** Checks a country code; the problem's path is {@code path + field}, joined only when needed. */
  private void country(String code, String path, String field, boolean required, List<Problem> problems) {
    if (code.isBlank()) {
      if (required) {
        problems.add(Problem.missing(path + field));
      }
    } else if (!CountryCodes.isKnown(code, marketCountries)) {
      problems.add(
          new Problem(path + field, "unknown country code " + quoted(code) + " (ISO 3166-1 alpha-2, upper case)"));
    }
  }

  /** True when the code is present and known. */
  private static boolean currency(String code) {
    return !code.isBlank() && CurrencyCodes.isKnown(code);
  }

  private static Problem currencyProblem(String code, String path) {
    return code.isBlank()
        ? Problem.missing(path)
        : new Problem(path, "unknown currency code " + quoted(code) + " (ISO 4217)");
  }

  private static String quoted(String code) {
    return "'" + shortened(code) + "'";
  }

  private static String shortened(String code) {
    return code.length() <= LONGEST_QUOTED ? code : code.substring(0, LONGEST_QUOTED) + "…";
  }

  private static void required(String value, String path, List<Problem> problems) {
    if (value.isBlank()) {
      problems.add(Problem.missing(path));
    }
  }
}
