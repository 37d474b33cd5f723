package dev.csprules.reports;

import dev.csprules.api.Citation;
import dev.csprules.drools.PolicyContents.FolderChanges;
import dev.csprules.drools.PolicyContents.Market;
import dev.csprules.drools.PolicyContents.Parameter;
import java.util.List;

/**
 * What the policy book shows, ready for its template.
 *
 * @param withScenarios whether scenarios were run, so that each rule lists those that fire it
 * @param scenarioSummary {@code 160 passed, 1 failed} when scenarios were run; blank otherwise
 */
public record PolicyBookPage(
    String policyVersion,
    List<EditionSection> editions,
    List<Market> markets,
    List<Parameter> parameters,
    List<Folder> folders,
    boolean withScenarios,
    String scenarioSummary) {

  public PolicyBookPage {
    editions = List.copyOf(editions);
    markets = List.copyOf(markets);
    parameters = List.copyOf(parameters);
    folders = List.copyOf(folders);
  }

  /**
   * An edition: every rule in force while it was the latest, and in full the rules it brought.
   *
   * @param span {@code 2018-01-24 to 2020-10-26}: until the day before the next edition
   */
  public record EditionSection(
      String id, String anchor, String inForceFrom, String span, String source, List<Entry> inForce, List<Entry> introduced) {
    public EditionSection {
      inForce = List.copyOf(inForce);
      introduced = List.copyOf(introduced);
    }
  }

  /**
   * A rule with the text it cites side by side in English and Japanese, and its DRL.
   *
   * @param span {@code 2018-01-24 to 2018-03-31}, or {@code 2020-10-27 on}
   */
  public record Entry(
      String id,
      String anchor,
      String title,
      String code,
      String severity,
      String edition,
      String from,
      String until,
      String span,
      String file,
      int line,
      String drl,
      List<Citation> citations,
      List<ScenarioRef> exercisedBy) {
    public Entry {
      citations = List.copyOf(citations);
      exercisedBy = List.copyOf(exercisedBy);
    }
  }

  /** A policy folder's changes, and what each of its data files does to the built-in ones. */
  public record Folder(FolderChanges changes, List<DataFile> dataFiles) {
    public Folder {
      dataFiles = List.copyOf(dataFiles);
    }
  }

  /** A data file of a policy folder and how it combines with the layers below. */
  public record DataFile(String name, String effect) {}
}
