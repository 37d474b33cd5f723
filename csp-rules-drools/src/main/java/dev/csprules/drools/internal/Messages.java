package dev.csprules.drools.internal;

import dev.csprules.api.FindingCode;
import dev.csprules.drools.PolicyLoadException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
    Map<FindingCode, String> english = templates(files.all(ENGLISH), problems);
    Map<FindingCode, String> japanese = templates(files.all(JAPANESE), problems);
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

  /** Merges the layers' templates key by key: a policy folder may reword any message. */
  private static Map<FindingCode, String> templates(List<PolicySource> sources, List<String> problems) {
    Map<FindingCode, String> templates = new EnumMap<>(FindingCode.class);
    for (PolicySource source : sources) {
      Properties properties = PropertiesFile.parse(source, problems);
      for (String key : properties.stringPropertyNames().stream().sorted().toList()) {
        Optional<FindingCode> code = Arrays.stream(FindingCode.values()).filter(c -> c.name().equals(key)).findFirst();
        if (code.isEmpty()) {
          problems.add(PropertiesFile.where(source, key) + key + " is not a finding code");
        } else {
          templates.put(code.get(), properties.getProperty(key).strip());
        }
      }
    }
    for (FindingCode code : FindingCode.values()) {
      if (templates.getOrDefault(code, "").isEmpty()) {
        String file = sources.isEmpty() ? "messages" : sources.get(sources.size() - 1).name();
        problems.add(file + ": no message for " + code);
      }
    }
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
