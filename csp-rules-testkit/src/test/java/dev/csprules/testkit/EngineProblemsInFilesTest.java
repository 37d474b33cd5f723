package dev.csprules.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A file the reader cannot read cleanly is refused with the engine's problems with its requests
 * too: one report, every problem at its line and column with its field path, none twice.
 */
class EngineProblemsInFilesTest {
  @TempDir Path folder;

  private Path write(String name, String... lines) throws Exception {
    return Files.writeString(folder.resolve(name), String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
  }

  private static List<String> problems(ScenarioFileException error) {
    return error.problems().stream().map(ScenarioProblem::toString).toList();
  }

  @Test
  void aRequestFileNamesTheReadersAndTheEnginesProblems() throws Exception {
    Path file =
        write(
            "request.yaml",
            "asOf: 2020-13-45",
            "order:",
            "  orderId: \"\"",
            "  seller: {companyName: Contoso, address: {country: JP}}",
            "  currency: YEN",
            "  orderDate: 2020-11-15",
            "  customer: {tenantId: t, country: XX}",
            "  lines:",
            "    - {offerId: o, kind: ONLINE_SERVICEX, quantity: -1}");
    ScenarioFileException error =
        assertThrows(ScenarioFileException.class, () -> ScenarioReader.readRequests(file, BuiltInEngine.get(), Optional.empty()));
    assertEquals(
        List.of(
            file + ":1:7: asOf: expected a date as YYYY-MM-DD, found '2020-13-45'",
            file + ":3:12: order.orderId: is missing",
            file + ":5:13: order.currency: unknown currency code 'YEN' (ISO 4217)",
            file + ":7:36: order.customer.country: unknown country code 'XX' (ISO 3166-1 alpha-2, upper case)",
            file + ":9:26: order.lines[0].kind: expected one of ONLINE_SERVICE, PERPETUAL_SOFTWARE, OTHER, UNKNOWN, found 'ONLINE_SERVICEX' (did you mean 'ONLINE_SERVICE'?)",
            file + ":9:53: order.lines[0].quantity: must be at least 1, was -1"),
        problems(error));
  }

  @Test
  void withoutAnEngineOnlyTheReadersProblemsAreNamed() throws Exception {
    Path file = write("request.yaml", "asOf: 2020-13-45", "order: {orderId: \"\", currency: YEN, orderDate: 2020-11-15}");
    ScenarioFileException error = assertThrows(ScenarioFileException.class, () -> ScenarioReader.readRequests(file));
    assertEquals(List.of(file + ":1:7: asOf: expected a date as YYYY-MM-DD, found '2020-13-45'"), problems(error));
  }

  @Test
  void aScenarioFileNamesTheEnginesProblemsOfAScenarioTheReaderRefused() throws Exception {
    Path file =
        write(
            "scenarios.yaml",
            "scenarios:",
            "  - name: bad",
            "    asOf: 2017-12-31",
            "    application:",
            "      applicationId: a",
            "      sellLocation: ZZ",
            "      partner: {companyName: C, address: {country: JP}}",
            "    expect: {outcome: ELIGIBLE}",
            "  - name: bad input expected",
            "    asOf: 2020-11-15",
            "    application: {applicationId: b, model: DIRECT_BILL, sellLocation: QQ, partner: {companyName: C}}",
            "    expect: {error: \"sellLocation: unknown country code 'QQ'\"}");
    ScenarioFileException error =
        assertThrows(ScenarioFileException.class, () -> ScenarioReader.readAll(List.of(file), BuiltInEngine.get()));
    assertEquals(
        List.of(
            file + ":3:11: scenarios[0].asOf: 2017-12-31 is before the first edition (2018-01, in force from 2018-01-24): no policy was in force",
            file + ":5:7: scenarios[0].application.model: is missing, and it is required",
            file + ":6:21: scenarios[0].application.sellLocation: unknown country code 'ZZ' (ISO 3166-1 alpha-2, upper case)"),
        problems(error));
  }
}
