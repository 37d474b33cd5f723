package dev.csprules.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** book and test --html from the command line; the browser checks are HtmlReportsInBrowserTest's. */
class BookCommandTest {
  @TempDir Path folder;

  @Test
  void bookWritesThePageIntoFoldersItCreates() throws IOException {
    Path html = folder.resolve("reports/book.html");
    CliRun run = CliRun.of("book", HtmlFile.OPTION, html.toString());
    assertEquals(ExitCode.OK, run.status(), run.toString());
    assertTrue(run.out().matches("(?s)policy book of \\d+ rules written to " + java.util.regex.Pattern.quote(html.toString()) + "\\R"), run.out());
    assertTrue(Files.readString(html, StandardCharsets.UTF_8).contains("<h1>csp-rules policy book</h1>"));
  }

  @Test
  void bookNeedsAFileToWrite() {
    CliRun run = CliRun.of("book");
    assertEquals(ExitCode.BAD_INPUT, run.status(), run.toString());
    assertTrue(run.err().contains("Missing required option: '--html=FILE'"), run.err());
  }

  @Test
  void aScenarioPathThatDoesNotExistIsBadInput() {
    CliRun run = CliRun.of("book", "--scenarios", folder.resolve("missing").toString(), HtmlFile.OPTION, folder.resolve("b.html").toString());
    assertEquals(ExitCode.BAD_INPUT, run.status(), run.toString());
    assertTrue(Files.notExists(folder.resolve("b.html")), "nothing written");
  }

  @Test
  void aFileThatCannotBeWrittenIsBadInputNamingIt() throws IOException {
    Path blocked = Files.writeString(folder.resolve("a-file"), "");
    CliRun run = CliRun.of("test", "../scenarios/orders/currency.yaml", HtmlFile.OPTION, blocked.resolve("report.html").toString());
    assertEquals(ExitCode.BAD_INPUT, run.status(), run.toString());
    assertTrue(run.err().startsWith("csp-rules: --html: cannot write " + blocked.resolve("report.html")), run.err());
  }
}
