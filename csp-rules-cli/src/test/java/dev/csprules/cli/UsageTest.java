package dev.csprules.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Usage errors: exit status 2 and one line on stderr saying what is wrong. */
class UsageTest {
  private static void assertUsageError(String expectedLine, String... args) {
    CliRun run = CliRun.of(args);

    assertEquals(2, run.status(), run.toString());
    assertEquals("", run.out());
    assertEquals(expectedLine + "\n", run.err());
  }

  @Test
  void noCommand() {
    assertUsageError("csp-rules: say what to do: evaluate, test, coverage, validate, diff, book or replay; see 'csp-rules --help'");
  }

  @Test
  void anUnknownCommand() {
    assertUsageError(
        "csp-rules: unknown command 'tset' (did you mean 'test'?); see 'csp-rules --help'", "tset", "scenarios");
  }

  @Test
  void anUnknownOption() {
    assertUsageError(
        "csp-rules: unknown option '--jsn' (did you mean '--json'?); see 'csp-rules evaluate --help'",
        "evaluate", "--jsn", "x.yaml");
  }

  @Test
  void aMissingFile() {
    assertUsageError("csp-rules: Missing required parameter: 'FILE'; see 'csp-rules evaluate --help'", "evaluate");
  }

  @Test
  void aMalformedDate() {
    assertUsageError(
        "csp-rules: Invalid value for option '--as-of': expected a date as YYYY-MM-DD, found '2020-13-01'; see"
            + " 'csp-rules evaluate --help'",
        "evaluate", "--as-of", "2020-13-01", "x.yaml");
  }

  @Test
  void aMinimumOutsideZeroToHundred() {
    assertUsageError(
        "csp-rules: --min must be between 0 and 100, was 101; see 'csp-rules coverage --help'",
        "coverage", "--min", "101", "../scenarios");
  }

  @Test
  void aMissingMarketsFileIsBadInput() {
    assertUsageError(
        "csp-rules: --markets: no such file: nowhere.csv", "test", "--markets", "nowhere.csv", "../scenarios");
  }

  @Test
  void helpAndVersionExitZero() {
    CliRun help = CliRun.of("test", "--help");
    CliRun version = CliRun.of("--version");

    assertEquals(0, help.status());
    assertTrue(help.out().contains("--junit-xml=FILE"), help.out());
    assertEquals(0, version.status());
    assertTrue(version.out().startsWith("csp-rules "), version.out());
  }
}
