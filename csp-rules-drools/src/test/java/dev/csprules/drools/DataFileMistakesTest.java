package dev.csprules.drools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every mistake in a policy folder's data files is a PolicyLoadException naming it at file:line,
 * where it used to do nothing, be dropped, print literally or move decisions silently; and all of
 * a folder's mistakes come in one exception.
 */
class DataFileMistakesTest {
  static final String MISSPELT_PARAMETER = "direct-bill.revenue-threshhold-usd = 1000000\n";
  static final String SEED_ROW_WITHOUT_TAB = "# sources\nfacts-1\tA sentence.\tある文。\nfacts-2 A sentence with spaces, not tabs\n";
  static final String UNCLOSED_QUOTE = "country_code,country_name,market_region,currencies\nJP,Japan,Japan,JPY\nUS,\"United States,United States,USD\n";
  static final String MISSPELT_PLACEHOLDER = "BUSINESS_ADDRESS_INCOMPLETE = The address lacks {missng}.\n";
  static final String MOVED_EDITION = "edition,in_force_from,source\n2020-10,2020-11-01,a later date for the built-in edition\n";

  @TempDir Path folder;

  private List<String> problems() {
    return assertThrows(PolicyLoadException.class, () -> DroolsPolicyEngine.builder().policyFolder(folder).build()).problems();
  }

  private String at(String file, int line) {
    return folder.resolve(file) + ":" + line + ": ";
  }

  @Test
  void anUnknownParameterIsNamedWithASuggestion() throws IOException {
    Files.writeString(folder.resolve("parameters.properties"), MISSPELT_PARAMETER);
    assertEquals(
        List.of(at("parameters.properties", 1) + "direct-bill.revenue-threshhold-usd is not a policy parameter"
            + " (did you mean 'direct-bill.revenue-threshold-usd'?)"),
        problems());
  }

  @Test
  void aSeedRowWithoutTabsIsNamed() throws IOException {
    Files.writeString(folder.resolve("seed-sentences.tsv"), SEED_ROW_WITHOUT_TAB);
    assertEquals(List.of(at("seed-sentences.tsv", 3) + "expected id<TAB>English<TAB>Japanese, found 1 field (no tab)"), problems());
  }

  @Test
  void otherMalformedSeedRowsAreNamed() throws IOException {
    Files.writeString(
        folder.resolve("seed-sentences.tsv"),
        "facts-1\tOne.\t一。\nfacts-1\tAgain.\t再。\nfacts 3\tSpace in the id.\t\n\tNo id.\t\nfacts-5\t\t空。\nfacts-6\ta\tb\tc\n");
    assertEquals(
        List.of(
            at("seed-sentences.tsv", 2) + "sentence facts-1 is listed again (first at line 1)",
            at("seed-sentences.tsv", 3) + "sentence id 'facts 3' is empty or holds a space or comma, so no @cites can name it",
            at("seed-sentences.tsv", 4) + "sentence id '' is empty or holds a space or comma, so no @cites can name it",
            at("seed-sentences.tsv", 5) + "sentence facts-5 has no English text",
            at("seed-sentences.tsv", 6) + "expected id<TAB>English<TAB>Japanese, found 4 fields"),
        problems());
  }

  @Test
  void anUnclosedQuoteInACsvIsNamedAtTheLineItOpens() throws IOException {
    Files.writeString(folder.resolve("markets.csv"), UNCLOSED_QUOTE);
    assertEquals(List.of(at("markets.csv", 3) + "a quoted value starts here and its closing quote is missing"), problems());
  }

  @Test
  void aColumnNamedTwiceInAHeaderIsNamed() throws IOException {
    Files.writeString(folder.resolve("editions.csv"), "edition,in_force_from,edition,source\n2021-01,2021-01-04,2021-02,x\n");
    assertEquals(List.of(at("editions.csv", 1) + "the header names column(s) edition more than once"), problems());
  }

  @Test
  void textAfterAClosingQuoteIsNamed() throws IOException {
    Files.writeString(folder.resolve("editions.csv"), "edition,in_force_from,source\n2021-01,2021-01-04,\"a\"b\n");
    assertEquals(
        List.of(at("editions.csv", 2) + "a quoted value must end at a comma or the end of the line (write a quote inside one as \"\")"),
        problems());
  }

