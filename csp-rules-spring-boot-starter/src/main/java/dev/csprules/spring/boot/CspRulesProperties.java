package dev.csprules.spring.boot;

import dev.csprules.json.JsonLinesDecisionLog.WhenFull;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.lang.Nullable;
import org.springframework.util.unit.DataSize;

/**
 * The {@code csp-rules.*} properties the policy engine is built from. With none set, the engine
 * decides with the built-in policy. Spring binds an absent value as null (it cannot bind an
 * Optional), hence the nullable components: unset, the engine builder's default holds.
 *
 * @param policyFolders Policy folders layered over the built-in policy, in order (rules,
 *     reference data and parameters outside the jar; see docs/authoring.md)
 * @param watch Whether to reload the policy whenever a file of a policy folder changes
 * @param marketsFile A markets table replacing the built-in one (same columns as the built-in
 *     markets.csv); unset, the built-in one decides
 * @param parametersFile Policy parameters replacing the built-in ones (same keys as the built-in
 *     parameters.properties); unset, the built-in ones decide
 * @param decisionTimeBudget How long one decision's rules may run before the decision fails;
 *     unset, two seconds
 * @param batchThreads How many chunks of a batch are decided at once; unset, one per core
 * @param policyArchive A folder keeping the files of every policy version the engine decides
 *     with, so logged decisions can be replayed; unset, none is kept
 * @param decisionLog The JSON Lines log of every decision
 */
@ConfigurationProperties("csp-rules")
public record CspRulesProperties(
    @DefaultValue List<Path> policyFolders,
    @DefaultValue("false") boolean watch,
    @Nullable Path marketsFile,
    @Nullable Path parametersFile,
    @Nullable Duration decisionTimeBudget,
    @Nullable Integer batchThreads,
    @Nullable Path policyArchive,
    @DefaultValue DecisionLogFile decisionLog) {

  public CspRulesProperties {
    policyFolders = List.copyOf(policyFolders);
  }

  /**
   * The {@code csp-rules.decision-log.*} properties.
   *
   * @param path The file every decision is appended to, one JSON object a line, its personal data
   *     masked (its folder must exist); unset, decisions are not logged
   * @param whenFull What a decision does when the log's queue is full: DROP the record (counted and
   *     warned about) or BLOCK until there is room; unset, DROP
   * @param maxFileSize The size past which the file is renamed (decisions.jsonl.1, .2, ...) and a
   *     new one started; unset, 64MB
   */
  public record DecisionLogFile(@Nullable Path path, @Nullable WhenFull whenFull, @Nullable DataSize maxFileSize) {}
}
