package dev.csprules.drools.internal.load;

import dev.csprules.drools.PolicyLoadException;
import dev.csprules.drools.internal.policy.CountryCodes;
import dev.csprules.drools.internal.policy.CurrencyCodes;
import dev.csprules.drools.internal.policy.PolicySource;
import dev.csprules.drools.internal.text.Suggestion;
import dev.csprules.drools.rulefacts.ReferenceData.Market;
import dev.csprules.drools.rulefacts.ReferenceData;
import dev.csprules.drools.rulefacts.WellFormedEmail;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads the markets table, the lists the rules read (consumer mail domains, countries without
 * postal codes) and the policy parameters into the {@link ReferenceData} fact. A policy folder's
 * CSV file replaces the built-in one whole; its parameters.properties overrides key by key.
 */
public final class ReferenceDataLoader {
  static final String MARKETS = "markets.csv";
  static final String NO_POSTAL_CODE = "no-postal-code-countries.csv";
  static final String CONSUMER_DOMAINS = "consumer-mail-domains.csv";
  static final String PARAMETERS = "parameters.properties";
  static final String THRESHOLD = "direct-bill.revenue-threshold-usd";
  static final Set<String> PARAMETER_KEYS = Set.of(THRESHOLD);
  /** Parameters that became data files: a policy folder still setting one is told where they went. */
  private static final Map<String, String> MOVED_PARAMETERS =
      Map.of(
          "admin-email.consumer-domains", CONSUMER_DOMAINS,
          "address.countries-without-postal-code", NO_POSTAL_CODE);

  /** A parameter's value and the file that set it last. */
  private record Setting(String value, PolicySource source, String key) {
    String where() {
      return PropertiesFile.where(source, key) + key;
    }
  }

  private ReferenceDataLoader() {}

  public static ReferenceData load(PolicyFiles files) {
    List<String> problems = new ArrayList<>();
    Map<String, Market> markets = markets(files.last(MARKETS), problems);
    Map<String, Setting> parameters = parameters(files.all(PARAMETERS), problems);
    BigDecimal threshold = threshold(parameters, problems);
    MOVED_PARAMETERS.keySet().stream()
        .sorted()
        .filter(parameters::containsKey)
        .forEach(
            key ->
                problems.add(
                    parameters.get(key).where() + " is no longer a parameter: the list is the data file "
                        + MOVED_PARAMETERS.get(key)));
    Set<String> domains = consumerDomains(files.last(CONSUMER_DOMAINS), problems);
    Set<String> noPostalCode = countries(files.last(NO_POSTAL_CODE), markets.keySet(), problems);
    if (!problems.isEmpty()) {
      throw new PolicyLoadException(problems);
    }
    return new ReferenceData(markets, threshold, domains, noPostalCode);
  }

  /** The {@code domain} column, in lower case: domains are matched in any letter case. */
  private static Set<String> consumerDomains(PolicySource source, List<String> problems) {
    Set<String> domains = new HashSet<>();
    for (CsvTable.Row row : CsvTable.read(source.name(), source.text(), List.of("domain"), problems)) {
      String domain = row.get("domain").toLowerCase(Locale.ROOT);
      if (WellFormedEmail.domainOf("postmaster@" + domain).isEmpty()) {
        problems.add(source.name() + ":" + row.line() + ": '" + row.get("domain") + "' is not a mail domain");
      } else {
        domains.add(domain);
      }
    }
    return domains;
  }

  /** The {@code country_code} column; each code must be a known country. */
  private static Set<String> countries(PolicySource source, Set<String> marketCountries, List<String> problems) {
    Set<String> codes = new HashSet<>();
    List<String> columns = List.of("country_code", "country_name");
    for (CsvTable.Row row : CsvTable.read(source.name(), source.text(), columns, problems)) {
      String code = row.get("country_code");
      if (CountryCodes.isKnown(code, marketCountries)) {
        codes.add(code);
      } else {
        problems.add(source.name() + ":" + row.line() + ": unknown country code '" + code + "'");
      }
    }
    return codes;
  }

  private static Map<String, Market> markets(PolicySource source, List<String> problems) {
    Map<String, Market> markets = new LinkedHashMap<>();
    List<String> columns = List.of("country_code", "country_name", "market_region", "currencies");
    for (CsvTable.Row row : CsvTable.read(source.name(), source.text(), columns, problems)) {
      String where = source.name() + ":" + row.line() + ": ";
      String code = row.get("country_code");
      if (!code.matches("[A-Z]{2}")) {
        problems.add(where + "country_code '" + code + "' is not two upper-case letters");
        continue;
      }
      if (row.get("market_region").isEmpty()) {
        problems.add(where + "market_region is empty for " + code);
        continue;
      }
      Set<String> currencies =
          Arrays.stream(row.get("currencies").split("[;\\s]+"))
              .filter(currency -> !currency.isEmpty())
              .collect(Collectors.toSet());
      currencies.stream()
          .filter(currency -> !CurrencyCodes.isKnown(currency))
          .forEach(currency -> problems.add(where + "unknown currency code '" + currency + "'"));
      Market market = new Market(row.get("country_name"), row.get("market_region"), currencies);
      Market earlier = markets.putIfAbsent(code, market);
      // Bonaire, Saba and Sint Eustatius share BQ: repeats are fine when they agree.
      if (earlier != null
          && !(earlier.region().equals(market.region())
              && earlier.currencies().equals(market.currencies()))) {
        problems.add(where + code + " is listed again with another region or currency");
      }
    }
    return markets;
  }

  private static Map<String, Setting> parameters(List<PolicySource> sources, List<String> problems) {
    Map<String, Setting> settings = new LinkedHashMap<>();
    for (PolicySource source : sources) {
      var properties = PropertiesFile.parse(source, problems);
      for (String key : properties.stringPropertyNames().stream().sorted().toList()) {
        if (!PARAMETER_KEYS.contains(key) && !MOVED_PARAMETERS.containsKey(key)) {
          problems.add(PropertiesFile.where(source, key) + key + " is not a policy parameter" + Suggestion.hint(key, PARAMETER_KEYS));
          continue;
        }
        settings.put(key, new Setting(properties.getProperty(key).strip(), source, key));
      }
    }
    return settings;
  }

  private static BigDecimal threshold(Map<String, Setting> parameters, List<String> problems) {
    Setting setting = parameters.get(THRESHOLD);
    if (setting == null) {
      problems.add(PARAMETERS + ": " + THRESHOLD + " is missing");
      return BigDecimal.ZERO;
    }
    try {
      BigDecimal threshold = new BigDecimal(setting.value());
      if (threshold.signum() < 0) {
        problems.add(setting.where() + " must not be negative: " + setting.value());
      }
      return threshold;
    } catch (NumberFormatException e) {
      problems.add(setting.where() + " is not a number: " + setting.value());
      return BigDecimal.ZERO;
    }
  }
}
