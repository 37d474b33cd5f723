package dev.csprules.drools.internal;

import dev.csprules.api.Citation;
import dev.csprules.api.Decision;
import dev.csprules.api.DecisionKind;
import dev.csprules.api.ExplainedFinding;
import dev.csprules.api.Explanation;
import dev.csprules.api.FactValue;
import dev.csprules.api.Finding;
import dev.csprules.api.InvalidRequestException;
import dev.csprules.api.Outcome;
import dev.csprules.api.PolicyRequest;
import dev.csprules.api.Problem;
import dev.csprules.api.RevenueCount;
import dev.csprules.api.Severity;
import dev.csprules.api.fact.RevenueRecord;
import dev.csprules.drools.PolicyContents;
import dev.csprules.drools.PolicyLoadException;
import dev.csprules.drools.PolicyRule;
import dev.csprules.drools.internal.check.CompilerChain;
import dev.csprules.drools.internal.check.PrecompiledRules;
import dev.csprules.drools.internal.load.DisabledRules;
import dev.csprules.drools.internal.load.EditionsLoader;
import dev.csprules.drools.internal.load.EvidenceFacts;
import dev.csprules.drools.internal.load.Messages;
import dev.csprules.drools.internal.load.PolicyContentsReader;
import dev.csprules.drools.internal.load.PolicyFiles;
import dev.csprules.drools.internal.load.ReferenceDataLoader;
import dev.csprules.drools.internal.load.RuleCatalogReader;
import dev.csprules.drools.internal.load.SeedSentences;
import dev.csprules.drools.internal.policy.CompiledRules;
import dev.csprules.drools.internal.policy.Editions;
import dev.csprules.drools.internal.policy.PolicySource;
import dev.csprules.drools.internal.policy.RuleCatalog;
import dev.csprules.drools.internal.policy.RuleInfo;
import dev.csprules.drools.internal.run.RequestValidator;
import dev.csprules.drools.internal.run.RuleSessions;
import dev.csprules.drools.rulefacts.CountedRevenue;
import dev.csprules.drools.rulefacts.Evidence;
import dev.csprules.drools.rulefacts.ExcludedRevenue;
import dev.csprules.drools.rulefacts.ReferenceData.Market;
import dev.csprules.drools.rulefacts.ReferenceData;
import dev.csprules.drools.rulefacts.TrailingRevenue;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.kie.api.KieBase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One policy, compiled and checked: rules, reference data, editions and messages. Immutable; each
 * decision runs in a session of its own, so any number of threads may share it.
 */
public final class LoadedPolicy {
  private static final Logger LOG = LoggerFactory.getLogger(LoadedPolicy.class);

  /** How long one decision's rules may run unless the engine is built with another budget. */
  public static final Duration DEFAULT_DECISION_BUDGET = Duration.ofSeconds(2);

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
  private final SeedSentences seeds;
  private final RequestValidator validator;
  private final String version;
  private final PolicyFiles files;
  private final Duration budget;

  private LoadedPolicy(
      RuleSessions sessions,
      RuleCatalog catalog,
      ReferenceData referenceData,
      Editions editions,
      Messages messages,
      SeedSentences seeds,
      PolicyFiles files,
      Duration budget) {
    this.sessions = sessions;
    this.catalog = catalog;
    this.referenceData = referenceData;
    this.editions = editions;
    this.messages = messages;
    this.seeds = seeds;
    this.validator = new RequestValidator(editions, referenceData.marketsByCountry().keySet());
    this.version = files.contentHash();
    this.files = files;
    this.budget = budget;
  }

  /**
   * Loads and checks a policy: the data files, then the rules (verified on their parse tree
   * before anything is generated from them, and their generated classes checked before any is
   * loaded), reporting every problem of every stage it could reach at once. The built-in rules
   * come precompiled when the DRL is theirs unchanged.
   *
   * @throws PolicyLoadException naming every problem found
   */
  public static LoadedPolicy load(PolicyFiles files) {
    return load(files, DEFAULT_DECISION_BUDGET);
  }

  /**
   * @param budget how long one decision's rules may run before it fails
   * @see #load(PolicyFiles)
   */
  public static LoadedPolicy load(PolicyFiles files, Duration budget) {
    return load(files, PrecompiledRules::matchingOrCompiled, budget);
  }

  /**
   * Loads a policy compiling its DRL at run time even where precompiled rules match: what a policy
   * folder given at run time costs. For tests and benchmarks that compare the two.
   */
  public static LoadedPolicy loadCompilingAtRunTime(PolicyFiles files) {
    return load(files, CompilerChain::compile, DEFAULT_DECISION_BUDGET);
  }

