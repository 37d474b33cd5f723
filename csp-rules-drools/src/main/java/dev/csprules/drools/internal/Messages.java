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
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The message templates of every finding code, in English and Japanese. A template's {@code
 * {name}} is replaced by the finding's fact of that name.
 */
final class Messages {
  static final String ENGLISH = "messages.properties";
  static final String JAPANESE = "messages_ja.properties";
  private static final List<String> CODE_NAMES = Arrays.stream(FindingCode.values()).map(Enum::name).toList();
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z0-9_]+)}");

  /** A template and the {@code file:line: } of the layer that set it last. */
  private record Defined(String text, String where) {}

  private final Map<FindingCode, Template> english;
  private final Map<FindingCode, Template> japanese;
  private final List<Map<FindingCode, Defined>> definitions;

  private Messages(Map<FindingCode, Defined> english, Map<FindingCode, Defined> japanese) {
    this.english = parsed(english);
    this.japanese = parsed(japanese);
    this.definitions = List.of(english, japanese);
  }

  static Messages load(PolicyFiles files) {
    List<String> problems = new ArrayList<>();
    Map<FindingCode, Defined> english = templates(files.all(ENGLISH), problems);
    Map<FindingCode, Defined> japanese = templates(files.all(JAPANESE), problems);
    if (!problems.isEmpty()) {
      throw new PolicyLoadException(problems);
    }
    return new Messages(english, japanese);
  }

  String english(FindingCode code, Map<String, String> facts) {
    return english.get(code).fill(facts);
  }

  String japanese(FindingCode code, Map<String, String> facts) {
    return japanese.get(code).fill(facts);
  }

  /**
   * A {@code file:line: } problem for each placeholder of a rule's message that the rule gives
   * no fact for: it would show as "{name}" in every finding of that rule.
   *
   * @param disabled rules switched off, which raise nothing
   */
  List<String> unfilledPlaceholders(List<EvidenceFacts.FindingRule> rules, Set<String> disabled) {
    List<String> problems = new ArrayList<>();
    for (Map<FindingCode, Defined> templates : definitions) {
      for (EvidenceFacts.FindingRule rule : rules) {
        Defined template = templates.get(rule.code());
        if (template == null || disabled.contains(rule.id())) {
          continue;
        }
        Set<String> facts = rule.facts();
        Template.parse(template.text()).placeholders().stream()
            .filter(name -> !facts.contains(name))
            .forEach(name -> problems.add(template.where() + "{" + name + "} in " + rule.code()
                + " is not a fact that rule " + rule.id() + " gives"
                + Suggestion.closest(name, facts).map(known -> " (did you mean {" + known + "}?)").orElse("")
                + (facts.isEmpty() ? "; it gives none" : "; it gives " + String.join(", ", facts))));
      }
    }
    return problems;
  }

  private static Map<FindingCode, Template> parsed(Map<FindingCode, Defined> templates) {
    Map<FindingCode, Template> parsed = new EnumMap<>(FindingCode.class);
    templates.forEach((code, template) -> parsed.put(code, Template.parse(template.text())));
    return parsed;
  }

  /** Merges the layers' templates key by key: a policy folder may reword any message. */
  private static Map<FindingCode, Defined> templates(List<PolicySource> sources, List<String> problems) {
    Map<FindingCode, Defined> templates = new EnumMap<>(FindingCode.class);
    for (PolicySource source : sources) {
      Properties properties = PropertiesFile.parse(source, problems);
      for (String key : properties.stringPropertyNames().stream().sorted().toList()) {
        Optional<FindingCode> code = Arrays.stream(FindingCode.values()).filter(c -> c.name().equals(key)).findFirst();
        if (code.isEmpty()) {
          problems.add(PropertiesFile.where(source, key) + key + " is not a finding code" + Suggestion.hint(key, CODE_NAMES));
        } else {
          templates.put(code.get(), new Defined(properties.getProperty(key).strip(), PropertiesFile.where(source, key)));
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

  /**
   * A template cut once, at load, into literal text and placeholder names, so that filling it per
   * finding is one StringBuilder pass rather than a regex match. A placeholder with no fact of its
   * name is left as it is, so the gap shows.
   *
   * @param parts literal text at even indexes, placeholder names at odd ones
   */
  private record Template(List<String> parts) {
    static Template parse(String template) {
      List<String> parts = new ArrayList<>();
      Matcher matcher = PLACEHOLDER.matcher(template);
      int end = 0;
      while (matcher.find()) {
        parts.add(template.substring(end, matcher.start()));
        parts.add(matcher.group(1));
        end = matcher.end();
      }
      parts.add(template.substring(end));
      return new Template(List.copyOf(parts));
    }

    List<String> placeholders() {
      List<String> names = new ArrayList<>();
      for (int i = 1; i < parts.size(); i += 2) {
        names.add(parts.get(i));
      }
      return names;
    }

    String fill(Map<String, String> facts) {
      if (parts.size() == 1) {
        return parts.get(0);
      }
      StringBuilder out = new StringBuilder(128);
      for (int i = 0; i < parts.size(); i++) {
        String part = parts.get(i);
        if (i % 2 == 0) {
          out.append(part);
        } else {
          String value = facts.get(part);
          if (value == null) {
            out.append('{').append(part).append('}');
          } else {
            out.append(value);
          }
        }
      }
      return out.toString();
    }
  }
}
