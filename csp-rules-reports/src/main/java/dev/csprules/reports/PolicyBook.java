package dev.csprules.reports;

import dev.csprules.api.Citation;
import dev.csprules.drools.PolicyContents;
import dev.csprules.drools.PolicyContents.Edition;
import dev.csprules.drools.PolicyContents.RuleSource;
import dev.csprules.drools.PolicyRule;
import dev.csprules.reports.PolicyBookPage.DataFile;
import dev.csprules.reports.PolicyBookPage.EditionSection;
import dev.csprules.reports.PolicyBookPage.Entry;
import dev.csprules.reports.PolicyBookPage.Folder;
import dev.csprules.testkit.SuiteResult;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The policy as it is enforced, beside the policy text it came from, as one self-contained HTML
 * page: per edition every rule in force, with the seed sentences it cites in English and Japanese,
 * its DRL and (given scenarios) the scenarios that exercise it; the reference data; and what each
 * policy folder adds, replaces and disables.
 */
public final class PolicyBook {
  /** What each data file of a policy folder does, as docs/authoring.md says. */
  private static final Map<String, String> DATA_FILE_EFFECTS =
      Map.of(
          "editions.csv", "adds editions; a row with an existing id restates it",
          "disabled-rules.txt", "switches off rules by id",
          "markets.csv", "replaces the markets table whole",
          "parameters.properties", "overrides parameters key by key",
          "messages.properties", "rewords findings in English, code by code",
          "messages_ja.properties", "rewords findings in Japanese, code by code",
          "seed-sentences.tsv", "adds citable sentences");

  private PolicyBook() {}

  /** @param scenarios a run of scenarios, to list under each rule those that fire it */
  public static String html(PolicyContents policy, Optional<SuiteResult> scenarios) {
    return Templates.render("policy-book.jte", page(policy, scenarios));
  }

  static PolicyBookPage page(PolicyContents policy, Optional<SuiteResult> scenarios) {
    Optional<RuleFirings> firings = scenarios.map(RuleFirings::new);
    List<Entry> entries =
        policy.rules().stream().map(source -> entry(source, policy.sentences(), firings)).toList();
    List<EditionSection> editions = new ArrayList<>();
    for (int i = 0; i < policy.editions().size(); i++) {
      Edition edition = policy.editions().get(i);
      Optional<LocalDate> last =
          i + 1 < policy.editions().size()
              ? Optional.of(policy.editions().get(i + 1).inForceFrom().minusDays(1))
              : Optional.empty();
      editions.add(section(edition, "e-" + (i + 1), last, policy.rules(), entries));
    }
    return new PolicyBookPage(
        policy.version(),
        editions,
        policy.markets(),
        policy.parameters(),
        policy.folders().stream().map(PolicyBook::folder).toList(),
        scenarios.isPresent(),
        scenarios.map(SuiteResult::summary).orElse(""));
  }

  private static EditionSection section(
      Edition edition, String anchor, Optional<LocalDate> last, List<RuleSource> rules, List<Entry> entries) {
    List<Entry> inForce = new ArrayList<>();
    List<Entry> introduced = new ArrayList<>();
    for (int i = 0; i < rules.size(); i++) {
      PolicyRule rule = rules.get(i).rule();
      boolean overlaps =
          last.map(day -> !rule.firstDayInForce().isAfter(day)).orElse(true)
              && rule.lastDayInForce().map(day -> !day.isBefore(edition.inForceFrom())).orElse(true);
      if (overlaps) {
        inForce.add(entries.get(i));
      }
      if (rule.edition().equals(edition.id())) {
        introduced.add(entries.get(i));
      }
    }
    return new EditionSection(
        edition.id(),
        anchor,
        edition.inForceFrom().toString(),
        Dates.span(edition.inForceFrom(), last),
        edition.source(),
        inForce,
        introduced);
  }

  private static Entry entry(RuleSource source, Map<String, Citation> sentences, Optional<RuleFirings> firings) {
    PolicyRule rule = source.rule();
    return new Entry(
        rule.id(),
        "rule-" + rule.id(),
        rule.title(),
        rule.code().map(Enum::name).orElse("(derivation)"),
        rule.severity().map(Enum::name).orElse(""),
        rule.edition(),
        rule.firstDayInForce().toString(),
        Dates.until(rule),
        Dates.span(rule.firstDayInForce(), rule.lastDayInForce()),
        source.file(),
        source.line(),
        source.drl(),
        rule.citations().stream()
            .map(id -> sentences.getOrDefault(id, new Citation(id, "", "")))
            .toList(),
        firings.map(all -> all.of(rule.id())).orElse(List.of()));
  }

  private static Folder folder(PolicyContents.FolderChanges changes) {
    return new Folder(
        changes,
        changes.dataFiles().stream()
            .map(name -> new DataFile(name, DATA_FILE_EFFECTS.getOrDefault(name, "")))
            .toList());
  }
}