  private static LoadedPolicy load(
      PolicyFiles files, Function<List<PolicySource>, CompiledRules> compiler, Duration budget) {
    long start = System.nanoTime();
    List<String> problems = new ArrayList<>(files.problems());
    Editions editions = stage(() -> EditionsLoader.load(files), problems);
    ReferenceData referenceData = stage(() -> ReferenceDataLoader.load(files), problems);
    Messages messages = stage(() -> Messages.load(files), problems);
    if (messages != null && referenceData != null) {
      problems.addAll(messages.unnamedMarkets(referenceData.marketsByCountry().values().stream().map(Market::region).toList()));
    }
    SeedSentences seeds = stage(() -> SeedSentences.load(files), problems);
    List<PolicySource> rules = files.rules();
    Map<String, String> disabled = DisabledRules.load(files);
    if (messages != null) {
      problems.addAll(unfilledPlaceholders(files, rules, messages, disabled.keySet()));
    }
    if (!files.problems().isEmpty()) {
      // A folder with a refused file is not what its author wrote: its rules are not compiled.
      throw new PolicyLoadException(problems);
    }
    CompiledRules compiled = stage(() -> compiler.apply(rules), problems);
    KieBase everyRule = compiled == null ? null : compiled.newKieBase();
    if (everyRule != null) {
      problems.addAll(DisabledRules.unknown(disabled, everyRule));
    }
    RuleCatalog catalog =
        everyRule == null || editions == null || seeds == null
            ? null
            : stage(() -> RuleCatalogReader.read(everyRule, rules, editions, seeds, disabled.keySet()), problems);
    if (!problems.isEmpty()) {
      throw new PolicyLoadException(problems);
    }
    LoadedPolicy policy =
        new LoadedPolicy(
            RuleSessions.of(compiled, everyRule, RequestLocalRules::firstObstacle), catalog, referenceData, editions, messages, seeds, files, budget);
    LOG.info(
        "loaded {} ({} rules {}, version {}) in {} ms",
        files.origin(),
        catalog.rules().size(),
        compiled.provenance(),
        policy.version,
        (System.nanoTime() - start) / 1_000_000);
    return policy;
  }

  /**
   * Message placeholders no fact fills. Only a folder's rules or messages can add one: the
   * built-in pair is checked by a test, and skipping it spares a start on the built-in policy
   * the parsers' warm-up (about a second).
   */
  private static List<String> unfilledPlaceholders(
      PolicyFiles files, List<PolicySource> rules, Messages messages, Set<String> disabled) {
    boolean fromFolders =
        Stream.of(rules, files.all(Messages.ENGLISH), files.all(Messages.JAPANESE))
            .flatMap(List::stream)
            .anyMatch(source -> !source.builtIn());
    if (!fromFolders) {
      return List.of();
    }
    // Reading a folder's rules for their facts takes the DRL parser, part of the compiler chain.
    CompilerChain.require();
    return messages.unfilledPlaceholders(EvidenceFacts.findingRules(rules), disabled);
  }

