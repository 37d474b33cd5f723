package dev.csprules.testkit.corpus;

import static dev.csprules.testkit.corpus.BadFileCorpus.problemAt;
import static dev.csprules.testkit.corpus.Doc.list;
import static dev.csprules.testkit.corpus.Doc.mapping;
import static dev.csprules.testkit.corpus.Doc.plain;
import static dev.csprules.testkit.corpus.Doc.text;

import dev.csprules.testkit.corpus.BadFile.RequestProblem;
import java.util.ArrayList;
import java.util.List;

/** What only a scenario file has broken: names, dates, expectations, skips and fixtures. */
final class ScenarioFileCases {
  private static final String SCENARIO = "scenarios[0]";
  private static final BadFileCorpus.Base BASE = new BadFileCorpus.Base("scenarios", BaseDocuments.SCENARIOS, "yaml");

  private ScenarioFileCases() {}

  static List<BadFile> all() {
    List<BadFile> cases = new ArrayList<>();
    for (String path : List.of("", SCENARIO, SCENARIO + ".expect")) {
      cases.addAll(at(path).object());
    }
    for (String path : List.of("fixtures", "fixtures.partners.contoso")) {
      cases.addAll(at(path).unknownAndRepeatedKeys());
      // The scenario that uses the broken fixture is told it does not exist: a second problem.
      at(path).notAMapping().forEach(broken -> cases.add(broken.withCount(2)));
    }
    cases.addAll(at(SCENARIO + ".name").missingFromFile());
    cases.add(at(SCENARIO + ".name").wrongValue("blank", text(" "), "must not be blank"));
    cases.addAll(at(SCENARIO + ".asOf").missingFromFile());
    cases.add(at(SCENARIO + ".asOf").wrongValue("February 30", text("2020-02-30"), "expected a date as YYYY-MM-DD, found '2020-02-30'"));
    cases.add(at(SCENARIO + ".asOf").file("before the first edition", Doc.replace(BaseDocuments.SCENARIOS, SCENARIO + ".asOf", text("2017-12-31")), emitted -> new RequestProblem("asOf", "2017-12-31 is before the first edition")));
    cases.addAll(at(SCENARIO + ".expect").missingFromFile());
    cases.add(at(SCENARIO + ".expect").wrongValue("empty", new Doc.Mapping(List.of()), "expects nothing; give at least one of outcome, present, absent, exactly, error, fired, facts"));
    cases.add(at(SCENARIO + ".expect.outcome").wrongValue("an order's outcome", text("APPROVED"), "an application is decided ELIGIBLE, REFER, INELIGIBLE, never APPROVED"));
    cases.add(at(SCENARIO + ".expect.outcome").wrongValue("unknown", text("OK"), "found 'OK'"));
    cases.add(at(SCENARIO + ".expect.absent[0]").wrongValue("misspelt", text("MPN_ID_MISING"), "expected a FindingCode, found 'MPN_ID_MISING' (did you mean 'MPN_ID_MISSING'?)"));
    cases.add(at(SCENARIO + ".expect.absent[0]").wrongValue("an order's finding", text("CURRENCY_MISMATCH"), "CURRENCY_MISMATCH is an order finding; an application never raises it"));
    cases.add(
        at(SCENARIO + ".expect")
            .wrongValue(
                "an error and an outcome",
                new Doc.Mapping(List.of(new Doc.Entry("outcome", text("ELIGIBLE")), new Doc.Entry("error", text("is missing")))),
                "error expects the request to be rejected as bad input, so it cannot be given with outcome, present, absent, exactly, fired or facts"));
    cases.add(at(SCENARIO + ".skip").wrongValue("a number", plain("3"), "expected true, false or the reason for skipping, found '3'"));
    cases.add(at(SCENARIO + ".skip").wrongValue("empty", text(""), "expected true, false or the reason for skipping, found ''"));
    cases.add(at("scenarios").wrongValue("empty", list(), "the list is empty"));
    cases.add(at("scenarios").wrongValue("text", text("x"), "expected a list, found 'x'"));
    cases.add(at("scenarios").appended("text for a scenario", text("x"), "expected a mapping of fields, found 'x'"));
    cases.add(
        at("scenarios")
            .file(
                "with a scenario named twice",
                Doc.append(BaseDocuments.SCENARIOS, "scenarios", Doc.at(BaseDocuments.SCENARIOS, SCENARIO)),
                emitted ->
                    problemAt(
                        emitted.value("scenarios[1].name"),
                        "scenarios[1].name",
                        "another scenario in this file is named 'an indirect reseller application'")));
    cases.add(at(SCENARIO + ".application.partner.use").wrongValue("an unknown fixture", text("fabrikam"), "no fixture named 'fabrikam' among fixtures.partners; known: contoso"));
    String use = "fixtures.partners.contoso.use";
    cases.add(
        at("fixtures.partners.contoso")
            .file(
                "using itself",
                Doc.add(BaseDocuments.SCENARIOS, "fixtures.partners.contoso", "use", text("contoso")),
                emitted -> problemAt(emitted.value(use), use, "fixture 'contoso' uses itself: contoso -> contoso")));
    cases.add(
        at(SCENARIO)
            .file(
                "with an application and an order",
                Doc.add(BaseDocuments.SCENARIOS, SCENARIO, "order", mapping("orderDate", text("2020-11-15"))),
                emitted -> problemAt(emitted.value(SCENARIO), SCENARIO + ".order", "give an application or an order, not both")));
    return cases;
  }

  private static BadFileCorpus.Breaker at(String path) {
    return new BadFileCorpus.Breaker(BASE, path);
  }
}
