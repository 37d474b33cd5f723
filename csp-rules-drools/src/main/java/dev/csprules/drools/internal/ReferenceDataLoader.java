package dev.csprules.drools.internal;

import dev.csprules.drools.PolicyLoadException;
import dev.csprules.drools.rulefacts.ReferenceData;
import dev.csprules.drools.rulefacts.ReferenceData.Market;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads the markets table and the policy parameters into the {@link ReferenceData} fact. A policy
 * folder's markets.csv replaces the table whole; its parameters.properties overrides key by key.
 */
final class ReferenceDataLoader {
  static final String MARKETS = "markets.csv";
  static final String PARAMETERS = "parameters.properties";
  static final String THRESHOLD = "direct-bill.revenue-threshold-usd";
  static final String CONSUMER_DOMAINS = "admin-email.consumer-domains";
  static final String NO_POSTAL_CODE = "address.countries-without-postal-code";
  static final Set<String> PARAMETER_KEYS = Set.of(THRESHOLD, CONSUMER_DOMAINS, NO_POSTAL_CODE);

  /** A parameter's value and the file that set it last. */
  private record Setting(String value, PolicySource source, String key) {
    String where() {
      return PropertiesFile.where(source, key) + key;
    }
  }

  private ReferenceDataLoader() {}

  static ReferenceData load(PolicyFiles files) {
    List<String> problems = new ArrayList<>();
    Map<String, Market> markets = markets(files.last(MARKETS), problems);
    Map<String, Setting> parameters = parameters(files.all(PARAMETERS), problems);
    BigDecimal threshold = threshold(parameters, problems);
    Set<String> domains =
        list(parameters, CONSUMER_DOMAINS, problems).stream()
            .map(domain -> domain.toLowerCase(Locale.ROOT))
            .collect(Collectors.toSet());
    Set<String> noPostalCode = Set.copyOf(list(parameters, NO_POSTAL_CODE, problems));
    noPostalCode.stream()
        .filter(code -> !CountryCodes.isKnown(code, markets.keySet()))
        .sorted()
        .forEach(code -> problems.add(parameters.get(NO_POSTAL_CODE).where() + ": unknown country code '" + code + "'"));
    if (!problems.isEmpty()) {
      throw new PolicyLoadException(problems);
    }
    return new ReferenceData(markets, threshold, domains, noPostalCode);
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
        if (!PARAMETER_KEYS.contains(key)) {
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

  private static List<String> list(Map<String, Setting> parameters, String key, List<String> problems) {
    Setting setting = parameters.get(key);
    if (setting == null) {
      problems.add(PARAMETERS + ": " + key + " is missing");
      return List.of();
    }
    return Arrays.stream(setting.value().split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
  }
}
