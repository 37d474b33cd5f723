package dev.csprules.drools.internal.load;

import dev.csprules.api.FindingCode;
import dev.csprules.api.Severity;
import dev.csprules.drools.PolicyLoadException;
import dev.csprules.drools.internal.policy.Editions;
import dev.csprules.drools.internal.policy.PolicySource;
import dev.csprules.drools.internal.policy.RuleCatalog;
import dev.csprules.drools.internal.policy.RuleInfo;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;

/**
 * Reads and checks the metadata of every compiled rule into the {@link RuleCatalog}. A finding
 * rule carries {@code @code}, {@code @cites} and {@code @edition}; a derivation carries {@code
 * @derives} and {@code @edition}; either may end with {@code @until} (an edition id: in force
 * until the day before it; or a date: the last day in force).
 */
public final class RuleCatalogReader {
  private static final Pattern RULE_DECLARATION =
      Pattern.compile("^\\s*rule\\s+\"([^\"]+)\"", Pattern.MULTILINE);

  private RuleCatalogReader() {}

  /**
   * @param disabled rule ids policy folders switch off: they stay out of the catalog, so they are
   *     never in force and never fire
   */
  public static RuleCatalog read(
      KieBase kieBase,
      List<PolicySource> sources,
      Editions editions,
      SeedSentences seeds,
      Set<String> disabled) {
    Map<String, String> declaredIn = declarations(sources);
    List<String> problems = new ArrayList<>();
    Map<String, RuleInfo> rules = new LinkedHashMap<>();
    for (KiePackage kiePackage : kieBase.getKiePackages()) {
      for (Rule rule : kiePackage.getRules()) {
        if (disabled.contains(rule.getName())) {
          continue;
        }
        String where = declaredIn.getOrDefault(rule.getName(), kiePackage.getName()) + ": rule \""
            + rule.getName() + "\" ";
        if (rules.containsKey(rule.getName())) {
          problems.add(where + "has the id of another rule; rule ids must be unique");
          continue;
        }
        read(rule, where, editions, seeds, problems).ifPresent(info -> rules.put(info.id(), info));
      }
    }
    if (!problems.isEmpty()) {
      throw new PolicyLoadException(inSourceOrder(problems));
    }
    return new RuleCatalog(rules);
  }

  private static Optional<RuleInfo> read(
      Rule rule, String where, Editions editions, SeedSentences seeds, List<String> problems) {
    int before = problems.size();
    String codeName = RuleMetadata.text(rule, "code");
    String derives = RuleMetadata.text(rule, "derives");
    Optional<FindingCode> code = Optional.empty();
    if (codeName.isEmpty() == derives.isEmpty()) {
      problems.add(where + "needs exactly one of @code (a finding rule) or @derives (a derivation)");
    } else if (!codeName.isEmpty()) {
      code = Arrays.stream(FindingCode.values()).filter(c -> c.name().equals(codeName)).findFirst();
      if (code.isEmpty()) {
        problems.add(where + "has @code(\"" + codeName + "\"), which is not in the rule catalog");
      }
    }
    Optional<Severity> severity = code.map(FindingCode::severity);
    String severityName = RuleMetadata.text(rule, "severity");
    if (!severityName.isEmpty()) {
      severity = Arrays.stream(Severity.values()).filter(s -> s.name().equals(severityName)).findFirst();
      if (severity.isEmpty() || code.isEmpty()) {
        problems.add(where + "has @severity(\"" + severityName + "\"): only a finding rule may set one, to BLOCKING, REVIEW or ADVICE");
      }
    }
    List<String> citations =
        Arrays.stream(RuleMetadata.text(rule, "cites").split("[,\\s]+")).filter(s -> !s.isEmpty()).toList();
    if (!codeName.isEmpty() && citations.isEmpty()) {
      problems.add(where + "cites no seed sentence: add @cites(\"4d1ce-110, ...\")");
    }
    citations.stream()
        .filter(id -> !seeds.contains(id))
        .forEach(id -> problems.add(where + "cites " + id + ", which is not a seed sentence id"));
    String editionId = RuleMetadata.text(rule, "edition");
    Optional<Editions.Edition> edition = editions.find(editionId);
    if (edition.isEmpty()) {
      problems.add(
          where
              + (editionId.isEmpty() ? "names no @edition" : "names unknown edition " + editionId));
    }
    LocalDate lastDay = LocalDate.MAX;
    String until = RuleMetadata.text(rule, "until");
    if (!until.isEmpty()) {
      Optional<LocalDate> end = lastDayBefore(until, editions);
      if (end.isEmpty()) {
        problems.add(where + "has @until(\"" + until + "\"): neither an edition id nor a date");
      } else {
        lastDay = end.get();
      }
    }
    if (edition.isPresent() && lastDay.isBefore(edition.get().inForceFrom())) {
      problems.add(
          where + "can never fire: it ends on " + lastDay + ", before edition " + editionId
              + " comes into force on " + edition.get().inForceFrom());
    }
    if (problems.size() > before) {
      return Optional.empty();
    }
    return Optional.of(
        new RuleInfo(
            rule.getName(),
            rule.getPackageName(),
            RuleMetadata.text(rule, "title"),
            code,
            severity,
            citations,
            editionId,
            edition.get().inForceFrom(),
            lastDay));
  }

  private static Optional<LocalDate> lastDayBefore(String until, Editions editions) {
    Optional<Editions.Edition> edition = editions.find(until);
    if (edition.isPresent()) {
      return Optional.of(edition.get().inForceFrom().minusDays(1));
    }
    try {
      return Optional.of(LocalDate.parse(until));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  /** Sorts {@code path:line: ...} messages by path, then line number; keeps each rule's order. */
  private static List<String> inSourceOrder(List<String> problems) {
    Pattern location = Pattern.compile("^([^:]*):(\\d+):");
    Comparator<String> byPath =
        Comparator.comparing(problem -> problem.substring(0, Math.max(0, problem.indexOf(':'))));
    Comparator<String> byLine =
        Comparator.comparingInt(
            problem -> {
              Matcher matcher = location.matcher(problem);
              return matcher.find() ? Integer.parseInt(matcher.group(2)) : 0;
            });
    return problems.stream().sorted(byPath.thenComparing(byLine)).toList();
  }

  /** Where each rule is declared, as {@code path:line}, for messages a policy author can follow. */
  public static Map<String, String> declarations(List<PolicySource> rules) {
    Map<String, String> declaredIn = new LinkedHashMap<>();
    rules.forEach(
        source -> {
          String path = source.name();
          String text = source.text();
          Matcher matcher = RULE_DECLARATION.matcher(text);
          while (matcher.find()) {
            int line = 1 + (int) text.substring(0, matcher.start(1)).chars().filter(c -> c == '\n').count();
            declaredIn.putIfAbsent(matcher.group(1), path + ":" + line);
          }
        });
    return declaredIn;
  }
}
