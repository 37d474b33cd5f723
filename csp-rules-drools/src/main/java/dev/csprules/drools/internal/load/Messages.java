package dev.csprules.drools.internal.load;

import dev.csprules.api.FactValue;
import dev.csprules.api.FindingCode;
import dev.csprules.drools.PolicyLoadException;
import dev.csprules.drools.internal.policy.PolicySource;
import dev.csprules.drools.internal.text.Suggestion;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The message templates of every finding code, in English and Japanese, and how a fact reads in
 * each language. A template's {@code {name}} is replaced by the finding's fact of that name as the
 * language writes its kind (money grouped in thousands, a month as {@code 2019-10} or {@code
 * 2019年10月}, a list joined by {@code ", "} or {@code "、"}); {@code {name:country}} by the
 * country's name in the language and its code, {@code {name:market}} by the market's name in the
 * language, and {@code {name:words}} by the fact, or each item of a list, through the language's
 * {@code word.*} entries. So a Japanese message reads 郵便番号 and 米国 where the facts hold
 * {@code postalCode} and {@code United States}.
 */
public final class Messages {
  public static final String ENGLISH = "messages.properties";
  public static final String JAPANESE = "messages_ja.properties";
  static final String MARKET_NAMES = "market-names.csv";
  private static final String WORD = "word.";
  private static final String NO_MARKET = "noMarket";
  private static final List<String> CODE_NAMES = Arrays.stream(FindingCode.values()).map(Enum::name).toList();
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z0-9_]+)(?::([A-Za-z]+))?}");

  /** A template and the {@code file:line: } of the layer that set it last. */
  private record Defined(String text, String where) {}

  /** How a placeholder renders its fact. */
  private enum Format {
    AS_IS, COUNTRY, MARKET, WORDS;

    static Optional<Format> named(String name) {
      return switch (name) {
        case "" -> Optional.of(AS_IS);
        case "country" -> Optional.of(COUNTRY);
        case "market" -> Optional.of(MARKET);
        case "words" -> Optional.of(WORDS);
        default -> Optional.empty();
      };
    }
  }

  /**
   * One language: its templates, its words, its market names, how it joins a list and how it
   * writes months, days and instants.
   */
  private record Language(
      Locale locale,
      Map<FindingCode, Template> templates,
      Map<String, String> words,
      Map<String, String> marketNames,
      String listSeparator,
      DateTimeFormatter months,
      DateTimeFormatter days,
      DateTimeFormatter moments) {

    /** A list item by item, joined as this language joins them; {@code none} in its words when empty. */
    String render(Format format, FactValue value) {
      if (value instanceof FactValue.ListOf list) {
        return list.items().isEmpty()
            ? word(FactValue.ListOf.EMPTY)
            : String.join(listSeparator, list.items().stream().map(item -> render(format, item)).toList());
      }
      return switch (format) {
        case AS_IS -> single(value);
        case COUNTRY -> country(value.text());
        case MARKET -> value.text().equals("none") ? words.getOrDefault(NO_MARKET, "none") : marketNames.getOrDefault(value.text(), value.text());
        case WORDS -> word(value.text());
      };
    }

    /** A value as this language writes it: money grouped in thousands, dates in its own form. */
    private String single(FactValue value) {
      if (value instanceof FactValue.Amount amount) {
        return String.format(locale, "%,." + Math.max(0, amount.value().scale()) + "f", amount.value());
      }
      if (value instanceof FactValue.Count count) {
        return String.format(locale, "%,d", count.value());
      }
      if (value instanceof FactValue.Month month) {
        return months.format(month.value());
      }
      if (value instanceof FactValue.Day day) {
        return days.format(day.value());
      }
      if (value instanceof FactValue.Moment moment) {
        return moments.format(moment.value());
      }
      // Text as it is; a flag through the words, so that a language may say yes or no.
      return value instanceof FactValue.Flag ? word(value.text()) : value.text();
    }

    private String word(String word) {
      return words.getOrDefault(word, word);
    }

    /** The JDK's name of the country in this language, with the code; the code alone when it has none. */
    private String country(String code) {
      String name = new Locale("", code).getDisplayCountry(locale);
      return name.isEmpty() || name.equals(code) ? code : name + " (" + code + ")";
    }
  }

  private final Language english;
  private final Language japanese;
  private final List<Map<FindingCode, Defined>> definitions;

  private Messages(Language english, Language japanese, List<Map<FindingCode, Defined>> definitions) {
    this.english = english;
    this.japanese = japanese;
    this.definitions = definitions;
  }

  public static Messages load(PolicyFiles files) {
    List<String> problems = new ArrayList<>();
    Map<String, String> englishWords = new HashMap<>();
    Map<String, String> japaneseWords = new HashMap<>();
    Map<FindingCode, Defined> english = templates(files.all(ENGLISH), englishWords, problems);
    Map<FindingCode, Defined> japanese = templates(files.all(JAPANESE), japaneseWords, problems);
    Map<FindingCode, Template> englishTemplates = parsed(english, problems);
    Map<FindingCode, Template> japaneseTemplates = parsed(japanese, problems);
    Map<String, String> japaneseMarkets = marketNames(files.last(MARKET_NAMES), problems);
    if (!problems.isEmpty()) {
      throw new PolicyLoadException(problems);
    }
    return new Messages(
        new Language(
            Locale.ENGLISH, englishTemplates, englishWords, Map.of(), ", ",
            DateTimeFormatter.ofPattern("uuuu-MM", Locale.ENGLISH), DateTimeFormatter.ISO_LOCAL_DATE,
            DateTimeFormatter.ISO_OFFSET_DATE_TIME),
        new Language(
            Locale.JAPANESE, japaneseTemplates, japaneseWords, japaneseMarkets, "、",
            DateTimeFormatter.ofPattern("uuuu年M月", Locale.JAPANESE), DateTimeFormatter.ofPattern("uuuu年M月d日", Locale.JAPANESE),
            DateTimeFormatter.ofPattern("uuuu年M月d日 H:mm:ss（'UTC'xxx）", Locale.JAPANESE)),
        List.of(english, japanese));
  }

  /** The markets without a Japanese name, as load problems: a Japanese message must not fall back to English. */
  public List<String> unnamedMarkets(Collection<String> markets) {
    return markets.stream()
        .filter(market -> !japanese.marketNames().containsKey(market))
        .distinct()
        .sorted()
        .map(market -> MARKET_NAMES + ": no Japanese name for the market '" + market + "'")
        .toList();
  }

  public String english(FindingCode code, Map<String, FactValue> facts) {
    return english.templates().get(code).fill(facts, english);
  }

  public String japanese(FindingCode code, Map<String, FactValue> facts) {
    return japanese.templates().get(code).fill(facts, japanese);
  }

  /**
   * A {@code file:line: } problem for each placeholder of a rule's message that the rule gives
   * no fact for: it would show as "{name}" in every finding of that rule.
   *
   * @param disabled rules switched off, which raise nothing
   */
  public List<String> unfilledPlaceholders(List<EvidenceFacts.FindingRule> rules, Set<String> disabled) {
    List<String> problems = new ArrayList<>();
    for (Map<FindingCode, Defined> templates : definitions) {
      for (EvidenceFacts.FindingRule rule : rules) {
        Defined template = templates.get(rule.code());
        if (template == null || disabled.contains(rule.id())) {
          continue;
        }
        Set<String> facts = rule.facts();
        Template.parse(template.text(), template.where(), new ArrayList<>())
            .map(Template::names)
            .orElse(List.of())
            .stream()
            .filter(name -> !facts.contains(name))
            .forEach(name -> problems.add(template.where() + "{" + name + "} in " + rule.code()
                + " is not a fact that rule " + rule.id() + " gives"
                + Suggestion.closest(name, facts).map(known -> " (did you mean {" + known + "}?)").orElse("")
                + (facts.isEmpty() ? "; it gives none" : "; it gives " + String.join(", ", facts))));
      }
    }
    return problems;
  }

  private static Map<FindingCode, Template> parsed(Map<FindingCode, Defined> templates, List<String> problems) {
    Map<FindingCode, Template> parsed = new EnumMap<>(FindingCode.class);
    templates.forEach(
        (code, template) ->
            Template.parse(template.text(), template.where() + code, problems).ifPresent(ok -> parsed.put(code, ok)));
    return parsed;
  }

  /** Merges the layers' templates and words key by key: a policy folder may reword any message. */
  private static Map<FindingCode, Defined> templates(
      List<PolicySource> sources, Map<String, String> words, List<String> problems) {
    Map<FindingCode, Defined> templates = new EnumMap<>(FindingCode.class);
    for (PolicySource source : sources) {
      Properties properties = PropertiesFile.parse(source, problems);
      for (String key : properties.stringPropertyNames().stream().sorted().toList()) {
        String text = properties.getProperty(key).strip();
        if (key.startsWith(WORD)) {
          words.put(key.substring(WORD.length()), text);
          continue;
        }
        Optional<FindingCode> code = Arrays.stream(FindingCode.values()).filter(c -> c.name().equals(key)).findFirst();
        if (code.isEmpty()) {
          problems.add(
              PropertiesFile.where(source, key) + key + " is neither a finding code nor a word.* entry"
                  + Suggestion.hint(key, CODE_NAMES));
        } else {
          templates.put(code.get(), new Defined(text, PropertiesFile.where(source, key)));
        }
      }
    }
    for (FindingCode code : FindingCode.values()) {
      if (!templates.containsKey(code) || templates.get(code).text().isEmpty()) {
        String file = sources.isEmpty() ? "messages" : sources.get(sources.size() - 1).name();
        problems.add(file + ": no message for " + code);
      }
    }
    return templates;
  }

  private static Map<String, String> marketNames(PolicySource source, List<String> problems) {
    Map<String, String> names = new HashMap<>();
    for (CsvTable.Row row : CsvTable.read(source.name(), source.text(), List.of("market_region", "name_ja"), problems)) {
      if (row.get("name_ja").isEmpty()) {
        problems.add(source.name() + ":" + row.line() + ": name_ja is empty for " + row.get("market_region"));
      } else {
        names.put(row.get("market_region"), row.get("name_ja"));
      }
    }
    return names;
  }

  /**
   * A template cut once, at load, into literal text and placeholders, so that filling it per
   * finding is one StringBuilder pass rather than a regex match. A placeholder with no fact of its
   * name is left as it is, so the gap shows.
   *
   * @param literals the text before each placeholder, and after the last
   */
  private record Template(List<String> literals, List<String> names, List<Format> formats, List<String> written) {
    static Optional<Template> parse(String template, String where, List<String> problems) {
      List<String> literals = new ArrayList<>();
      List<String> names = new ArrayList<>();
      List<Format> formats = new ArrayList<>();
      List<String> written = new ArrayList<>();
      Matcher matcher = PLACEHOLDER.matcher(template);
      int end = 0;
      while (matcher.find()) {
        String formatName = matcher.group(2) == null ? "" : matcher.group(2);
        Optional<Format> format = Format.named(formatName);
        if (format.isEmpty()) {
          problems.add(where + ": {" + matcher.group(1) + ":" + formatName + "} has an unknown format; use country, market or words");
          return Optional.empty();
        }
        literals.add(template.substring(end, matcher.start()));
        names.add(matcher.group(1));
        formats.add(format.get());
        written.add(matcher.group());
        end = matcher.end();
      }
      literals.add(template.substring(end));
      return Optional.of(new Template(List.copyOf(literals), List.copyOf(names), List.copyOf(formats), List.copyOf(written)));
    }

    String fill(Map<String, FactValue> facts, Language language) {
      if (names.isEmpty()) {
        return literals.get(0);
      }
      StringBuilder out = new StringBuilder(128);
      for (int i = 0; i < names.size(); i++) {
        out.append(literals.get(i));
        FactValue value = facts.get(names.get(i));
        out.append(value == null ? written.get(i) : language.render(formats.get(i), value));
      }
      return out.append(literals.get(names.size())).toString();
    }
  }
}
