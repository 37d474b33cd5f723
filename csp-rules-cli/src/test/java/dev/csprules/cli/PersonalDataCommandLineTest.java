package dev.csprules.cli;

import static dev.csprules.testkit.corpus.Doc.list;
import static dev.csprules.testkit.corpus.Doc.mapping;
import static dev.csprules.testkit.corpus.Doc.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.csprules.testkit.corpus.BaseDocuments;
import dev.csprules.testkit.corpus.Doc;
import dev.csprules.testkit.corpus.Emitter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A partner's contact details (the admin's email, the signatory's name, the company's name and
 * address) never reach the terminal: not in a decision, an explanation, a failed scenario or a
 * diff, and not in the message of a file or request that is refused, whatever is wrong with it.
 * The email's domain is the one part a decision names (a consumer mail domain is a finding).
 */
class PersonalDataCommandLineTest {
  private static final String LOCAL_PART = "hanako.private";
  private static final String EMAIL = LOCAL_PART + "@gmail.com";
  private static final String SIGNATORY = "Hanako Privatename";
  private static final String COMPANY = "Privatco Holdings";
  private static final String STREET = "9-9-9 Hiddenstreet";
  private static final String CITY = "Secretville";
  private static final String POSTAL_CODE = "999-8765";
  private static final List<String> SECRETS = List.of(LOCAL_PART, SIGNATORY, COMPANY, STREET, CITY, POSTAL_CODE);

  private static final String PARTNER = "application.partner";
  private static final Map<String, String> PERSONAL =
      Map.of(
          PARTNER + ".adminEmail", EMAIL,
          PARTNER + ".legalSignatory", SIGNATORY,
          PARTNER + ".companyName", COMPANY,
          PARTNER + ".address.street", STREET,
          PARTNER + ".address.city", CITY,
          PARTNER + ".address.postalCode", POSTAL_CODE);

  /** The corpus's application with the contact details above. */
  private static final Doc APPLICATION = personal(BaseDocuments.APPLICATION, "");

  @TempDir Path folder;

  @Test
  void decisionsAndExplanationsNameTheEmailsDomainOnly() throws IOException {
    Path file = write("application.yaml", Emitter.yaml(APPLICATION).text());

    List<CliRun> runs =
        List.of(
            CliRun.of("evaluate", file.toString()),
            CliRun.of("evaluate", "--json", file.toString()),
            CliRun.of("evaluate", "--explain", file.toString()),
            CliRun.of("evaluate", "--explain", "--lang", "ja", file.toString()));

    for (CliRun run : runs) {
      assertEquals(0, run.status(), run.toString());
      assertTrue(run.out().contains("gmail.com"), "the consumer mail domain is a finding:\n" + run);
      assertNoSecrets(run);
    }
  }

  @Test
  void failedScenariosDiffsAndCoverageShowNoContactDetails() throws IOException {
    // Direct bill: closed in 2018, open in 2020, so the diff shows both decisions.
    Doc scenario = Doc.replace(personal(BaseDocuments.SCENARIOS, "fixtures.partners.contoso"), "scenarios[0].application.model", text("DIRECT_BILL"));
    Doc failing = Doc.replace(scenario, "scenarios[0].expect.outcome", text("INELIGIBLE"));
    Path file = write("failing.yaml", Emitter.yaml(failing).text());

    CliRun test = CliRun.of("test", file.toString());
    CliRun diff = CliRun.of("diff", "--as-of", "2018-06-01", "--as-of", "2020-11-15", file.toString());
    CliRun coverage = CliRun.of("coverage", file.toString());

    assertEquals(1, test.status(), test.toString());
    assertTrue(test.out().contains("FAILED an indirect reseller application"), test.toString());
    assertTrue(diff.out().contains("1 of 1 scenarios flip"), diff.toString());
    assertEquals(0, coverage.status(), coverage.toString());
    for (CliRun run : List.of(test, diff, coverage)) {
      assertNoSecrets(run);
    }
  }

