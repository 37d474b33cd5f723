package dev.csprules.drools.internal.load;

import dev.csprules.api.Citation;
import dev.csprules.drools.PolicyContents.DisabledRule;
import dev.csprules.drools.PolicyContents.FolderChanges;
import dev.csprules.drools.PolicyContents.Market;
import dev.csprules.drools.PolicyContents.Parameter;
import dev.csprules.drools.PolicyContents.RuleSource;
import dev.csprules.drools.PolicyContents;
import dev.csprules.drools.PolicyRule;
import dev.csprules.drools.internal.policy.Editions;
import dev.csprules.drools.internal.policy.PolicySource;
import dev.csprules.drools.rulefacts.ReferenceData;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Describes a loaded policy for review, from the files and tables it was loaded from. */
public final class PolicyContentsReader {
  private PolicyContentsReader() {}

  public static PolicyContents describe(
      PolicyFiles files,
      List<PolicyRule> rules,
      Editions editions,
      SeedSentences seeds,
      ReferenceData referenceData,
      String version) {
    Map<String, Declaration> declarations = declarations(files.rules());
    List<RuleSource> sources =
        rules.stream()
            .map(
                rule -> {
                  Declaration declaration = declarations.get(rule.id());
                  // The catalog knows every rule by its quoted name; one declared otherwise has no text to show.
                  return declaration == null
                      ? new RuleSource(rule, "", 0, "")
                      : new RuleSource(rule, declaration.source().name(), declaration.line(), declaration.drl());
                })
            .toList();
    Map<String, Citation> sentences = new TreeMap<>();
    rules.stream()
        .flatMap(rule -> rule.citations().stream())
        .forEach(
            id ->
                seeds.find(id)
                    .ifPresent(sentence -> sentences.put(id, new Citation(id, sentence.english(), sentence.japanese()))));
    return new PolicyContents(
        version,
        editions.all().stream()
            .map(edition -> new PolicyContents.Edition(edition.id(), edition.inForceFrom(), edition.source()))
            .toList(),
        sources,
        sentences,
        markets(referenceData),
        parameters(referenceData),
        folders(files));
  }

  /** Where a rule is declared, and its text. */
  private record Declaration(PolicySource source, int line) {
    /** From the comment lines just above the rule line to the {@code end} line. */
    String drl() {
      List<String> lines = source.text().lines().toList();
      int first = line - 1;
      while (first > 0 && lines.get(first - 1).strip().startsWith("//")) {
        first--;
      }
      int last = line - 1;
      while (last < lines.size() - 1 && !lines.get(last).strip().equals("end")) {
        last++;
      }
      return String.join("\n", lines.subList(first, last + 1));
    }
  }

  private static Map<String, Declaration> declarations(List<PolicySource> sources) {
    Map<String, Declaration> declarations = new TreeMap<>();
    for (PolicySource source : sources) {
      RuleCatalogReader.declarations(List.of(source))
          .forEach(
              (id, where) ->
                  declarations.put(
                      id, new Declaration(source, Integer.parseInt(where.substring(where.lastIndexOf(':') + 1)))));
    }
    return declarations;
  }

  private static List<Market> markets(ReferenceData referenceData) {
    return new TreeMap<>(referenceData.marketsByCountry())
        .entrySet().stream()
            .map(
                entry ->
                    new Market(
                        entry.getKey(),
                        entry.getValue().countryName(),
                        entry.getValue().region(),
                        entry.getValue().currencies().stream().sorted().toList()))
            .toList();
  }

  private static List<Parameter> parameters(ReferenceData referenceData) {
    return List.of(
        new Parameter(ReferenceDataLoader.THRESHOLD, referenceData.directBillRevenueThresholdUsd().toPlainString()),
        new Parameter(ReferenceDataLoader.CONSUMER_DOMAINS, sorted(referenceData.consumerMailDomains())),
        new Parameter(ReferenceDataLoader.NO_POSTAL_CODE, sorted(referenceData.countriesWithoutPostalCode())));
  }

  private static String sorted(Collection<String> items) {
    return String.join(", ", items.stream().sorted().toList());
  }

  private static List<FolderChanges> folders(PolicyFiles files) {
    Map<String, String> disabled = DisabledRules.load(files);
    List<PolicyFiles.Layer> layers = files.layers();
    List<FolderChanges> folders = new ArrayList<>();
    for (int i = 1; i < layers.size(); i++) {
      List<PolicyFiles.Layer> below = layers.subList(0, i);
      Map<String, PolicySource> own = new TreeMap<>(layers.get(i).sourcesByPath());
      List<PolicySource> rules = own.entrySet().stream()
          .filter(entry -> entry.getKey().endsWith(".drl"))
          .map(Map.Entry::getValue)
          .toList();
      List<String> replaced = new ArrayList<>();
      own.keySet().stream()
          .filter(path -> path.endsWith(".drl"))
          .forEach(
              path ->
                  below.stream()
                      .map(layer -> layer.sourcesByPath().get(path))
                      .filter(source -> source != null)
                      .forEach(source -> replaced.add(source.name())));
      PolicySource disabledList = own.get(DisabledRules.FILE);
      List<DisabledRule> disables =
          disabledList == null
              ? List.of()
              : disabled.entrySet().stream()
                  .filter(entry -> entry.getValue().startsWith(disabledList.name() + ":"))
                  .map(entry -> new DisabledRule(entry.getKey(), entry.getValue()))
                  .toList();
      folders.add(
          new FolderChanges(
              layers.get(i).origin(),
              List.copyOf(declarations(rules).keySet()),
              replaced,
              disables,
              own.keySet().stream().filter(path -> !path.endsWith(".drl")).toList()));
    }
    return folders;
  }
}
