package dev.csprules.drools.internal;

import dev.csprules.api.FindingCode;
import dev.csprules.drools.PolicyLoadException;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The message templates of every finding code, in English and Japanese. A template's {@code
 * {name}} is replaced by the finding's fact of that name.
 */
final class Messages {
  static final String ENGLISH = "messages.properties";
  static final String JAPANESE = "messages_ja.properties";
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z0-9_]+)}");

  private final Map<FindingCode, String> english;
  private final Map<FindingCode, String> japanese;

  private Messages(Map<FindingCode, String> english, Map<FindingCode, String> japanese) {
    this.english = english;
    this.japanese = japanese;
  }

  static Messages load(PolicyFiles files) {
    List<String> problems = new ArrayList<>();
    Map<FindingCode, String> english = templates(ENGLISH, files.require(ENGLISH), problems);
    Map<FindingCode, String> japanese = templates(JAPANESE, files.require(JAPANESE), problems);
    if (!problems.isEmpty()) {
      throw new PolicyLoadException(problems);
    }
    return new Messages(english, japanese);
  }

  String english(FindingCode code, Map<String, String> facts) {
    return fill(english.get(code), facts);
  }

  String japanese(FindingCode code, Map<String, String> facts) {
    return fill(japanese.get(code), facts);
  }

  private static Map<FindingCode, String> templates(
      String file, String text, List<String> problems) {
    Properties properties = new Properties();
    try {
      properties.load(new StringReader(text));
    } catch (IllegalArgumentException e) {
      problems.add(file + ": " + e.getMessage());
      return Map.of();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Map<FindingCode, String> templates = new EnumMap<>(FindingCode.class);
    for (FindingCode code : FindingCode.values()) {
      String template = properties.getProperty(code.name(), "").strip();
      if (template.isEmpty()) {
        problems.add(file + ": no message for " + code);
      }
      templates.put(code, template);
    }
    properties.stringPropertyNames().stream()
        .filter(key -> templates.keySet().stream().noneMatch(code -> code.name().equals(key)))
        .sorted()
        .forEach(key -> problems.add(file + ": " + key + " is not a finding code"));
    return templates;
  }

  /** A placeholder with no fact of its name is left as it is, so the gap shows. */
  private static String fill(String template, Map<String, String> facts) {
    Matcher matcher = PLACEHOLDER.matcher(template);
    StringBuilder out = new StringBuilder();
    while (matcher.find()) {
      String value = facts.getOrDefault(matcher.group(1), matcher.group());
      matcher.appendReplacement(out, Matcher.quoteReplacement(value));
    }
    matcher.appendTail(out);
    return out.toString();
  }
}
