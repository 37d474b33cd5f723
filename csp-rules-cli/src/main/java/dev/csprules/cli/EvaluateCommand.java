package dev.csprules.cli;

import dev.csprules.api.Explanation;
import dev.csprules.api.InvalidRequestException;
import dev.csprules.drools.DroolsPolicyEngine;
import dev.csprules.json.CanonicalJson;
import dev.csprules.json.JsonLinesDecisionLog;
import dev.csprules.partnercenter.AdaptedOrder;
import dev.csprules.partnercenter.OfferCatalog;
import dev.csprules.partnercenter.PartnerCenterOrderAdapter;
import dev.csprules.partnercenter.PartnerCenterPayloads;
import dev.csprules.testkit.Location;
import dev.csprules.testkit.RequestEntry;
import dev.csprules.testkit.ScenarioFileException;
import dev.csprules.testkit.ScenarioProblem;
import dev.csprules.testkit.ScenarioReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
    name = "evaluate",
    description = {
      "Evaluates the requests in each FILE and prints each decision: the outcome, and every finding with its"
          + " severity, rule, citations, message and facts.",
      "FILE is a request file (one application: or order:, with an optional asOf:) or a scenario file"
          + " (each scenario's request at its asOf). See docs/cli.md."
    },
    mixinStandardHelpOptions = true,
    sortOptions = false)
final class EvaluateCommand implements Callable<Integer> {
  @Parameters(paramLabel = "FILE", arity = "1..*", description = "Request or scenario files (YAML or JSON); with --from partner-center, folders of Partner Center payloads.")
  List<Path> files;

  @Option(
      names = "--from",
      paramLabel = "SOURCE",
      description =
          "partner-center: each FILE is a folder holding the Partner Center payloads of one order (customer.json,"
              + " agreements.json, order.json or cart.json, indirect-resellers.json, legal-profile.json,"
              + " mpn-profile.json, availability.json); prints the decision and the adapter's report. Decided as of"
              + " the order's date unless --as-of says otherwise. See docs/partner-center.md.")
  Optional<String> from = Optional.empty();

  /** The Partner Center adapter's report for each request it built. */
  private final Map<RequestEntry, List<String>> adapterReports = new HashMap<>();

  @Option(names = "--as-of", paramLabel = "DATE", description = "Decide as of this day (YYYY-MM-DD), whatever the file says.")
  Optional<LocalDate> asOf = Optional.empty();

  @Option(names = "--json", description = "Print the decision as JSON (an array when there are several).")
  boolean json;

  @Option(
      names = "--explain",
      description =
          "Explain each finding: its rule, the text of the sentences it cites (English and Japanese), the facts it"
              + " matched, and for the revenue threshold the records counted or left out and why.")
  boolean explain;

  @Option(
      names = "--decision-log",
      paramLabel = "LOG",
      description =
          "Append a record of each decision to this JSON Lines file, its personal data masked, and keep the policy"
              + " files in the policy archive (see --policy-archive), so 'csp-rules replay LOG' can decide it again."
              + " See docs/decision-log.md.")
  Optional<Path> decisionLog = Optional.empty();

  @Option(
      names = "--policy-archive",
      paramLabel = "DIR",
      description = "With --decision-log: where the policy files are kept by version (default: policy-archive beside LOG).")
  Optional<Path> policyArchive = Optional.empty();

  @Mixin LanguageOption lang;