  @Test
  void theHtmlReportsShowNoContactDetails() throws IOException {
    Doc failing = Doc.replace(personal(BaseDocuments.SCENARIOS, "fixtures.partners.contoso"), "scenarios[0].expect.outcome", text("INELIGIBLE"));
    Path file = write("failing.yaml", Emitter.yaml(failing).text());
    Path report = folder.resolve("report.html");
    Path book = folder.resolve("book.html");

    assertEquals(1, CliRun.of("test", file.toString(), HtmlFile.OPTION, report.toString()).status());
    assertEquals(0, CliRun.of("book", "--scenarios", file.toString(), HtmlFile.OPTION, book.toString()).status());
    for (Path page : List.of(report, book)) {
      String html = Files.readString(page, StandardCharsets.UTF_8);
      assertTrue(html.contains("an indirect reseller application"), "the scenario is in " + page);
      SECRETS.forEach(secret -> assertFalse(html.contains(secret), secret + " shown in " + page));
    }
  }

  /**
   * Files with contact details that are refused, for problems in the contact fields themselves
   * and elsewhere, by the reader and by the engine: the messages name fields, never their values.
   */
  @Test
  void refusedFilesNameTheFieldsNotTheirValues() throws IOException {
    String yaml = Emitter.yaml(APPLICATION).text();
    String email = PARTNER + ".adminEmail";
    Map<String, String> files =
        Map.ofEntries(
            Map.entry("email-as-list.yaml", Emitter.yaml(Doc.replace(APPLICATION, email, list(text(EMAIL)))).text()),
            Map.entry("street-as-mapping.yaml", Emitter.yaml(Doc.replace(APPLICATION, PARTNER + ".address.street", mapping(STREET, text(CITY)))).text()),
            Map.entry("signatory-twice.yaml", Emitter.yaml(Doc.add(APPLICATION, PARTNER, "legalSignatory", text(SIGNATORY))).text()),
            Map.entry("email-too-long.yaml", Emitter.yaml(Doc.replace(APPLICATION, email, text(LOCAL_PART + "x".repeat(300) + "@gmail.com"))).text()),
            Map.entry("unknown-field.yaml", Emitter.yaml(Doc.add(APPLICATION, PARTNER, "adminEmial", text(EMAIL))).text()),
            Map.entry("unknown-country.yaml", Emitter.yaml(Doc.replace(APPLICATION, "application.sellLocation", text("XX"))).text()),
            Map.entry("syntax-error.yaml", yaml.replace("  model:", "  model: [")),
            Map.entry("unclosed-flow.yaml", "application: {partner: {adminEmail: " + EMAIL + ", legalSignatory: " + SIGNATORY + ", street: " + STREET + "\n"),
            Map.entry("unclosed-quote.yaml", yaml.replace("\"" + STREET + "\"", "\"" + STREET)),
            Map.entry("tab.yaml", yaml.replace("    legalSignatory:", "\tlegalSignatory:")));
    for (Map.Entry<String, String> bad : files.entrySet()) {
      Path file = write(bad.getKey(), bad.getValue());
      for (CliRun run : List.of(CliRun.of("evaluate", file.toString()), CliRun.of("evaluate", "--verbose", file.toString()))) {
        assertEquals(ExitCode.BAD_INPUT, run.status(), bad.getKey() + "\n" + run);
        assertNoSecrets(run);
      }
    }
    Path notUtf8 = folder.resolve("not-utf8.yaml");
    Files.write(notUtf8, concat(yaml.getBytes(StandardCharsets.UTF_8), new byte[] {(byte) 0xE9, '\n'}));
    CliRun run = CliRun.of("evaluate", notUtf8.toString());
    assertEquals(ExitCode.BAD_INPUT, run.status(), run.toString());
    assertNoSecrets(run);
  }

  /** {@code doc} with the contact details at the partner under {@code partner} ("" for the application's). */
  private static Doc personal(Doc doc, String partner) {
    Doc personal = doc;
    for (Map.Entry<String, String> field : PERSONAL.entrySet()) {
      String path = partner.isEmpty() ? field.getKey() : field.getKey().replace(PARTNER, partner);
      personal = Doc.replace(personal, path, text(field.getValue()));
    }
    return personal;
  }

  private static void assertNoSecrets(CliRun run) {
    for (String secret : SECRETS) {
      assertFalse(run.out().contains(secret) || run.err().contains(secret), secret + " shown:\n" + run);
    }
  }

  private Path write(String name, String text) throws IOException {
    return Files.writeString(folder.resolve(name), text, StandardCharsets.UTF_8);
  }

  private static byte[] concat(byte[] first, byte[] second) {
    byte[] both = new byte[first.length + second.length];
    System.arraycopy(first, 0, both, 0, first.length);
    System.arraycopy(second, 0, both, first.length, second.length);
    return both;
  }
}
