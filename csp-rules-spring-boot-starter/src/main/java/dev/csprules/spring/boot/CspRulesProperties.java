package dev.csprules.spring.boot;

import java.nio.file.Path;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.lang.Nullable;

/**
 * The {@code csp-rules.*} properties the policy engine is built from. With none set, the engine
 * decides with the built-in policy. Spring binds absent files as null (it cannot bind an
 * Optional), hence the two nullable components.
 *
 * @param policyFolders Policy folders layered over the built-in policy, in order (rules,
 *     reference data and parameters outside the jar; see docs/authoring.md)
 * @param watch Whether to reload the policy whenever a file of a policy folder changes
 * @param marketsFile A markets table replacing the built-in one (same columns as the built-in
 *     markets.csv); unset, the built-in one decides
 * @param parametersFile Policy parameters replacing the built-in ones (same keys as the built-in
 *     parameters.properties); unset, the built-in ones decide
 */
@ConfigurationProperties("csp-rules")
public record CspRulesProperties(
    @DefaultValue List<Path> policyFolders,
    @DefaultValue("false") boolean watch,
    @Nullable Path marketsFile,
    @Nullable Path parametersFile) {

  public CspRulesProperties {
    policyFolders = List.copyOf(policyFolders);
  }
}