  @Mixin CommonOptions common;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    if (from.isPresent() && !from.get().equals("partner-center")) {
      throw new BadInputException("--from " + from.get() + ": the only source is partner-center");
    }
    // The engine that reads the files names its problems with a request the file could not give
    // cleanly; a decision log's engine is opened only once the files are read.
    DroolsPolicyEngine engine = common.engine();
    List<RequestEntry> entries = from.isPresent() ? readPartnerCenter() : read(engine);
    if (decisionLog.isEmpty()) {
      if (policyArchive.isPresent()) {
        throw new BadInputException("--policy-archive goes with --decision-log");
      }
      return evaluate(entries, engine);
    }
    Path logFile = decisionLog.get();
    Path archive = policyArchive.orElseGet(() -> DecisionLogs.defaultArchive(logFile));
    try (JsonLinesDecisionLog log = DecisionLogs.open(logFile)) {
      return evaluate(entries, common.builder().decisionLog(log).policyArchive(archive).build());
    }
  }

  private int evaluate(List<RequestEntry> entries, DroolsPolicyEngine engine) {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    List<Explanation> explanations = new ArrayList<>();
    List<String> texts = new ArrayList<>();
    int rejected = 0;
    for (RequestEntry entry : entries) {
      try {
        Explanation explanation =
            explain
                ? engine.explain(entry.request(), dateFor(entry))
                : new Explanation(engine.evaluate(entry.request(), dateFor(entry)), List.of(), Optional.empty());
        explanations.add(explanation);
        texts.add(
            (explain
                    ? ExplanationText.describe(entry, explanation, lang.language)
                    : DecisionText.describe(entry, explanation.decision(), lang.language))
                + adapterReport(entry));
      } catch (InvalidRequestException e) {
        rejected++;
        err.println("csp-rules: " + entry.location().fileAndLine() + ": '" + entry.name() + "' was not evaluated: " + e.getMessage());
      }
    }
    if (json) {
      if (!explanations.isEmpty()) {
        out.print(
            CanonicalJson.pretty(
                explanations.stream()
                    .map(explanation -> explain ? CanonicalJson.explanationTree(explanation) : CanonicalJson.decisionTree(explanation.decision()))
                    .toList()));
      }
    } else {
      out.println(String.join("\n\n", texts));
    }
    out.flush();
    return rejected > 0 ? ExitCode.BAD_INPUT : ExitCode.OK;
  }

  /** Each folder's Partner Center payloads as an order, decided as of its day unless --as-of says otherwise. */
  private List<RequestEntry> readPartnerCenter() {
    PartnerCenterOrderAdapter adapter = new PartnerCenterOrderAdapter(OfferCatalog.builtIn());
    List<RequestEntry> entries = new ArrayList<>();
    for (Path folder : files) {
      if (!Files.isDirectory(folder)) {
        throw new BadInputException(folder + ": not a folder of Partner Center payloads");
      }
      try {
        AdaptedOrder adapted = adapter.adapt(PartnerCenterPayloads.read(folder));
        Optional<LocalDate> day = adapted.order().orderDate().date();
        RequestEntry entry =
            new RequestEntry(adapted.order().orderId(), new Location(folder, 1, 1), asOf.isPresent() ? asOf : day, adapted.order());
        adapterReports.put(entry, adapted.report());
        entries.add(entry);
      } catch (IOException | IllegalArgumentException e) {
        throw new BadInputException(folder + ": " + e.getMessage());
      }
    }
    return entries;
  }

  private String adapterReport(RequestEntry entry) {
    List<String> report = adapterReports.getOrDefault(entry, List.of());
    return report.isEmpty() ? "" : "\n  partner center report:\n" + String.join("\n", report.stream().map(line -> "    " + line).toList());
  }

  /** Every file's requests; the problems of all files together when any has one. */
  private List<RequestEntry> read(DroolsPolicyEngine engine) {
    List<RequestEntry> entries = new ArrayList<>();
    List<ScenarioProblem> problems = new ArrayList<>();
    for (Path file : files) {
      try {
        entries.addAll(ScenarioReader.readRequests(file, engine, asOf));
      } catch (ScenarioFileException e) {
        problems.addAll(e.problems());
      }
    }
    if (!problems.isEmpty()) {
      throw new ScenarioFileException(problems);
    }
    List<String> undated =
        entries.stream()
            .filter(entry -> asOf.isEmpty() && entry.asOf().isEmpty())
            .map(entry -> entry.location().fileAndLine())
            .toList();
    if (!undated.isEmpty()) {
      throw new BadInputException(
          "no as-of date for the request at " + String.join(", ", undated) + ": give asOf in the file or --as-of DATE");
    }
    return entries;
  }

  private LocalDate dateFor(RequestEntry entry) {
    return asOf.or(entry::asOf).orElseThrow();
  }
}