  @Test
  void aBadUnicodeEscapeInAPropertiesFileIsNamedAtItsLine() throws IOException {
    Files.writeString(folder.resolve("messages.properties"), "# C:\\\\users is fine\nMPN_ID_MISSING = No MPN ID \\u00e9 \\u12.\n");
    assertEquals(
        List.of(at("messages.properties", 2) + "a \\u escape needs four hexadecimal digits (write a backslash as \\\\)"),
        problems());
  }

  @Test
  void aMessagePlaceholderTheRuleDoesNotGiveIsNamed() throws IOException {
    Files.writeString(folder.resolve("messages.properties"), MISSPELT_PLACEHOLDER);
    Files.writeString(folder.resolve("messages_ja.properties"), "MPN_ID_MISSING = MPN ID {mpn} がありません。\n");
    assertEquals(
        List.of(
            at("messages.properties", 1)
                + "{missng} in BUSINESS_ADDRESS_INCOMPLETE is not a fact that rule ENR-020 gives (did you mean {missing}?); it gives missing",
            at("messages_ja.properties", 1) + "{mpn} in MPN_ID_MISSING is not a fact that rule ENR-010 gives; it gives none"),
        problems());
  }

  @Test
  void aFolderRuleMessageIsCheckedAgainstItsOwnFacts() throws IOException {
    Files.createDirectories(folder.resolve("rules"));
    Files.writeString(
        folder.resolve("rules/seller-note.drl"),
        """
        package dev.csprules.policy.rules.sellernote;
        import dev.csprules.api.Order;
        import dev.csprules.drools.rulefacts.Evidence;

        rule "ORD-901"
          @title("a note on every order")
          @code("SELLER_NOT_ENROLLED")
          @cites("4d1ce-110")
          @edition("2020-10")
        when
          Order( $order : orderId )
        then
          insertLogical(Evidence.of(kcontext, "order", $order));
        end
        """);
    Files.writeString(folder.resolve("disabled-rules.txt"), "ORD-010\n");
    Files.writeString(folder.resolve("messages.properties"), "SELLER_NOT_ENROLLED = Order {orderId}: its seller is not enrolled.\n");
    assertEquals(
        List.of(at("messages.properties", 1) + "{orderId} in SELLER_NOT_ENROLLED is not a fact that rule ORD-901 gives"
            + " (did you mean {order}?); it gives order"),
        problems());
  }

  @Test
  void anEditionMovedToAnotherDateIsNamed() throws IOException {
    Files.writeString(folder.resolve("editions.csv"), MOVED_EDITION);
    assertEquals(
        List.of(at("editions.csv", 2) + "edition 2020-10 comes into force on 2020-10-27 (editions.csv:3);"
            + " it cannot be moved to 2020-11-01: give that date an edition id of its own"),
        problems());
  }

  @Test
  void anEditionRestatedWithItsDateLoads() throws IOException {
    Files.writeString(folder.resolve("editions.csv"), "edition,in_force_from,source\n2020-10,2020-10-27,\"the same date, restated\"\n");
    assertEquals(List.of("2018-01", "2020-10"), DroolsPolicyEngine.builder().policyFolder(folder).build()
        .evaluate(Fixtures.order(), Fixtures.IN_2020).editions());
  }

  @Test
  void everyMistakeOfAFolderIsNamedInOneException() throws IOException {
    Files.writeString(folder.resolve("parameters.properties"), MISSPELT_PARAMETER);
    Files.writeString(folder.resolve("seed-sentences.tsv"), SEED_ROW_WITHOUT_TAB);
    Files.writeString(folder.resolve("markets.csv"), UNCLOSED_QUOTE);
    Files.writeString(folder.resolve("messages.properties"), MISSPELT_PLACEHOLDER);
    Files.writeString(folder.resolve("editions.csv"), MOVED_EDITION);
    List<String> problems = problems();
    assertEquals(
        List.of(
            at("editions.csv", 2),
            at("markets.csv", 3),
            at("parameters.properties", 1),
            at("seed-sentences.tsv", 3),
            at("messages.properties", 1)),
        problems.stream().map(problem -> problem.substring(0, problem.indexOf(": ") + 2)).toList(),
        String.join("\n", problems));
  }
}