  /** Runs one load stage; its problems join the others instead of ending the load. */
  private static <T> T stage(Supplier<T> loader, List<String> problems) {
    try {
      return loader.get();
    } catch (PolicyLoadException e) {
      problems.addAll(e.problems());
      return null;
    }
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

  /** The policy as a reviewer reads it: editions, rules with their DRL and cited text, data, folders. */
  public PolicyContents contents() {
    return PolicyContentsReader.describe(files, rules(), editions, seeds, referenceData, version);
  }

  public Decision decide(PolicyRequest request, LocalDate asOf) {
    return decision(request, asOf, run(request, asOf, false));
  }

  /**
   * Decides a batch's chunk with as few sessions as the rules allow: the valid requests of a kind
   * whose rules are request-local share one session ({@link RuleSessions#runTogether}), which
   * gives each the decision {@link #decide} gives it.
   *
   * @param requests the chunk, nulls included
   * @return per request, in order, its decision; empty where the request is to be decided on its
   *     own: null, invalid, of a kind whose rules are not request-local, or in a shared session
   *     that failed
   */
  public List<Optional<Decision>> decideTogether(List<? extends @Nullable PolicyRequest> requests, LocalDate asOf) {
    List<Optional<Decision>> decisions = new ArrayList<>(Collections.nCopies(requests.size(), Optional.empty()));
    Map<DecisionKind, List<Integer>> positions = new EnumMap<>(DecisionKind.class);
    for (int i = 0; i < requests.size(); i++) {
      PolicyRequest request = requests.get(i);
      // Requests of a kind that cannot share go to decide, which validates them.
      if (request != null && sessions.sharesSessions(request.kind()) && validator.problems(request, asOf).isEmpty()) {
        positions.computeIfAbsent(request.kind(), kind -> new ArrayList<>(requests.size())).add(i);
      }
    }
    positions.forEach((kind, ofKind) -> {
      List<PolicyRequest> valid = new ArrayList<>(ofKind.size());
      ofKind.forEach(i -> valid.add(requests.get(i)));
      sessions.runTogether(kind, valid, asOf, referenceData, catalog, budget).ifPresent(runs -> {
        for (int i = 0; i < valid.size(); i++) {
          decisions.set(ofKind.get(i), Optional.of(decision(valid.get(i), asOf, runs.get(i))));
        }
      });
    });
    return decisions;
  }

  /** Decides, keeping what the explanation needs: rule titles, cited text, the revenue count. */
  public Explanation explain(PolicyRequest request, LocalDate asOf) {
    RuleSessions.RuleRun run = run(request, asOf, true);
    Decision decision = decision(request, asOf, run);
    List<ExplainedFinding> findings =
        decision.findings().stream()
            .map(
                finding ->
                    new ExplainedFinding(
                        finding,
                        catalog.find(finding.ruleId()).map(RuleInfo::title).orElse(""),
                        finding.citations().stream().map(this::citation).toList()))
            .toList();
    return new Explanation(decision, findings, revenueCount(run.derived()));
  }

  /** The request's problems as input; empty when it would be decided. */
  public List<Problem> problems(PolicyRequest request, LocalDate asOf) {
    return List.copyOf(validator.problems(request, asOf));
  }

  private RuleSessions.RuleRun run(PolicyRequest request, LocalDate asOf, boolean keepDerived) {
    List<Problem> problems = validator.problems(request, asOf);
    if (!problems.isEmpty()) {
      throw new InvalidRequestException(problems);
    }
    return sessions.run(request, asOf, referenceData, catalog, budget, keepDerived);
  }

  private Decision decision(PolicyRequest request, LocalDate asOf, RuleSessions.RuleRun run) {
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

  private static Collection<Severity> severities(List<Finding> findings) {
    if (findings.isEmpty()) {
      return List.of();
    }
    Set<Severity> severities = EnumSet.noneOf(Severity.class);
    findings.forEach(finding -> severities.add(finding.severity()));
    return severities;
  }

  private Finding finding(Evidence evidence) {
    RuleInfo rule =
        catalog
            .find(evidence.ruleId())
            .orElseThrow(() -> new IllegalStateException("evidence from unknown rule " + evidence.ruleId()));
    Map<String, FactValue> facts = evidence.facts();
    return new Finding(
        evidence.code(),
        evidence.severity(),
        messages.english(evidence.code(), facts),
        messages.japanese(evidence.code(), facts),
        evidence.ruleId(),
        rule.citations(),
        facts);
  }

  private Citation citation(String sentenceId) {
    return seeds
        .find(sentenceId)
        .map(sentence -> new Citation(sentenceId, sentence.english(), sentence.japanese()))
        .orElse(new Citation(sentenceId, "", ""));
  }

  private static Optional<RevenueCount> revenueCount(List<Object> derived) {
    Optional<TrailingRevenue> total =
        derived.stream().filter(TrailingRevenue.class::isInstance).map(TrailingRevenue.class::cast).findFirst();
    return total.map(
        trailing ->
            new RevenueCount(
                trailing.window().first(),
                trailing.window().last(),
                trailing.amountUsd(),
                derived.stream()
                    .filter(CountedRevenue.class::isInstance)
                    .map(fact -> ((CountedRevenue) fact).revenueRecord())
                    .sorted(Comparator.comparing(RevenueRecord::month))
                    .toList(),
                derived.stream()
                    .filter(ExcludedRevenue.class::isInstance)
                    .map(ExcludedRevenue.class::cast)
                    .map(excluded -> new RevenueCount.Excluded(excluded.revenueRecord(), excluded.reason()))
                    .sorted(
                        Comparator.comparing((RevenueCount.Excluded excluded) -> excluded.record().month())
                            .thenComparing(RevenueCount.Excluded::reason))
                    .toList()));
  }
}
