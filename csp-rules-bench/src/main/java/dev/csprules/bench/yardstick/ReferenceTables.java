package dev.csprules.bench.yardstick;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import dev.csprules.api.FactValue;
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

  /** A country's market region and its currencies, in order. */
  record Market(String region, Set<String> currencies) {}

  final Map<String, Market> marketsByCountry;
  final BigDecimal directBillThresholdUsd;
  final Set<String> consumerMailDomains;
  final Set<String> countriesWithoutPostalCode;
  final Messages english;
  final Messages japanese;

  private ReferenceTables(
      Map<String, Market> marketsByCountry,
      Properties parameters,
      Messages english,
      Messages japanese) {
    this.marketsByCountry = Map.copyOf(marketsByCountry);
    this.directBillThresholdUsd =
        new BigDecimal(parameters.getProperty("direct-bill.revenue-threshold-usd").strip());
    this.consumerMailDomains =
        column(read("consumer-mail-domains.csv"), "domain").stream()
            .map(domain -> domain.toLowerCase(Locale.ROOT))
            .collect(Collectors.toUnmodifiableSet());
    this.countriesWithoutPostalCode = Set.copyOf(column(read("no-postal-code-countries.csv"), "country_code"));
    this.english = english;
    this.japanese = japanese;
  }

  static ReferenceTables builtIn() {
    Map<String, String> japaneseMarkets = new HashMap<>();
    List<String> regions = column(read("market-names.csv"), "market_region");
    List<String> names = column(read("market-names.csv"), "name_ja");
    for (int i = 0; i < regions.size(); i++) {
      japaneseMarkets.put(regions.get(i), names.get(i));
    }
    return new ReferenceTables(
        markets(read("markets.csv")),
        properties(read("parameters.properties")),
        new Messages(properties(read("messages.properties")), Locale.ENGLISH, Map.of(), ", "),
        new Messages(properties(read("messages_ja.properties")), Locale.JAPANESE, japaneseMarkets, "、"));
  }

  String marketOf(String country) {
    Market market = marketsByCountry.get(country);
    return market == null ? "" : market.region();
  }

  String marketName(String country) {
    String market = marketOf(country);
    return market.isEmpty() ? "none" : market;
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
            new Market(row.get("market_region"), java.util.Collections.unmodifiableSet(currencies)));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return markets;
  }

  private static List<String> column(String csv, String column) {
    CSVFormat format =
        CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).setTrim(true).build();
    try (CSVParser parser = CSVParser.parse(new StringReader(csv), format)) {
      return parser.stream().map(row -> row.get(column)).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
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

  /**
   * One language's message templates, filled the way the catalog's messages say: {@code {name}}
   * as it is, {@code {name:country}} as the JDK's country name and the code, {@code {name:market}}
   * as the market's name in the language, {@code {name:words}} item by item through the
   * {@code word.*} entries.
   */
  static final class Messages {
    private final Properties properties;
    private final Locale locale;
    private final Map<String, String> marketNames;
    private final String separator;

    Messages(Properties properties, Locale locale, Map<String, String> marketNames, String separator) {
      this.properties = properties;
      this.locale = locale;
      this.marketNames = marketNames;
      this.separator = separator;
    }

    String fill(FindingCode code, Map<String, FactValue> facts) {
      String message = properties.getProperty(code.name(), "").strip();
      for (Map.Entry<String, FactValue> fact : facts.entrySet()) {
        String name = fact.getKey();
        FactValue value = fact.getValue();
        message =
            message
                .replace("{" + name + "}", each(value, this::written))
                .replace("{" + name + ":country}", each(value, item -> country(item.text())))
                .replace("{" + name + ":market}", each(value, item -> item.text().equals("none") ? word("noMarket") : marketNames.getOrDefault(item.text(), item.text())))
                .replace("{" + name + ":words}", each(value, item -> word(item.text())));
      }
      return message;
    }

    /** A list item by item, joined by the language's separator, "none" in its words when empty. */
    private String each(FactValue value, java.util.function.Function<FactValue, String> render) {
      if (value instanceof FactValue.ListOf list) {
        return list.items().isEmpty() ? word("none") : String.join(separator, list.items().stream().map(item -> each(item, render)).toList());
      }
      return render.apply(value);
    }

    /** Money grouped in thousands, months, days and instants as the language writes them. */
    private String written(FactValue value) {
      boolean japanese = locale.getLanguage().equals("ja");
      if (value instanceof FactValue.Amount amount) {
        return String.format(locale, "%,." + Math.max(0, amount.value().scale()) + "f", amount.value());
      }
      if (value instanceof FactValue.Month month) {
        return japanese ? month.value().getYear() + "年" + month.value().getMonthValue() + "月" : month.text();
      }
      if (value instanceof FactValue.Day day) {
        return japanese ? day.value().getYear() + "年" + day.value().getMonthValue() + "月" + day.value().getDayOfMonth() + "日" : day.text();
      }
      if (value instanceof FactValue.Moment moment) {
        return (japanese
                ? java.time.format.DateTimeFormatter.ofPattern("uuuu年M月d日 H:mm:ss（'UTC'xxx）", locale)
                : java.time.format.DateTimeFormatter.ISO_OFFSET_DATE_TIME)
            .format(moment.value());
      }
      return value.text();
    }

    private String word(String word) {
      return properties.getProperty("word." + word, word).strip();
    }

    private String country(String code) {
      String name = new Locale("", code).getDisplayCountry(locale);
      return name.isEmpty() || name.equals(code) ? code : name + " (" + code + ")";
    }
  }
}
