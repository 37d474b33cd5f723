package dev.csprules.drools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.csprules.api.DecisionKind;
import dev.csprules.api.FindingCode;
import dev.csprules.api.Severity;
import dev.csprules.drools.internal.LoadedPolicy;
import dev.csprules.drools.internal.load.PolicyFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The loaded rules against the rule catalog (docs/rule-catalog.md, a copy of the spec): every code
 * has a rule, every rule carries its code and citations, and each code's rules are in force
 * exactly on the catalog's dates, at its severity, citing at least its sentences.
 */
class RuleCatalogTest {
  private static final Pattern ROW = Pattern.compile("^\\| `([A-Z_]+)` \\|(.*)$");
  private static final Pattern SENTENCE_RANGE = Pattern.compile("(4d1ce|cf5ff)-(\\d+) to (?:4d1ce|cf5ff)-(\\d+)");
  private static final Pattern SENTENCE = Pattern.compile("(?:4d1ce|cf5ff)-\\d+");
  private static final LocalDate EDITION_2018 = LocalDate.of(2018, 1, 24);
  private static final LocalDate EDITION_2020 = LocalDate.of(2020, 10, 27);
  /**
   * Catalog codes another piece of work adds. Until FindingCode has one, its row is left out;
   * once it has, the row is checked like any other.
   */
  private static final Set<String> NOT_YET_IMPLEMENTED = Set.of();

  /** One catalog row: code, the days it is in force, severity, and the sentences it cites. */
  record CatalogRow(FindingCode code, LocalDate first, Optional<LocalDate> last, Severity severity, Set<String> sentences) {}

  private static List<CatalogRow> catalog;
  private static List<PolicyRule> rules;

  @BeforeAll
  static void load() throws IOException {
    catalog = readCatalog(Path.of("..", "docs", "rule-catalog.md"));
    rules = SharedEngine.get().rules();
  }

  @Test
  void theCatalogAndTheFindingCodesAreTheSameSet() {
    assertEquals(
        EnumSet.allOf(FindingCode.class),
        catalog.stream().map(CatalogRow::code).collect(Collectors.toCollection(() -> EnumSet.noneOf(FindingCode.class))));
    assertEquals(FindingCode.values().length, catalog.size(), "a code is listed twice");
  }

  @Test
  void everyCatalogCodeHasARule() {
    for (FindingCode code : FindingCode.values()) {
      assertFalse(rulesFor(code).isEmpty(), code + " has no rule");
    }
  }

  @Test
  void everyFindingRuleCarriesItsCodeAndCitations() {
    for (PolicyRule rule : rules) {
      assertFalse(rule.title().isBlank(), rule.id() + " has no @title");
      if (rule.id().matches("(ENR|ORD)-U?\\d{3}")) {
        assertTrue(rule.code().isPresent(), rule.id() + " is a finding rule without @code");
        assertFalse(rule.citations().isEmpty(), rule.id() + " cites nothing");
      } else {
        assertTrue(rule.id().matches("(ENR|ORD)-D\\d{3}"), rule.id() + " is neither a finding nor a derivation id");
        assertTrue(rule.code().isEmpty(), rule.id() + " is a derivation but raises " + rule.code());
      }
    }
  }

  @Test
  void eachCodeIsInForceOnExactlyTheCatalogDatesAtItsSeverityCitingItsSentences() {
    for (CatalogRow row : catalog) {
      assertEquals(row.severity(), row.code().severity(), row.code() + " severity");
      for (PolicyRule rule : rulesFor(row.code())) {
        if (row.code() == FindingCode.FACT_UNKNOWN) {
          // In force with the rule it stands for (never before the catalog's first day): a fact
          // no rule in force needs is never reported.
          assertFalse(rule.firstDayInForce().isBefore(row.first()), rule.id() + " first day");
          continue;
        }
        assertEquals(row.first(), rule.firstDayInForce(), rule.id() + " first day");
        assertEquals(row.last(), rule.lastDayInForce(), rule.id() + " last day");
        assertTrue(
            rule.citations().containsAll(row.sentences()),
            rule.id() + " cites " + rule.citations() + " but the catalog rests it on " + row.sentences());
      }
    }
  }

  /** ORD-U020 stands for ORD-020: in force on the same days, citing the same sentences. */
  @Test
  void eachUnknownFactRuleStandsForARuleInForceOnTheSameDaysWithItsCitations() {
    List<PolicyRule> unknownFactRules = rulesFor(FindingCode.FACT_UNKNOWN);
    assertFalse(unknownFactRules.isEmpty());
    for (PolicyRule unknown : unknownFactRules) {
      assertTrue(unknown.id().matches("(ENR|ORD)-U\\d{3}"), unknown.id());
      String standsFor = unknown.id().replace("-U", "-");
      PolicyRule rule = rules.stream().filter(r -> r.id().equals(standsFor)).findFirst().orElseThrow();
      assertEquals(rule.firstDayInForce(), unknown.firstDayInForce(), unknown.id());
      assertEquals(rule.lastDayInForce(), unknown.lastDayInForce(), unknown.id());
      assertEquals(rule.citations(), unknown.citations(), unknown.id());
    }
  }

