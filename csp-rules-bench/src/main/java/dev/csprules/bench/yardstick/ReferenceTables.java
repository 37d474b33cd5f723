package dev.csprules.bench.yardstick;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import dev.csprules.api.FindingCode;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The built-in policy's data files (markets, parameters, messages), read the way an embedder who
 * hand-codes the rules would: straight from the classpath into maps, once. Only the yardstick uses
 * this; the engine has its own, checked loaders.
 */
final class ReferenceTables {
  private static final String ROOT = "dev/csprules/policy/";

  /** A country's market region, and its currencies already rendered as a finding shows them. */
  record Market(String region, Set<String> currencies, String currenciesText) {}

  final Map<String, Market> marketsByCountry;
  final BigDecimal directBillThresholdUsd;
  final Set<String> consumerMailDomains;
  final Set<String> countriesWithoutPostalCode;
  final Map<FindingCode, Template> english;
  final Map<FindingCode, Template> japanese;

  private ReferenceTables(
      Map<String, Market> marketsByCountry,
      Properties parameters,
      Map<FindingCode, Template> english,
      Map<FindingCode, Template> japanese) {
    this.marketsByCountry = Map.copyOf(marketsByCountry);
    this.directBillThresholdUsd =
        new BigDecimal(parameters.getProperty("direct-bill.revenue-threshold-usd").strip());
    this.consumerMailDomains =
        list(parameters, "admin-email.consumer-domains").stream()
            .map(domain -> domain.toLowerCase(Locale.ROOT))
            .collect(Collectors.toUnmodifiableSet());
    this.countriesWithoutPostalCode =
        Set.copyOf(list(parameters, "address.countries-without-postal-code"));
    this.english = english;
    this.japanese = japanese;
  }

  static ReferenceTables builtIn() {
    return new ReferenceTables(
        markets(read("markets.csv")),
        properties(read("parameters.properties")),
        templates(properties(read("messages.properties"))),
        templates(properties(read("messages_ja.properties"))));
  }

  String marketOf(String country) {
    Market market = marketsByCountry.get(country);
    return market == null ? "" : market.region();
  }

  String marketLabel(String country) {
    String market = marketOf(country);
    return market.isEmpty() ? "no CSP market" : market;
  }

  private static Map<String, Market> markets(String csv) {
    Map<String, Market> markets = new HashMap<>();
    CSVFormat format =
        CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).setTrim(true).build();
    try (CSVParser parser = CSVParser.parse(new StringReader(csv), format)) {
      for (CSVRecord row : parser) {
        Set<String> currencies =
            Arrays.stream(row.get("currencies").split("[;\\s]+"))
                .filter(currency -> !currency.isEmpty())
                .collect(Collectors.toCollection(TreeSet::new));
        markets.putIfAbsent(
            row.get("country_code"),
            new Market(
                row.get("market_region"),
                Set.copyOf(currencies),
                currencies.isEmpty() ? "none" : String.join(", ", currencies)));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return markets;
  }

  private static Map<FindingCode, Template> templates(Properties properties) {
    Map<FindingCode, Template> templates = new EnumMap<>(FindingCode.class);
    for (FindingCode code : FindingCode.values()) {
      templates.put(code, Template.parse(properties.getProperty(code.name(), "").strip()));
    }
    return templates;
  }

  private static List<String> list(Properties properties, String key) {
    return Arrays.stream(properties.getProperty(key, "").split(","))
        .map(String::strip)
        .filter(value -> !value.isEmpty())
        .toList();
  }

  private static Properties properties(String text) {
    Properties properties = new Properties();
    try {
      properties.load(new StringReader(text));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return properties;
  }

  private static String read(String file) {
    try (InputStream in = ReferenceTables.class.getClassLoader().getResourceAsStream(ROOT + file)) {
      if (in == null) {
        throw new IllegalStateException(ROOT + file + " is not on the classpath");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A message template; a placeholder {@code {name}} without a fact of that name stays as it is. */
  record Template(String text) {
    static Template parse(String template) {
      return new Template(template);
    }

    String fill(Map<String, String> facts) {
      String message = text;
      for (Map.Entry<String, String> fact : facts.entrySet()) {
        message = message.replace("{" + fact.getKey() + "}", fact.getValue());
      }
      return message;
    }
  }
}
