package dev.csprules.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Strings from a request never reach the terminal as control or format characters. */
class TerminalSafeOutputTest {
  @TempDir Path folder;

  private Path request(String applicationId) throws Exception {
    String yaml =
        "asOf: 2020-11-15\n"
            + "application:\n"
            + "  applicationId: \"" + applicationId + "\"\n"
            + "  model: INDIRECT_RESELLER\n"
            + "  sellLocation: JP\n"
            + "  partner: {companyName: Contoso, address: {country: JP}}\n";
    return Files.writeString(folder.resolve("request.yaml"), yaml, StandardCharsets.UTF_8);
  }

  private static boolean hasTerminalCharacters(String text) {
    return text.chars().anyMatch(c -> c != '\n' && c != '\t' && TerminalSafeWriter.actsOnTerminal((char) c));
  }

  @Test
  void escapeSequencesBellsC1AndBidiOverridesArePrintedAsEscapes() throws Exception {
    // ESC [2J clears the screen, ESC ] 0; retitles the window, BEL ends it, U+009B is the C1 CSI,
    // U+202E reverses the rest of the line.
    CliRun run = CliRun.of("evaluate", request("app\\e[2J\\e]0;owned\\a\\u009B31m\\u202Egnp.exe").toString());

    assertEquals(0, run.status(), run.toString());
    assertFalse(hasTerminalCharacters(run.out()), run.out());
    assertTrue(run.out().contains("application app\\u001B[2J\\u001B]0;owned\\u0007\\u009B31m\\u202Egnp.exe,"), run.out());
  }

  @Test
  void escapesInJsonStillMeanTheSameString() throws Exception {
    CliRun run = CliRun.of("evaluate", "--json", request("app\\e[2J\\u202E").toString());

    assertFalse(hasTerminalCharacters(run.out()), run.out());
    assertEquals("app\u001B[2J\u202E", new ObjectMapper().readTree(run.out()).get("requestId").asText());
  }

  @Test
  void problemsOnStandardErrorAreEscapedToo() throws Exception {
    String yaml = "asOf: 2020-11-15\norder: {orderId: \"o\\e[31m\", currency: \"\\e[2J\"}\n";
    CliRun run = CliRun.of("evaluate", Files.writeString(folder.resolve("order.yaml"), yaml).toString());

    assertFalse(hasTerminalCharacters(run.err()), run.err());
    assertTrue(run.err().contains("unknown currency code '\\u001B[2J'"), run.err());
  }
}
