package dev.csprules.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** validate on a folder with hostile files and data-file mistakes: every problem, no hang, no leak. */
class FolderFilesCommandLineTest {
  private static final String SECRET = "SECRET-HOST-CONTENT-7f3a";

  @TempDir Path root;

  @Test
  void validateRefusesLinksAndFifosByNameWithoutReadingOrHanging() throws Exception {
    Path folder = Files.createDirectories(root.resolve("policy"));
    Path secret = Files.writeString(root.resolve("secret.properties"), "direct-bill.revenue-threshold-usd = " + SECRET + "\n");
    Files.createSymbolicLink(folder.resolve("parameters.properties"), secret);
    Files.createDirectories(folder.resolve("rules"));
    Files.createSymbolicLink(folder.resolve("rules/passwd.drl"), Path.of("/etc/passwd"));
    Process mkfifo = new ProcessBuilder("mkfifo", folder.resolve("markets.csv").toString()).start();
    assumeTrue(mkfifo.waitFor(10, TimeUnit.SECONDS) && mkfifo.exitValue() == 0, "mkfifo is not available");

    CliRun run = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> CliRun.of("validate", folder.toString()));
    assertEquals(2, run.status(), run.toString());
    assertEquals(
        "csp-rules: the policy did not load: 3 problems\n"
            + "  " + folder.resolve("markets.csv") + ": is not a regular file (a FIFO, socket or device);"
            + " a policy folder holds regular files and folders only\n"
            + "  " + folder.resolve("parameters.properties") + ": is a symbolic link;"
            + " a policy folder holds regular files and folders only, and links are never followed\n"
            + "  " + folder.resolve("rules/passwd.drl") + ": is a symbolic link;"
            + " a policy folder holds regular files and folders only, and links are never followed\n",
        run.err());
    assertFalse(run.toString().contains(SECRET), run.toString());
    assertFalse(run.toString().contains("root:"), run.toString());
  }

  @Test
  void validateNamesEveryDataFileMistakeAtItsLine() throws IOException {
    Path folder = Files.createDirectories(root.resolve("policy"));
    Files.writeString(folder.resolve("parameters.properties"), "# threshold\ndirect-bill.revenue-threshold = 1000000\n");
    Files.writeString(folder.resolve("seed-sentences.tsv"), "facts-1 no tab here\n");
    Files.writeString(folder.resolve("markets.csv"), "country_code,country_name,market_region,currencies\n\"JP,Japan,Japan,JPY\n");
    Files.writeString(folder.resolve("messages.properties"), "ADMIN_EMAIL_NOT_WORK_ADDRESS = Consumer domain {domian}.\n");
    Files.writeString(folder.resolve("editions.csv"), "edition,in_force_from,source\n2018-01,2018-02-01,moved\n");
    CliRun run = CliRun.of("validate", folder.toString());
    assertEquals(2, run.status(), run.toString());
    assertTrue(run.err().startsWith("csp-rules: the policy did not load: 5 problems\n"), run.err());
    for (String expected : new String[] {
        folder.resolve("editions.csv") + ":2: edition 2018-01 comes into force on 2018-01-24 (editions.csv:2);"
            + " it cannot be moved to 2018-02-01: give that date an edition id of its own",
        folder.resolve("markets.csv") + ":2: a quoted value starts here and its closing quote is missing",
        folder.resolve("parameters.properties") + ":2: direct-bill.revenue-threshold is not a policy parameter"
            + " (did you mean 'direct-bill.revenue-threshold-usd'?)",
        folder.resolve("seed-sentences.tsv") + ":1: expected id<TAB>English<TAB>Japanese, found 1 field (no tab)",
        folder.resolve("messages.properties") + ":1: {domian} in ADMIN_EMAIL_NOT_WORK_ADDRESS is not a fact that rule ENR-050 gives"
            + " (did you mean {domain}?); it gives domain"}) {
      assertTrue(run.err().contains("  " + expected + "\n"), expected + "\nin\n" + run.err());
    }
  }
}
