package dev.csprules.drools;

import dev.csprules.api.Citation;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a loaded policy holds, for people who review it: its editions, every rule with the DRL it
 * is written in and the text it cites, the reference data it decides with, and what each policy
 * folder changes in the built-in policy.
 *
 * @param rules every rule in force at some time, ordered by id
 * @param sentences the seed sentences the rules cite, by id
 * @param markets the markets table, ordered by country code
 * @param parameters the policy parameters, by the keys a parameters file sets them with
 * @param folders the policy folders layered over the built-in policy, in order
 */
public record PolicyContents(
    String version,
    List<Edition> editions,
    List<RuleSource> rules,
    Map<String, Citation> sentences,
    List<Market> markets,
    List<Parameter> parameters,
    List<FolderChanges> folders) {

  public PolicyContents {
    Objects.requireNonNull(version, "version");
    editions = List.copyOf(editions);
    rules = List.copyOf(rules);
    sentences = Map.copyOf(sentences);
    markets = List.copyOf(markets);
    parameters = List.copyOf(parameters);
    folders = List.copyOf(folders);
  }

  /** An edition of the policy text and the day it came into force. */
  public record Edition(String id, LocalDate inForceFrom, String source) {}

  /**
   * A rule with where it is written and its DRL text, from the comments just above its {@code
   * rule} line to its {@code end}.
   *
   * @param file the built-in path, or the policy folder's path joined with it
   * @param line where the {@code rule} line is, counting from 1
   */
  public record RuleSource(PolicyRule rule, String file, int line, String drl) {}

  /** A country's row in the markets table. */
  public record Market(String countryCode, String countryName, String region, List<String> currencies) {
    public Market {
      currencies = List.copyOf(currencies);
    }
  }

  /** A policy parameter as the rules read it; lists are comma separated and sorted. */
  public record Parameter(String key, String value) {}

  /**
   * What one policy folder changes.
   *
   * @param addedRules the ids of the rules its DRL files declare
   * @param replacedFiles the files of lower layers that its files replace, at the same path
   * @param disabledRules the rules its {@code disabled-rules.txt} switches off
   * @param dataFiles the data files it holds, such as {@code editions.csv}
   */
  public record FolderChanges(
      String folder,
      List<String> addedRules,
      List<String> replacedFiles,
      List<DisabledRule> disabledRules,
      List<String> dataFiles) {
    public FolderChanges {
      addedRules = List.copyOf(addedRules);
      replacedFiles = List.copyOf(replacedFiles);
      disabledRules = List.copyOf(disabledRules);
      dataFiles = List.copyOf(dataFiles);
    }
  }

  /** A rule switched off, and the {@code file:line} that does it. */
  public record DisabledRule(String ruleId, String where) {}
}
