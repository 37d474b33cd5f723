package dev.csprules.drools.internal;

import dev.csprules.api.Citation;
import dev.csprules.api.Decision;
import dev.csprules.api.ExplainedFinding;
import dev.csprules.api.Explanation;
import dev.csprules.api.RevenueCount;
import dev.csprules.api.fact.RevenueRecord;
import dev.csprules.api.Finding;
import dev.csprules.api.InvalidRequestException;
import dev.csprules.api.Outcome;
import dev.csprules.api.PolicyRequest;
import dev.csprules.api.Problem;
import dev.csprules.drools.PolicyEvaluationException;
import dev.csprules.drools.PolicyRule;
import dev.csprules.drools.rulefacts.AsOf;
import dev.csprules.drools.rulefacts.CountedRevenue;
import dev.csprules.drools.rulefacts.ExcludedRevenue;
import dev.csprules.drools.rulefacts.TrailingRevenue;
import dev.csprules.drools.rulefacts.Evidence;
import dev.csprules.drools.rulefacts.ReferenceData;
import java.time.LocalDate;
import dev.csprules.drools.PolicyLoadException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.kie.api.definition.KiePackage;
import org.kie.api.KieBase;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.ConsequenceException;
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

  private final KieBase kieBase;
  private final RuleCatalog catalog;
  private final ReferenceData referenceData;
  private final Editions editions;
  private final Messages messages;
  private final SeedSentences seeds;
  private final RequestValidator validator;
  private final String version;

  private LoadedPolicy(
      KieBase kieBase,
      RuleCatalog catalog,
      ReferenceData referenceData,
      Editions editions,
      Messages messages,
      SeedSentences seeds,
      String version) {
    this.kieBase = kieBase;
    this.catalog = catalog;
    this.referenceData = referenceData;
    this.editions = editions;
    this.messages = messages;
    this.seeds = seeds;
    this.validator = new RequestValidator(editions, referenceData.marketsByCountry().keySet());
    this.version = version;
  }

  /**
   * Loads and checks a policy: the data files, then the sandbox over policy-folder DRL (hostile
   * rules are never compiled), then the rules themselves, reporting every problem of every stage
   * it could reach at once.
   *
   * @throws dev.csprules.drools.PolicyLoadException naming every problem found
   */
  public static LoadedPolicy load(PolicyFiles files) {
    long start = System.nanoTime();
    List<String> problems = new ArrayList<>();
    Editions editions = stage(() -> Editions.load(files), problems);
    ReferenceData referenceData = stage(() -> ReferenceDataLoader.load(files), problems);
    Messages messages = stage(() -> Messages.load(files), problems);
    SeedSentences seeds = stage(() -> SeedSentences.load(files), problems);
    List<PolicySource> rules = files.rules();
    List<String> hostile =
        rules.stream().filter(rule -> !rule.builtIn()).flatMap(rule -> DrlSandbox.problems(rule).stream()).toList();
    if (!hostile.isEmpty()) {
      problems.addAll(hostile);
      throw new PolicyLoadException(problems);
    }
    KieBase kieBase = stage(() -> PolicyCompiler.compile(rules), problems);
    if (kieBase != null) {
      removeDisabledRules(kieBase, DisabledRules.load(files), problems);
    }
    RuleCatalog catalog =
        kieBase == null || editions == null || seeds == null
            ? null
            : stage(() -> RuleCatalog.of(kieBase, rules, editions, seeds), problems);
    if (!problems.isEmpty()) {
      throw new PolicyLoadException(problems);
    }
    LoadedPolicy policy =
        new LoadedPolicy(kieBase, catalog, referenceData, editions, messages, seeds, files.contentHash());
    LOG.info(
        "loaded {} ({} rules, version {}) in {} ms",
        files.origin(),
        catalog.rules().size(),
        policy.version,
        (System.nanoTime() - start) / 1_000_000);
    return policy;
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

  private static void removeDisabledRules(KieBase kieBase, Map<String, String> disabled, List<String> problems) {
    disabled.forEach(
        (id, where) -> {
          Optional<String> packageName =
              kieBase.getKiePackages().stream()
                  .filter(kiePackage -> kiePackage.getRules().stream().anyMatch(rule -> rule.getName().equals(id)))
                  .map(KiePackage::getName)
                  .findFirst();
          if (packageName.isEmpty()) {
            problems.add(where + ": disables " + id + ", which no rule has");
          } else {
            kieBase.removeRule(packageName.get(), id);
          }
        });
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
    return run(request, asOf, false).decision();
  }

  /** Decides, keeping what the explanation needs: rule titles, cited text, the revenue count. */
  public Explanation explain(PolicyRequest request, LocalDate asOf) {
    Run run = run(request, asOf, true);
    List<ExplainedFinding> findings =
        run.decision().findings().stream()
            .map(
                finding ->
                    new ExplainedFinding(
                        finding,
                        catalog.find(finding.ruleId()).map(RuleInfo::title).orElse(""),
                        finding.citations().stream().map(this::citation).toList()))
            .toList();
    return new Explanation(run.decision(), findings, revenueCount(run.derived()));
  }

  /** A decision, and the derived facts of its session when they were asked for. */
  private record Run(Decision decision, List<Object> derived) {}

  private Run run(PolicyRequest request, LocalDate asOf, boolean keepDerived) {
    List<Problem> problems = validator.problems(request, asOf);
    if (!problems.isEmpty()) {
      throw new InvalidRequestException(problems);
    }
    KieSession session = kieBase.newKieSession();
    try {
      FiredRules fired = new FiredRules();
      session.addEventListener(fired);
      session.insert(request);
      session.insert(new AsOf(asOf));
      session.insert(referenceData);
      int firings =
          session.fireAllRules(match -> catalog.inForce(match.getRule().getName(), asOf), MAX_FIRINGS);
      if (firings >= MAX_FIRINGS) {
        throw new PolicyEvaluationException(
            "request " + request.id() + ": rules fired " + MAX_FIRINGS
                + " times without settling; most fired: " + fired.mostFired());
      }
      List<Finding> findings =
          session.getObjects(fact -> fact instanceof Evidence).stream()
              .map(fact -> finding((Evidence) fact))
              .sorted(WORST_FIRST)
              .toList();
      Decision decision =
          new Decision(
              request.id(),
              request.kind(),
              Outcome.of(request.kind(), findings.stream().map(Finding::severity).toList()),
              asOf,
              editions.inForceOn(asOf),
              findings,
              fired.ids(),
              version);
      List<Object> derived =
          keepDerived
              ? List.copyOf(session.getObjects(fact -> fact instanceof CountedRevenue || fact instanceof ExcludedRevenue || fact instanceof TrailingRevenue))
              : List.of();
      return new Run(decision, derived);
    } catch (ConsequenceException e) {
      // The cause's message may quote request data (an email in a NumberFormatException, say):
      // name its type only, and keep it as the cause for whoever debugs with the stack trace.
      Throwable cause = e.getCause() == null ? e : e.getCause();
      throw new PolicyEvaluationException(
          "request " + request.id() + ": rule " + e.getMatch().getRule().getName() + " failed with "
              + cause.getClass().getSimpleName(),
          e);
    } finally {
      session.dispose();
    }
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
                    .sorted(Comparator.comparing((RevenueCount.Excluded excluded) -> excluded.record().month()).thenComparing(RevenueCount.Excluded::reason))
                    .toList()));
  }

  private Finding finding(Evidence evidence) {
    RuleInfo rule =
        catalog
            .find(evidence.ruleId())
            .orElseThrow(() -> new IllegalStateException("evidence from unknown rule " + evidence.ruleId()));
    return new Finding(
        evidence.code(),
        evidence.severity(),
        messages.english(evidence.code(), evidence.facts()),
        messages.japanese(evidence.code(), evidence.facts()),
        evidence.ruleId(),
        rule.citations(),
        evidence.facts());
  }
}
