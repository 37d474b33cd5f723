package dev.csprules.drools.rulefacts;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Set;

/**
 * Reference data and policy parameters, as one fact the rules read: CSP markets and their
 * currencies per country, the direct bill revenue threshold, the consumer mail domains, and the
 * countries that use no postal code. Built from the policy's data files, never from rules.
 */
public final class ReferenceData {

  /** A country's row in the markets table. */
  public record Market(String countryName, String region, Set<String> currencies) {
    public Market {
      currencies = Set.copyOf(currencies);
    }
  }

  private final Map<String, Market> marketsByCountry;
  private final BigDecimal directBillRevenueThresholdUsd;
  private final Set<String> consumerMailDomains;
  private final Set<String> countriesWithoutPostalCode;

  public ReferenceData(
      Map<String, Market> marketsByCountry,
      BigDecimal directBillRevenueThresholdUsd,
      Set<String> consumerMailDomains,
      Set<String> countriesWithoutPostalCode) {
    this.marketsByCountry = Map.copyOf(marketsByCountry);
    this.directBillRevenueThresholdUsd = directBillRevenueThresholdUsd;
    this.consumerMailDomains = Set.copyOf(consumerMailDomains);
    this.countriesWithoutPostalCode = Set.copyOf(countriesWithoutPostalCode);
  }

  public BigDecimal directBillRevenueThresholdUsd() {
    return directBillRevenueThresholdUsd;
  }

  /** Lower-case domains whose addresses are not work addresses. */
  public Set<String> consumerMailDomains() {
    return consumerMailDomains;
  }

  public boolean usesPostalCode(String country) {
    return !countriesWithoutPostalCode.contains(country);
  }

  /**
   * The lower-case domain of a well-formed admin email, as the catalog defines it; empty when the
   * address is not well-formed. Here rather than in a rule so that no rule evaluates a pattern.
   */
  public String adminEmailDomain(String email) {
    return WellFormedEmail.domainOf(email);
  }

  /** Whether the markets table has a row for the country. */
  public boolean listsCountry(String country) {
    return marketsByCountry.containsKey(country);
  }

  /** The market (region) the country belongs to; empty when it is in no CSP market. */
  public String marketOf(String country) {
    Market market = marketsByCountry.get(country);
    return market == null ? "" : market.region();
  }

  /**
   * The market as a finding's fact: its name, or {@code none} when the country is in no CSP
   * market. Messages render it in their language ({@code {name:market}}).
   */
  public String marketName(String country) {
    String market = marketOf(country);
    return market.isEmpty() ? "none" : market;
  }

  /** The currencies listed for the country; empty when none is listed or the country is not. */
  public Set<String> currenciesOf(String country) {
    Market market = marketsByCountry.get(country);
    return market == null ? Set.of() : market.currencies();
  }

  public Map<String, Market> marketsByCountry() {
    return marketsByCountry;
  }

  /** The countries whose addresses are complete without a postal code. */
  public Set<String> countriesWithoutPostalCode() {
    return countriesWithoutPostalCode;
  }
}
