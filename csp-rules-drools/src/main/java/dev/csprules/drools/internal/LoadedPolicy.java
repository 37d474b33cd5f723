package dev.csprules.drools.internal;

import dev.csprules.api.Decision;
import dev.csprules.api.Finding;
import dev.csprules.api.InvalidRequestException;
import dev.csprules.api.Outcome;
import dev.csprules.api.PolicyRequest;
import dev.csprules.api.Problem;
import dev.csprules.api.Severity;
import dev.csprules.drools.PolicyRule;
import dev.csprules.drools.rulefacts.Evidence;
import dev.csprules.drools.rulefacts.ReferenceData;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One policy, compiled and checked: rules, reference data, editions and messages. Immutable; each
 * decision runs in a session of its own, so any number of threads may share it.
 */
public final class LoadedPolicy {
  private static final Logger LOG = LoggerFactory.getLogger(LoadedPolicy.class);

  /** No decision of this policy needs more than a few dozen firings; more means a loop. */
  static final int MAX_FIRINGS = 10_000;

  private static final Comparator<Finding> WORST_FIRST =
      Comparator.comparing(Finding::severity)
          .thenComparing(Finding::code)
          .thenComparing(Finding::ruleId)
          .thenComparing(finding -> finding.facts().toString());

  private final RuleSessions sessions;
  private final RuleCatalog catalog;
  private final ReferenceData referenceData;
  private final Editions editions;
  private final Messages messages;
  private final RequestValidator validator;
  private final String version;

  private LoadedPolicy(
      RuleSessions sessions,
      RuleCatalog catalog,
      ReferenceData referenceData,
      Editions editions,
      Messages messages,
      String version) {
    this.sessions = sessions;
    this.catalog = catalog;
    this.referenceData = referenceData;
    this.editions = editions;
    this.messages = messages;
    this.validator = new RequestValidator(editions, referenceData.marketsByCountry().keySet());
    this.version = version;
  }

  /**
   * Loads and checks a policy: data files first (cheap), then the rules.
   *
   * @throws dev.csprules.drools.PolicyLoadException naming every problem found
   */
  public static LoadedPolicy load(PolicyFiles files) {
    return load(files, CompiledRules::of);
  }

  /**
   * Loads a policy compiling its DRL at run time even where precompiled rules match: what a policy
   * folder given at run time costs. For tests and benchmarks that compare the two.
   */
  public static LoadedPolicy loadCompilingAtRunTime(PolicyFiles files) {
    return load(files, PolicyCompiler::compile);
  }

  private static LoadedPolicy load(
      PolicyFiles files, Function<Map<String, String>, CompiledRules> compiler) {
    long start = System.nanoTime();
    Editions editions = Editions.load(files);
    ReferenceData referenceData = ReferenceDataLoader.load(files);
    Messages messages = Messages.load(files);
    SeedSentences seeds = SeedSentences.load(files);
    Map<String, String> rules = files.rules();
    CompiledRules compiled = compiler.apply(rules);
    RuleCatalog catalog = RuleCatalog.of(compiled.newKieBase(), rules, editions, seeds);
    LoadedPolicy policy =
        new LoadedPolicy(
            RuleSessions.of(compiled), catalog, referenceData, editions, messages, files.contentHash());
    LOG.info(
        "loaded {} ({} rules {}, version {}) in {} ms",
        files.origin(),
        catalog.rules().size(),
        compiled.provenance(),
        policy.version,
        (System.nanoTime() - start) / 1_000_000);
    return policy;
  }

  public String version() {
    return version;
  }

  /** Every rule, ordered by id. */
  public List<PolicyRule> rules() {
    return catalog.rules().stream()
        .map(RuleInfo::describe)
        .sorted(Comparator.comparing(PolicyRule::id))
        .toList();
  }

  public Decision decide(PolicyRequest request, LocalDate asOf) {
    List<Problem> problems = validator.problems(request, asOf);
    if (!problems.isEmpty()) {
      throw new InvalidRequestException(problems);
    }
    RuleSessions.RuleRun run = sessions.run(request, asOf, referenceData, catalog);
    List<Finding> findings = new ArrayList<>(run.evidence().size());
    for (Evidence evidence : run.evidence()) {
      findings.add(finding(evidence));
    }
    findings.sort(WORST_FIRST);
    return new Decision(
        request.id(),
        request.kind(),
        Outcome.of(request.kind(), severities(findings)),
        asOf,
        editions.inForceOn(asOf),
        findings,
        run.firedRules(),
        version);
  }

  private static Set<Severity> severities(List<Finding> findings) {
    Set<Severity> severities = EnumSet.noneOf(Severity.class);
    findings.forEach(finding -> severities.add(finding.severity()));
    return severities;
  }

  private Finding finding(Evidence evidence) {
    RuleInfo rule =
        catalog
            .find(evidence.ruleId())
            .orElseThrow(() -> new IllegalStateException("evidence from unknown rule " + evidence.ruleId()));
    return new Finding(
        evidence.code(),
        evidence.code().severity(),
        messages.english(evidence.code(), evidence.facts()),
        messages.japanese(evidence.code(), evidence.facts()),
        evidence.ruleId(),
        rule.citations(),
        evidence.facts());
  }
}