  @Test
  void ruleIdsFollowTheirArea() {
    for (PolicyRule rule : rules) {
      rule.code()
          .ifPresent(code -> assertTrue(code.answers(rule.id().startsWith("ENR") ? DecisionKind.ENROLLMENT : DecisionKind.ORDER), rule.id()));
    }
  }

  @Test
  void aRuleWithoutCodeOrCitationDoesNotLoad() {
    String drl =
        """
        package dev.csprules.policy.rules.extra;
        import dev.csprules.api.EnrollmentApplication;

        rule "ENR-900"
          @title("no citation")
          @code("MPN_ID_MISSING")
          @edition("2018-01")
        when
          EnrollmentApplication()
        then
        end

        rule "ENR-901"
          @title("no code")
          @edition("2018-01")
          @cites("4d1ce-110")
        when
          EnrollmentApplication()
        then
        end

        rule "ENR-902"
          @title("unknown code, edition and sentence")
          @code("NOT_A_CODE")
          @edition("2019-01")
          @cites("4d1ce-999")
        when
          EnrollmentApplication()
        then
        end
        """;
    PolicyLoadException error =
        assertThrows(PolicyLoadException.class, () -> LoadedPolicy.load(PolicyFiles.builtIn().with("rules/extra/bad.drl", drl)));
    assertEquals(
        List.of(
            "rules/extra/bad.drl:4: rule \"ENR-900\" cites no seed sentence: add @cites(\"4d1ce-110, ...\")",
            "rules/extra/bad.drl:13: rule \"ENR-901\" needs exactly one of @code (a finding rule) or @derives (a derivation)",
            "rules/extra/bad.drl:22: rule \"ENR-902\" has @code(\"NOT_A_CODE\"), which is not in the rule catalog",
            "rules/extra/bad.drl:22: rule \"ENR-902\" cites 4d1ce-999, which is not a seed sentence id",
            "rules/extra/bad.drl:22: rule \"ENR-902\" names unknown edition 2019-01"),
        error.problems());
  }

  @Test
  void aCompileErrorNamesFileAndLine() {
    String drl = "package dev.csprules.policy.rules.extra;\n\nrule \"ENR-903\"\nwhen\n  NoSuchFact()\nthen\nend\n";
    PolicyLoadException error =
        assertThrows(PolicyLoadException.class, () -> LoadedPolicy.load(PolicyFiles.builtIn().with("rules/extra/broken.drl", drl)));
    assertTrue(error.problems().get(0).startsWith("rules/extra/broken.drl:"), error.getMessage());
    assertTrue(error.getMessage().contains("NoSuchFact"), error.getMessage());
  }

  private static List<PolicyRule> rulesFor(FindingCode code) {
    return rules.stream().filter(rule -> rule.code().equals(Optional.of(code))).toList();
  }

  private static List<CatalogRow> readCatalog(Path file) throws IOException {
    List<CatalogRow> rows = new ArrayList<>();
    CatalogRow previous = null;
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      Matcher row = ROW.matcher(line);
      if (!row.matches()) {
        continue;
      }
      if (NOT_YET_IMPLEMENTED.contains(row.group(1))
          && Arrays.stream(FindingCode.values()).noneMatch(code -> code.name().equals(row.group(1)))) {
        continue;
      }
      List<String> cells = Arrays.stream(row.group(2).split("\\|")).map(String::strip).toList();
      if (NOT_YET_IMPLEMENTED.contains(row.group(1))
          && Arrays.stream(FindingCode.values()).noneMatch(code -> code.name().equals(row.group(1)))) {
        continue;
      }
      FindingCode code = FindingCode.valueOf(row.group(1));
      String dates = cells.get(0);
      // Enrollment rows have a model column before severity; order rows do not.
      Severity severity = Severity.valueOf(cells.get(cells.size() == 4 ? 2 : 1));
      String when = cells.get(cells.size() - 1);
      LocalDate first;
      Optional<LocalDate> last;
      switch (dates) {
        case "2018-01 on" -> { first = EDITION_2018; last = Optional.empty(); }
        case "2020-10 on" -> { first = EDITION_2020; last = Optional.empty(); }
        case "2018-01 only" -> { first = EDITION_2018; last = Optional.of(EDITION_2020.minusDays(1)); }
        case "same dates" -> { first = previous.first(); last = previous.last(); }
        default -> {
          String[] range = dates.split(" to ");
          first = LocalDate.parse(range[0]);
          last = Optional.of(LocalDate.parse(range[1]));
        }
      }
      previous = new CatalogRow(code, first, last, severity, sentences(when));
      rows.add(previous);
    }
    return rows;
  }

  private static Set<String> sentences(String text) {
    Set<String> ids = new java.util.TreeSet<>();
    Matcher range = SENTENCE_RANGE.matcher(text);
    while (range.find()) {
      IntStream.rangeClosed(Integer.parseInt(range.group(2)), Integer.parseInt(range.group(3)))
          .forEach(n -> ids.add(range.group(1) + "-" + n));
    }
    Matcher single = SENTENCE.matcher(text);
    while (single.find()) {
      ids.add(single.group());
    }
    return ids;
  }
}
