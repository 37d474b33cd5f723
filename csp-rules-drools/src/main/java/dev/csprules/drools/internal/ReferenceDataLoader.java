package dev.csprules.drools.internal;

import dev.csprules.drools.PolicyLoadException;
import dev.csprules.drools.rulefacts.ReferenceData;
import dev.csprules.drools.rulefacts.ReferenceData.Market;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;

/** Reads the markets table and the policy parameters into the {@link ReferenceData} fact. */
final class ReferenceDataLoader {
  static final String MARKETS = "markets.csv";
  static final String PARAMETERS = "parameters.properties";
  static final String THRESHOLD = "direct-bill.revenue-threshold-usd";
  static final String CONSUMER_DOMAINS = "admin-email.consumer-domains";
  static final String NO_POSTAL_CODE = "address.countries-without-postal-code";

  private ReferenceDataLoader() {}

  static ReferenceData load(PolicyFiles files) {
    List<String> problems = new ArrayList<>();
    Map<String, Market> markets = markets(files.require(MARKETS), problems);
    Properties parameters = parameters(files.require(PARAMETERS), problems);
    BigDecimal threshold = threshold(parameters, problems);
    Set<String> domains =
        list(parameters, CONSUMER_DOMAINS, problems).stream()
            .map(domain -> domain.toLowerCase(Locale.ROOT))
            .collect(Collectors.toSet());
    Set<String> noPostalCode = Set.copyOf(list(parameters, NO_POSTAL_CODE, problems));
    noPostalCode.stream()
        .filter(code -> !CountryCodes.isKnown(code, markets.keySet()))
        .sorted()
        .forEach(
            code -> problems.add(PARAMETERS + ": " + NO_POSTAL_CODE + ": unknown country code '" + code + "'"));
    if (!problems.isEmpty()) {
      throw new PolicyLoadException(problems);
    }
    return new ReferenceData(markets, threshold, domains, noPostalCode);
  }

  private static Map<String, Market> markets(String text, List<String> problems) {
    Map<String, Market> markets = new LinkedHashMap<>();
    List<String> columns = List.of("country_code", "country_name", "market_region", "currencies");
    for (CsvTable.Row row : CsvTable.read(MARKETS, text, columns, problems)) {
      String where = MARKETS + ":" + row.line() + ": ";
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

  private static Properties parameters(String text, List<String> problems) {
    Properties properties = new Properties();
    try {
      properties.load(new StringReader(text));
    } catch (IllegalArgumentException e) {
      problems.add(PARAMETERS + ": " + e.getMessage());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return properties;
  }

  private static BigDecimal threshold(Properties parameters, List<String> problems) {
    String value = parameters.getProperty(THRESHOLD, "").strip();
    try {
      BigDecimal threshold = new BigDecimal(value);
      if (threshold.signum() < 0) {
        problems.add(PARAMETERS + ": " + THRESHOLD + " must not be negative: " + value);
      }
      return threshold;
    } catch (NumberFormatException e) {
      problems.add(
          PARAMETERS + ": " + THRESHOLD + (value.isEmpty() ? " is missing" : " is not a number: " + value));
      return BigDecimal.ZERO;
    }
  }

  private static List<String> list(Properties parameters, String key, List<String> problems) {
    String value = parameters.getProperty(key);
    if (value == null) {
      problems.add(PARAMETERS + ": " + key + " is missing");
      return List.of();
    }
    return Arrays.stream(value.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
  }
}
